/**
 * A change counter for the imported-bank library, with no dependencies, so that the app shell can
 * listen for changes without loading the library code (zod, IndexedDB) on the first page.
 */
let version = 0;
const listeners = new Set<() => void>();

export const libraryVersion = {
  get: (): number => version,
  bump: (): void => {
    version += 1;
    for (const l of listeners) l();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
