import { externalStore } from '@/utils/external-store';

/**
 * Where progress lives in localStorage. Its own module so that code which only needs to know
 * whether anything is saved (the layout, deciding whether to load the store) does not load the store.
 */
export const STORAGE_KEY = 'tinyprep.progress';
export const QUARANTINE_PREFIX = 'tinyprep.quarantine.';

/**
 * Whether the progress store could have something to tell on this visit: saved progress to read
 * (it may be damaged or old), or a localStorage that does not work. A first visit with working
 * storage has nothing to say, and need not load the store at all.
 */
export function mayHaveStudyNotices(): boolean {
  try {
    return globalThis.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return true;
  }
}

/** Whether the store module has loaded: from then on its notices can be shown at no extra cost. */
export const studyStoreLoaded = externalStore(false);

export const markStudyStoreLoaded = (): void => studyStoreLoaded.set(true);
