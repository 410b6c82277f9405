/**
 * The study store: progress (attempts, FSRS cards, sessions) in zustand, saved to localStorage.
 * Thin: every action calls a pure function from ./engine and stores the result.
 *
 * Saving: zustand's `persist` with a storage adapter built on `restore()` (engine/persistence.ts),
 * which validates with zod, migrates old formats and keeps unreadable data aside instead of
 * deleting it. Only progress is saved; questions never are. When localStorage is disabled or full,
 * the app keeps working in memory and says so.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { Question } from '@/content-model/schema';
import { exportProgress, importProgress, restore, type Notice, type QuarantineEntry } from './engine/persistence';
import { review } from './engine/scheduler';
import * as engine from './engine/session';
import { PROGRESS_VERSION, emptyProgress, type Answer, type Grade, type Progress, type Session } from './schema';

import { QUARANTINE_PREFIX, STORAGE_KEY, markStudyStoreLoaded } from './storage-keys';

export { QUARANTINE_PREFIX, STORAGE_KEY };

export type ActiveSlot = 'practice' | 'exam';
type StorageStatus = 'ok' | 'unavailable' | 'full';

interface StudyState {
  progress: Progress;
  notices: Notice[];
  quarantine: QuarantineEntry[];
  storage: StorageStatus;

  /** `now` defaults to the clock: the store is where the app reads it; the engine never does. */
  startSession(slot: ActiveSlot, options: Omit<engine.StartOptions, 'now'> & { now?: number }): Session;
  abandon(slot: ActiveSlot): void;
  answer(slot: ActiveSlot, index: number, answer: Answer | undefined): void;
  check(q: Question, now?: number): ReturnType<typeof engine.check>['result'] | null;
  revealOpen(q: Question, now?: number): void;
  toggleKeyPoint(q: Question, point: number): void;
  setGrade(slot: ActiveSlot, index: number, grade: Grade): void;
  hint(slot: ActiveSlot, index: number): void;
  goTo(slot: ActiveSlot, index: number, now?: number): void;
  toggleFlag(slot: ActiveSlot, index: number): void;
  pause(now?: number): void;
  resume(now?: number): void;
  /** Saves the attempts of checked items and reschedules their cards. */
  record(slot: ActiveSlot, now?: number): void;
  finish(slot: ActiveSlot, byId: ReadonlyMap<string, Question>, now?: number): void;
  submitExam(byId: ReadonlyMap<string, Question>, now?: number): void;
  exportText(now?: number): string;
  importText(text: string): { ok: true } | { ok: false; message: string };
  notify(notice: Notice): void;
  dismiss(id: string): void;
  clearQuarantine(): void;
}

let pendingWrite: { name: string; value: StorageValue<Saved> } | null = null;
let writeTimer: ReturnType<typeof setTimeout> | null = null;

/** Writes the latest progress now (also called when the page is hidden or left). */
export function flushWrite(): void {
  if (writeTimer !== null) clearTimeout(writeTimer);
  writeTimer = null;
  const w = pendingWrite;
  pendingWrite = null;
  if (!w) return;
  const s = local();
  if (!s) return;
  try {
    s.setItem(w.name, JSON.stringify(w.value));
    if (storeReady && useStudy.getState().storage === 'full') useStudy.setState({ storage: 'ok' });
  } catch {
    const notice: Notice = {
      id: 'storage-full',
      level: 'error',
      message: 'The browser refused to save your latest progress (storage is full). Nothing is lost yet: export your progress from Stats now.',
    };
    if (!storeReady) {
      pending.storage = 'full';
      pending.notices.push(notice);
    } else if (useStudy.getState().storage !== 'full') {
      useStudy.setState((st) => ({ storage: 'full', notices: [...st.notices.filter((n) => n.id !== notice.id), notice] }));
    }
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushWrite);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushWrite());
}

/** False while zustand hydrates inside `create()`, when `useStudy` does not exist yet. */
let storeReady = false;

