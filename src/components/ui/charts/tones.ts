/** Theme colours for chart marks: CSS variables, so charts follow light and dark mode. */
export type Tone = 'accent' | 'good' | 'bad' | 'warn' | 'muted';

export const toneColor: Record<Tone, string> = {
  accent: 'var(--accent)',
  good: 'var(--good)',
  bad: 'var(--bad)',
  warn: 'var(--warn)',
  muted: 'var(--muted)',
};
