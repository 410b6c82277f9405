import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/pwa';
import { preloadRoute } from './app/routes';
import { applyStoredTheme } from './app/theme';
import './app/styles.css';

applyStoredTheme();

/** Past this, the app renders without its first page (which then shows "Loading…" until it arrives). */
const FIRST_PAGE_WAIT_MS = 1500;

// The first render waits for the page's chunk (preloaded by the route's entry page), so the first
// paint is the page itself rather than "Loading…" followed by a layout change. (Rendering it as a
// transition, in slices, was measured and raised Lighthouse's blocking time: left synchronous.)
void Promise.race([preloadRoute(location.pathname), new Promise((r) => setTimeout(r, FIRST_PAGE_WAIT_MS))]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

registerServiceWorker();