/** Pending messages from the storage adapter, picked up once the store exists. */
const pending: { notices: Notice[]; quarantine: QuarantineEntry[]; storage: StorageStatus } = { notices: [], quarantine: [], storage: 'ok' };

function local(): Storage | null {
  try {
    const s = globalThis.localStorage;
    const probe = `${STORAGE_KEY}.probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** Puts unreadable data under its own key; if even that fails it stays in memory for download. */
function keepAside(entries: readonly QuarantineEntry[]): void {
  const s = local();
  for (const e of entries) {
    try {
      s?.setItem(`${QUARANTINE_PREFIX}${e.at}`, JSON.stringify(e));
    } catch {
      /* the entry is still in memory; Stats offers it for download */
    }
  }
}

/** Quarantined entries left by earlier visits, so that Stats can offer them. */
function readQuarantine(): QuarantineEntry[] {
  const s = local();
  if (!s) return [];
  const out: QuarantineEntry[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(QUARANTINE_PREFIX)) continue;
    try {
      const e = JSON.parse(s.getItem(key) ?? '') as QuarantineEntry;
      if (typeof e.raw === 'string' && typeof e.at === 'number') out.push(e);
    } catch {
      /* a damaged quarantine entry is skipped, not deleted */
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

type Saved = { progress: Progress };

const storage: PersistStorage<Saved> = {
  getItem(name): StorageValue<Saved> {
    const s = local();
    if (!s) {
      pending.storage = 'unavailable';
      pending.notices.push({
        id: 'storage-unavailable',
        level: 'warning',
        message: 'This browser does not let TinyPrep save (storage is disabled). You can study, but progress lasts only until the tab closes — export it from Stats to keep it.',
      });
      return { state: { progress: emptyProgress() }, version: PROGRESS_VERSION };
    }
    let raw: string | null = null;
    try {
      raw = s.getItem(name);
    } catch {
      raw = null;
    }
    const r = restore(raw, Date.now());
    keepAside(r.quarantine);
    pending.notices.push(...r.notices);
    pending.quarantine.push(...readQuarantine());
    for (const q of r.quarantine) if (!pending.quarantine.some((x) => x.at === q.at)) pending.quarantine.push(q);
    return { state: { progress: r.progress }, version: PROGRESS_VERSION };
  },
  setItem(name, value) {
    // Writes are coalesced and made after the current frame: serialising progress on every answer
    // would sit between a click and its feedback. Nothing is lost: leaving the page flushes at once.
    pendingWrite = { name, value };
    if (writeTimer === null) writeTimer = setTimeout(flushWrite, 0);
  },
  removeItem(name) {
    local()?.removeItem(name);
  },
};

function withActive(slot: ActiveSlot, st: StudyState, fn: (s: Session) => Session): Partial<StudyState> {
  const s = st.progress.active[slot];
  return s ? { progress: { ...st.progress, active: { ...st.progress.active, [slot]: fn(s) } } } : {};
}

/** Adds a session's new attempts and reschedules their cards. */
function recordInto(progress: Progress, slot: ActiveSlot, now: number): Progress {
  const s = progress.active[slot];
  if (!s) return progress;
  const attempts = engine.attemptsOf(s, now);
  if (!attempts.length) return progress;
  const cards = { ...progress.cards };
  for (const a of attempts) cards[a.questionId] = review(cards[a.questionId], a.grade, a.at);
  const done = new Set(attempts.map((a) => a.questionId));
  return { ...progress, attempts: [...progress.attempts, ...attempts], cards, active: { ...progress.active, [slot]: engine.markRecorded(s, done) } };
}

export const useStudy = create<StudyState>()(
  persist(
    (set, get) => ({
      progress: emptyProgress(),
      notices: [],
      quarantine: [],
      storage: 'ok',

      startSession(slot, options) {
        const session = engine.startSession({ ...options, now: options.now ?? Date.now() });
        set((st) => ({ progress: { ...st.progress, active: { ...st.progress.active, [slot]: session } } }));
        return session;
      },
      abandon(slot) {
        set((st) => {
          const { [slot]: _gone, ...rest } = st.progress.active;
          return { progress: { ...recordInto(st.progress, slot, Date.now()), active: rest } };
        });
      },
      answer: (slot, index, answer) => set((st) => withActive(slot, st, (s) => engine.setAnswer(s, index, answer))),
      check(q, now = Date.now()) {
        const s = get().progress.active.practice;
        if (!s) return null;
        const r = engine.check(s, q, now);
        set((st) => withActive('practice', st, () => r.session));
        return r.result;
      },
      revealOpen: (q, now = Date.now()) => set((st) => withActive('practice', st, (s) => engine.revealOpen(s, q, now))),
      toggleKeyPoint: (q, point) => set((st) => withActive('practice', st, (s) => engine.toggleKeyPoint(s, q, point))),
      setGrade: (slot, index, grade) => set((st) => withActive(slot, st, (s) => engine.setGrade(s, index, grade))),
      hint: (slot, index) => set((st) => withActive(slot, st, (s) => engine.markPeeked(s, index))),
      goTo: (slot, index, now = Date.now()) => set((st) => withActive(slot, st, (s) => engine.goTo(s, index, now))),
      toggleFlag: (slot, index) => set((st) => withActive(slot, st, (s) => engine.toggleFlag(s, index))),
      pause: (now = Date.now()) =>
        set((st) => ({ ...withActive('practice', st, (s) => engine.pause(s, now)), ...withActive('exam', st, (s) => (s.exam?.submittedAt ? s : engine.pause(s, now))) })),
      resume: (now = Date.now()) => set((st) => withActive('practice', st, (s) => engine.resume(s, now))),
      record: (slot, now = Date.now()) => set((st) => ({ progress: recordInto(st.progress, slot, now) })),
      finish(slot, byId, now = Date.now()) {
        set((st) => {
          const recorded = recordInto(st.progress, slot, now);
          const s = recorded.active[slot];
          if (!s) return {};
          const { [slot]: _done, ...rest } = recorded.active;
          return { progress: { ...recorded, active: rest, history: [...recorded.history, engine.summarize(s, now, byId)] } };
        });
      },
      submitExam(byId, now = Date.now()) {
        set((st) => {
          const s = st.progress.active.exam;
          if (!s || s.exam?.submittedAt !== undefined) return {};
          const submitted = engine.submitExam(s, byId, now);
          const progress = recordInto({ ...st.progress, active: { ...st.progress.active, exam: submitted } }, 'exam', now);
          return { progress: { ...progress, history: [...progress.history, engine.summarize(submitted, now, byId)] } };
        });
      },
      exportText: (now = Date.now()) => exportProgress(get().progress, now),
      importText(text) {
        const r = importProgress(text);
        if (!r.ok) return r;
        set({ progress: r.progress });
        return { ok: true };
      },
      notify: (notice) => set((st) => ({ notices: [...st.notices.filter((n) => n.id !== notice.id), notice] })),
      dismiss: (id) => set((st) => ({ notices: st.notices.filter((n) => n.id !== id) })),
      clearQuarantine() {
        const s = local();
        for (const q of get().quarantine) s?.removeItem(`${QUARANTINE_PREFIX}${q.at}`);
        set({ quarantine: [] });
      },
    }),
    {
      name: STORAGE_KEY,
      version: PROGRESS_VERSION,
      storage,
      // Progress only: notices, quarantine and storage status describe this visit.
      partialize: (st): Saved => ({ progress: st.progress }),
      merge: (saved, current) => ({ ...current, progress: (saved as Saved | undefined)?.progress ?? current.progress }),
    },
  ),
);

// Hydration ran synchronously inside create(); hand over what the storage adapter found.
storeReady = true;
useStudy.setState({ notices: [...pending.notices], quarantine: [...pending.quarantine], storage: pending.storage });
pending.notices = [];
pending.quarantine = [];

// The layout shows the store's notices once any page has loaded it.
markStudyStoreLoaded();
