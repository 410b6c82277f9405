import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/pwa';
import { preloadRoute } from './app/routes';
import { applyStoredTheme } from './app/theme';
import './app/styles.css';

applyStoredTheme();
preloadRoute(location.pathname);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
