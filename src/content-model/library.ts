/**
 * The user's imported banks, kept in IndexedDB (they can be large) and shown in every mode.
 *
 * A bank is stored as a metadata record plus its questions in chunks of 500, and read back chunk by
 * chunk, yielding to the browser between chunks, so that a 10,000-question bank never blocks the
 * page for long. Every record is validated on load; a record that does not validate is skipped and
 * reported, never deleted.
 */
import { createStore, del, delMany, get as idbGet, keys, setMany, type UseStore } from 'idb-keyval';
import { create } from 'zustand';
import { IMPORTED_PREFIX, ImportedBankSchema, QuestionChunkSchema, StoredBankMetaSchema, type ImportedBank } from './imported-bank.ts';
import { libraryVersion } from './library-version.ts';
import { QuestionSchema, type CatalogEntry, type Question } from './schema.ts';
import { catalogEntry } from './summarize.ts';

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
const CHUNK = 500;

let idb: UseStore | null = null;
const store = (): UseStore => (idb ??= createStore('tinyprep', 'banks'));

/** Lets the browser paint and handle input between chunks of work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Catalog entries of each loaded bank, built once, in chunks. */
const catalogs = new WeakMap<ImportedBank, CatalogEntry[]>();

async function buildCatalog(b: ImportedBank): Promise<void> {
  if (catalogs.has(b)) return;
  const out: CatalogEntry[] = [];
  for (let i = 0; i < b.bank.questions.length; i += CHUNK) {
    for (const q of b.bank.questions.slice(i, i + CHUNK)) out.push(catalogEntry(q, b.bank.id));
    if (i + CHUNK < b.bank.questions.length) await yieldToBrowser();
  }
  catalogs.set(b, out);
}

/** The catalog entries of an imported bank (built when it was loaded or added). */
export const catalogOf = (b: ImportedBank): CatalogEntry[] => catalogs.get(b) ?? b.bank.questions.map((q) => catalogEntry(q, b.bank.id));

const metaKey = (id: string) => `meta:${id}`;
/** Every key of the store, as strings (all keys here are strings). */
const allKeys = async (): Promise<string[]> => (await keys<string>(store())).filter((k): k is string => typeof k === 'string');
const keysOf = async (bankId: string): Promise<string[]> => (await allKeys()).filter((k) => k === metaKey(bankId) || k.startsWith(`chunk:${bankId}:`));
const chunkKey = (id: string, n: number) => `chunk:${id}:${n}`;

function records(b: ImportedBank): [string, unknown][] {
  const { questions, ...bankMeta } = b.bank;
  const chunks = Math.ceil(questions.length / CHUNK);
  const out: [string, unknown][] = [[metaKey(b.bank.id), { ...b, bank: bankMeta, chunks }]];
  for (let n = 0; n < chunks; n++) out.push([chunkKey(b.bank.id, n), questions.slice(n * CHUNK, (n + 1) * CHUNK)]);
  return out;
}

/** Reads one stored bank, chunk by chunk; damaged questions are dropped and counted. */
async function readBank(key: string): Promise<{ bank: ImportedBank; dropped: number } | null> {
  const meta = StoredBankMetaSchema.safeParse(await idbGet(key, store()));
  if (!meta.success) return null;
  const { chunks, ...rest } = meta.data;
  const questions: Question[] = [];
  let dropped = 0;
  for (let n = 0; n < chunks; n++) {
    const raw: unknown = await idbGet(chunkKey(rest.bank.id, n), store());
    const whole = QuestionChunkSchema.safeParse(raw);
    if (whole.success) questions.push(...whole.data);
    else if (Array.isArray(raw)) {
      for (const q of raw) {
        const one = QuestionSchema.safeParse(q);
        if (one.success) questions.push(one.data);
        else dropped += 1;
      }
    } else dropped += CHUNK;
    await yieldToBrowser();
  }
  return { bank: { ...rest, bank: { ...rest.bank, questions } }, dropped };
}

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
        const all = await allKeys();
        const banks: ImportedBank[] = [];
        const unreadable: string[] = [];
        for (const key of all.filter((k) => k.startsWith('meta:'))) {
          const read = await readBank(key);
          if (!read) unreadable.push(key);
          else {
            if (read.dropped) unreadable.push(`${read.dropped} damaged question(s) in ${read.bank.bank.title}`);
            await buildCatalog(read.bank);
            banks.push(read.bank);
          }
        }
        // Banks saved whole by the first version of this code are read, then re-saved in chunks.
        for (const key of all.filter((k) => !k.startsWith('meta:') && !k.startsWith('chunk:'))) {
          const old = ImportedBankSchema.safeParse(await idbGet(key, store()));
          if (!old.success) {
            unreadable.push(key);
            continue;
          }
          await setMany(records(old.data), store());
          await del(key, store());
          await buildCatalog(old.data);
          banks.push(old.data);
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
    await buildCatalog(bank);
    const old = get().banks.find((b) => b.bank.id === bank.bank.id);
    setState({ banks: [...get().banks.filter((b) => b !== old), bank] });
    libraryVersion.bump();
    // Kept in memory even if the browser refuses to store it; the page says so.
    if (get().status !== 'ready') return;
    if (old) await delMany(await keysOf(old.bank.id), store());
    await setMany(records(bank), store());
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
    if (get().status !== 'ready') return;
    await delMany(await keysOf(bankId), store());
  },
}));

/** Resolves once the stored banks are in memory (or storage turned out to be unavailable). */
export const libraryReady = (): Promise<void> => useLibrary.getState().load();
