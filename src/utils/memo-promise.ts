/**
 * Memoises an async function by key, so React's `use()` sees the same promise on every render.
 * A rejected promise is forgotten, so the next render can try again (e.g. after going back online).
 */
export function memoPromise<A extends string, T>(fn: (key: A) => Promise<T>): (key: A) => Promise<T> {
  const cache = new Map<A, Promise<T>>();
  return (key) => {
    let p = cache.get(key);
    if (!p) {
      p = fn(key);
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  };
}
