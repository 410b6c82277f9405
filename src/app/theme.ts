/** Light, dark or the system's choice; kept in localStorage, applied as <html data-theme>. */
export type Theme = 'light' | 'dark' | 'system';
const KEY = 'tinyprep.theme';

export function storedTheme(): Theme {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system'; // storage disabled: follow the system
  }
}

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    /* the choice lasts for this visit only */
  }
}

export const applyStoredTheme = (): void => applyTheme(storedTheme());
