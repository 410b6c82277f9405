import { lazy, Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { mayHaveStudyNotices, studyStoreLoaded } from '@/study/storage-keys';
import { routes } from './routes';
import { PwaToast } from './PwaToast';
import { ShortcutsDialog } from './ShortcutsDialog';
import { applyTheme, storedTheme, type Theme } from './theme';

const StudyNotices = lazy(() => import('./StudyNotices'));

const NEXT_THEME: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };
const THEME_LABEL: Record<Theme, string> = { system: 'Theme: system', dark: 'Theme: dark', light: 'Theme: light' };

function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  return (
    <button
      type="button"
      className="btn ghost theme-toggle"
      onClick={() => {
        const next = NEXT_THEME[theme];
        applyTheme(next);
        setTheme(next);
      }}
      title={`${THEME_LABEL[theme]} (click to change)`}
      aria-label={`${THEME_LABEL[theme]}. Change theme`}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
    </button>
  );
}

/**
 * True once the page has loaded and the browser is idle: for work no page needs to show itself
 * (the progress store behind the notices), so it never competes with the first question.
 */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let cancel = () => undefined as void;
    const whenIdle = () => {
      if ('requestIdleCallback' in window) {
        const id = requestIdleCallback(() => setIdle(true), { timeout: 3000 });
        cancel = () => cancelIdleCallback(id);
      } else {
        const t = setTimeout(() => setIdle(true), 1000);
        cancel = () => clearTimeout(t);
      }
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      cancel();
    };
  }, []);
  return idle;
}

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const idle = useIdle();
  const storeLoaded = useSyncExternalStore(studyStoreLoaded.subscribe, studyStoreLoaded.get);
  // The mobile menu closes by itself on navigation: it is open only for the page it was opened on.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location;
  const setMenuOpen = (open: boolean) => setMenuOpenOn(open ? location : null);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location]);
  const isActive = (path: string) => (path === '/' ? location === '/' : location.startsWith(path));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              T
            </span>
            TinyPrep
          </Link>
          <button
            type="button"
            className="btn ghost menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            Menu
          </button>
          <nav id="main-nav" aria-label="Main" className={menuOpen ? 'open' : ''}>
            <ul>
              {routes
                .filter((r) => r.nav)
                .map((r) => (
                  <li key={r.path}>
                    <Link href={r.path} aria-current={isActive(r.path) ? 'page' : undefined}>
                      {r.nav}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {/* Loaded when a page has loaded the store anyway, or when saved data may need a word. */}
        {idle && (storeLoaded || mayHaveStudyNotices()) && (
          <Suspense fallback={null}>
            <StudyNotices />
          </Suspense>
        )}
        {children}
      </main>
      <ShortcutsDialog />
      <PwaToast />
      <footer className="site-footer">
        <p>
          TinyPrep · study for TinyML, edge-AI and ML-engineering interviews · your progress stays in this browser · press <kbd>?</kbd> for shortcuts
        </p>
      </footer>
    </>
  );
}
