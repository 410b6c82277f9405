/**
 * Progress statistics as pure functions of the saved attempts and cards, the catalog and `now`.
 * Days are local calendar days (midnight to midnight in the learner's time zone).
 */
import type { CatalogEntry } from '@/content-model/schema';
import type { Attempt, Card } from '../schema';
import { retrievability } from './scheduler';

const DAY = 86_400_000;

/** Local midnight before `ms`. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** "2026-11-22" in local time. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Right: correct objective answers, and open answers self-rated Good or Easy. */
export const isRight = (a: Attempt): boolean => a.correct === true || (a.correct === null && a.grade >= 3);

/**
 * Study streaks in days. The current streak still counts if the last study day was yesterday
 * (today is not over yet).
 */
export function streaks(attempts: readonly Attempt[], now: number): { current: number; longest: number } {
  const days = [...new Set(attempts.map((a) => startOfDay(a.at)))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let prev = -Infinity;
  for (const d of days) {
    // Daylight-saving days are 23 or 25 hours long; a gap under 1.5 days is one day.
    run = d - prev < 1.5 * DAY ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = d;
  }
  const today = startOfDay(now);
  const last = days[days.length - 1];
  const current = last !== undefined && today - last < 1.5 * DAY ? run : 0;
  return { current, longest };
}

export interface DayStat {
  day: number;
  count: number;
  right: number;
}

/** Attempts per day over the last `days` days, today last. */
export function history(attempts: readonly Attempt[], now: number, days: number): DayStat[] {
  const today = startOfDay(now);
  const out: DayStat[] = [];
  const index = new Map<string, DayStat>();
  for (let i = days - 1; i >= 0; i--) {
    const day = startOfDay(today - i * DAY + DAY / 2);
    const row = { day, count: 0, right: 0 };
    out.push(row);
    index.set(dayKey(day), row);
  }
  for (const a of attempts) {
    const row = index.get(dayKey(a.at));
    if (!row) continue;
    row.count += 1;
    if (isRight(a)) row.right += 1;
  }
  return out;
}

export interface TopicStat {
  topic: string;
  questions: number;
  attempted: number;
  attempts: number;
  right: number;
  /** Mean probability of recall now over the topic's questions (unseen ones count as 0), 0–1. */
  mastery: number;
  due: number;
}

export function topicStats(catalog: readonly CatalogEntry[], attempts: readonly Attempt[], cards: Readonly<Record<string, Card>>, now: number): TopicStat[] {
  const topicOf = new Map(catalog.map((e) => [e.id, e.topic]));
  const rows = new Map<string, TopicStat & { seen: Set<string>; recall: number }>();
  const row = (topic: string) => {
    let r = rows.get(topic);
    if (!r) rows.set(topic, (r = { topic, questions: 0, attempted: 0, attempts: 0, right: 0, mastery: 0, due: 0, seen: new Set(), recall: 0 }));
    return r;
  };
  for (const e of catalog) {
    const r = row(e.topic);
    r.questions += 1;
    const c = cards[e.id];
    r.recall += retrievability(c, now);
    if (c && c.due <= now) r.due += 1;
  }
  for (const a of attempts) {
    const topic = topicOf.get(a.questionId);
    if (topic === undefined) continue;
    const r = row(topic);
    r.attempts += 1;
    if (isRight(a)) r.right += 1;
    r.seen.add(a.questionId);
  }
  return [...rows.values()]
    .map(({ seen, recall, ...r }) => ({ ...r, attempted: seen.size, mastery: r.questions ? recall / r.questions : 0 }))
    .sort((a, b) => b.attempts - a.attempts || a.topic.localeCompare(b.topic));
}

/** Cards due now, by the end of today, and within the next 7 days. */
export function dueCounts(cards: Readonly<Record<string, Card>>, now: number): { now: number; today: number; week: number } {
  const endOfToday = startOfDay(now) + DAY;
  let a = 0;
  let b = 0;
  let c = 0;
  for (const card of Object.values(cards)) {
    if (card.due <= now) a += 1;
    if (card.due < endOfToday) b += 1;
    if (card.due < endOfToday + 6 * DAY) c += 1;
  }
  return { now: a, today: b, week: c };
}
