import { useSyncExternalStore } from 'react';
import { pwa } from './pwa';

/** "Ready offline" once, and "a new version is ready" with a reload button. */
export function PwaToast() {
  const s = useSyncExternalStore(pwa.subscribe, pwa.get);
  if (!s.offlineReady && !s.needRefresh) return null;
  return (
    <div className="toast" role="status">
      <p>{s.needRefresh ? 'A new version of TinyPrep is ready.' : 'TinyPrep now works offline.'}</p>
      {s.needRefresh && (
        <button type="button" className="btn primary" onClick={() => void pwa.update()}>
          Reload to update
        </button>
      )}
      <button type="button" className="btn ghost" onClick={pwa.dismiss} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
