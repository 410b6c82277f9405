/**
 * Service-worker registration and its two messages: "ready to work offline" and "a new version is
 * ready". A tiny observable, so the layout can show them without loading anything else.
 */
import { externalStore } from '@/utils/external-store';

export type PwaState = { offlineReady: boolean; needRefresh: boolean };

const store = externalStore<PwaState>({ offlineReady: false, needRefresh: false });
let update: ((reload?: boolean) => Promise<void>) | null = null;

const setState = (patch: Partial<PwaState>) => store.set({ ...store.get(), ...patch });

export const pwa = {
  get: store.get,
  subscribe: store.subscribe,
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
