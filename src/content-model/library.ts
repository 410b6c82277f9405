/**
 * The user's imported banks, kept in IndexedDB (they can be large) and shown in every mode.
 * Each stored record is validated on load; one that does not validate is skipped and reported,
 * never deleted.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { create } from 'zustand';
import { IMPORTED_PREFIX, ImportedBankSchema, type ImportedBank } from './imported-bank.ts';
import type { Question } from './schema.ts';
import { libraryVersion } from './library-version.ts';

type Status = 'idle' | 'loading' | 'ready' | 'unavailable';

interface LibraryState {
  status: Status;
  banks: ImportedBank[];
  /** Records that could not be read, by key. */
  unreadable: string[];
  error: string | null;
  load(): Promise<void>;
  add(bank: ImportedBank): Promise<void>;
  remove(bankId: string): Promise<void>;
  /** Adds a question the user made (calculators, lab) to their own "My questions" bank. */
  addToDeck(question: Question, now: number): Promise<string>;
}

/** The bank that holds the questions a user makes in the app. */
export const DECK_ID = 'u.my-questions';

let idb: UseStore | null = null;
const store = (): UseStore => (idb ??= createStore('tinyprep', 'banks'));

let loading: Promise<void> | null = null;

export const useLibrary = create<LibraryState>()((setState, get) => ({
  status: 'idle',
  banks: [],
  unreadable: [],
  error: null,

  load() {
    loading ??= (async () => {
      setState({ status: 'loading' });
      try {
        if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
        const rows = await entries<string, unknown>(store());
        const banks: ImportedBank[] = [];
        const unreadable: string[] = [];
        for (const [key, value] of rows) {
          const r = ImportedBankSchema.safeParse(value);
          if (r.success) banks.push(r.data);
          else unreadable.push(String(key));
        }
        banks.sort((a, b) => a.importedAt - b.importedAt);
        setState({ status: 'ready', banks, unreadable });
        libraryVersion.bump();
      } catch (e) {
        setState({ status: 'unavailable', error: e instanceof Error ? e.message : String(e) });
        libraryVersion.bump();
      }
    })();
    return loading;
  },

  async add(bank) {
    await get().load();
    const banks = [...get().banks.filter((b) => b.bank.id !== bank.bank.id), bank];
    setState({ banks });
    libraryVersion.bump();
    // Kept in memory even if the browser refuses to store it; the page says so.
    if (get().status === 'ready') await set(bank.bank.id, bank, store());
  },

  async addToDeck(question, now) {
    await get().load();
    const id = question.id.startsWith(IMPORTED_PREFIX) ? question.id : `${IMPORTED_PREFIX}mine.${question.id}`.slice(0, 120);
    const q = { ...question, id };
    const deck = get().banks.find((b) => b.bank.id === DECK_ID);
    const questions = [...(deck?.bank.questions.filter((x) => x.id !== id) ?? []), q];
    await get().add({
      bank: {
        id: DECK_ID,
        title: 'My questions',
        description: 'Questions you made from the calculators and the quantization lab.',
        file: 'made in TinyPrep',
        topics: [...new Set(questions.map((x) => x.topic))],
        questions,
        rubrics: [],
      },
      fileName: 'made in TinyPrep',
      importedAt: deck?.importedAt ?? now,
      issues: [],
      size: 0,
    });
    return id;
  },

  async remove(bankId) {
    setState((s) => ({ banks: s.banks.filter((b) => b.bank.id !== bankId) }));
    libraryVersion.bump();
    if (get().status === 'ready') await del(bankId, store());
  },
}));

/** Resolves once the stored banks are in memory (or storage turned out to be unavailable). */
export const libraryReady = (): Promise<void> => useLibrary.getState().load();
