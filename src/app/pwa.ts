/**
 * Service-worker registration and its two messages: "ready to work offline" and "a new version is
 * ready". A tiny observable, so the layout can show them without loading anything else.
 */
export type PwaState = { offlineReady: boolean; needRefresh: boolean };

let state: PwaState = { offlineReady: false, needRefresh: false };
const listeners = new Set<() => void>();
let update: ((reload?: boolean) => Promise<void>) | null = null;

const setState = (patch: Partial<PwaState>) => {
  state = { ...state, ...patch };
  for (const l of listeners) l();
};

export const pwa = {
  get: (): PwaState => state,
  subscribe: (l: () => void): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  dismiss: (): void => setState({ offlineReady: false, needRefresh: false }),
  /** Activates the waiting version and reloads. */
  update: (): Promise<void> => update?.(true) ?? Promise.resolve(),
};

/** Registers the service worker after the page has loaded, so it never competes with the first paint. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const go = () =>
    void import('virtual:pwa-register').then(({ registerSW }) => {
      update = registerSW({
        onOfflineReady: () => setState({ offlineReady: true }),
        onNeedRefresh: () => setState({ needRefresh: true }),
      });
    });
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}
