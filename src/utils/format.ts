/** Building an Intl.NumberFormat costs far more than using one, so there is one. */
const NUMBER = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 10 });

/** 3211392 → "3,211,392"; 5.705 → "5.705"; 1e-7 → "1e-7". Trims float noise to 10 significant digits. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) return x.toPrecision(6).replace(/\.?0+e/, 'e');
  return NUMBER.format(x);
}

/** 65_000 ms → "1 min 5 s"; 4_200 → "4.2 s"; 8 days → "8 d". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  const m = Math.floor(s / 60);
  const rest = Math.round(s % 60);
  if (m < 60) return rest ? `${m} min ${rest} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  const d = h / 24;
  if (d < 60) return `${d < 10 ? Math.round(d * 10) / 10 : Math.round(d)} d`;
  return `${Math.round(d / 30.4)} mo`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const WEEKDAY_DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric' });

/** "22 Nov". */
export const formatDayMonth = (ms: number): string => DAY_MONTH.format(ms);
/** "Sun 22". */
export const formatWeekday = (ms: number): string => WEEKDAY_DAY.format(ms);
