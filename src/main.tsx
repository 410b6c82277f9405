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

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// A route's entry page (dist/practice.html, …) preloads the page's chunk alongside this bundle, so
// the first render waits for it: the first paint is then the page itself rather than "Loading…"
// followed by a layout change. Without an entry page the chunk starts only now, a round trip
// later, so the app renders at once and shows "Loading…" meanwhile.
const preloaded = document.querySelector('link[rel="modulepreload"][data-route-page]') !== null;
const firstPage = preloadRoute(location.pathname);
if (preloaded) void Promise.race([firstPage, new Promise((r) => setTimeout(r, FIRST_PAGE_WAIT_MS))]).then(render);
else render();

registerServiceWorker();
