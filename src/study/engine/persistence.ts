/**
 * Reading saved progress back, whatever state it is in. Pure: text in, progress + notices out.
 *
 *  - nothing saved            → empty progress, no notice
 *  - not JSON (truncated…)    → empty progress; the text is kept aside (quarantined) and the user told
 *  - from a newer version     → kept aside untouched; the user told; this version starts empty
 *  - from an older version    → migrated step by step (`MIGRATIONS`), then validated
 *  - partly invalid           → every record that still validates is kept (no readable answer is lost);
 *                               the original text is kept aside and the user told what was dropped
 */
import { z } from 'zod';
import {
  AttemptSchema,
  CardSchema,
  emptyProgress,
  PROGRESS_VERSION,
  ProgressExportSchema,
  ProgressSchema,
  SessionSchema,
  SessionSummarySchema,
  type Progress,
} from '../schema';

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface QuarantineEntry {
  at: number;
  reason: string;
  raw: string;
}

export interface Restored {
  progress: Progress;
  notices: Notice[];
  quarantine: QuarantineEntry[];
}

/** Migrations from version k to k+1, applied in order to the saved `progress` object. */
export type Migration = (old: unknown) => unknown;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

const EnvelopeSchema = z.object({ version: z.number().int().nonnegative(), state: z.object({ progress: z.unknown() }).loose() });

/** Keeps the records that validate, one by one, and counts the ones that do not. */
export function salvage(data: unknown): { progress: Progress; dropped: number } {
  const out = emptyProgress();
  let dropped = 0;
  const obj = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const each = <T>(value: unknown, schema: z.ZodType<T>, keep: (v: T) => void) => {
    if (!Array.isArray(value)) {
      if (value !== undefined) dropped += 1;
      return;
    }
    for (const v of value) {
      const r = schema.safeParse(v);
      if (r.success) keep(r.data);
      else dropped += 1;
    }
  };
  each(obj.attempts, AttemptSchema, (a) => out.attempts.push(a));
  each(obj.history, SessionSummarySchema, (h) => out.history.push(h));
  if (typeof obj.cards === 'object' && obj.cards !== null && !Array.isArray(obj.cards)) {
    for (const [id, c] of Object.entries(obj.cards)) {
      const r = CardSchema.safeParse(c);
      if (r.success) out.cards[id] = r.data;
      else dropped += 1;
    }
  } else if (obj.cards !== undefined) dropped += 1;
  const active = (typeof obj.active === 'object' && obj.active !== null ? obj.active : {}) as Record<string, unknown>;
  for (const mode of ['practice', 'exam'] as const) {
    if (active[mode] === undefined) continue;
    const r = SessionSchema.safeParse(active[mode]);
    if (r.success) out.active[mode] = r.data;
    else dropped += 1;
  }
  return { progress: out, dropped };
}

/** Brings saved progress of any version to the current shape, or says why it cannot. */
export function migrate(
  progress: unknown,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion = PROGRESS_VERSION,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (fromVersion > toVersion) return { ok: false, reason: `it was saved by a newer TinyPrep (format ${fromVersion}; this one reads up to ${toVersion})` };
  let value = progress;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: `there is no way to read format ${fromVersion} any more` };
    value = step(value);
  }
  return { ok: true, value };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `raw` is what localStorage held (zustand's `{ state, version }` envelope), or null. */
export function restore(raw: string | null, now: number, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Restored {
  if (raw === null || raw === '') return { progress: emptyProgress(), notices: [], quarantine: [] };
  const aside = (reason: string, message: string): Restored => ({
    progress: emptyProgress(),
    notices: [{ id: `restore-${now}`, level: 'error', message }],
    quarantine: [{ at: now, reason, raw }],
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return aside(
      'not valid JSON',
      'Your saved progress could not be read (the data is damaged, perhaps cut off). It has been kept aside so nothing is deleted; you can download it from Stats. TinyPrep started afresh.',
    );
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return aside('not a TinyPrep progress record', 'Saved data in an unknown shape was found. It has been kept aside (downloadable from Stats) and TinyPrep started afresh.');
  }
  const migrated = migrate(envelope.data.state.progress, envelope.data.version, migrations);
  if (!migrated.ok) {
    return aside(migrated.reason, `Your saved progress could not be used: ${migrated.reason}. It has been kept aside untouched (downloadable from Stats).`);
  }
  const exact = ProgressSchema.safeParse(migrated.value);
  if (exact.success) return { progress: exact.data, notices: [], quarantine: [] };
  const { progress, dropped } = salvage(migrated.value);
  const kept = progress.attempts.length;
  return {
    progress,
    notices: [
      {
        id: `restore-${now}`,
        level: 'warning',
        message: `Some saved records were damaged: ${plural(dropped, 'record')} could not be read and ${plural(kept, 'answer')} were kept. The original data is kept aside (downloadable from Stats).`,
      },
    ],
    quarantine: [{ at: now, reason: `${plural(dropped, 'invalid record')}`, raw }],
  };
}

/** The file written by "Export progress". */
export function exportProgress(progress: Progress, now: number): string {
  return `${JSON.stringify({ app: 'tinyprep', kind: 'progress', version: PROGRESS_VERSION, exportedAt: now, progress }, null, 2)}\n`;
}

/**
 * Reads an exported file. Strict: a backup with damaged records is refused as a whole, so that an
 * import never silently replaces good progress with a partial one.
 */
export function importProgress(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): { ok: true; progress: Progress } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a TinyPrep backup (it is not valid JSON).' };
  }
  const file = ProgressExportSchema.safeParse(json);
  if (!file.success) return { ok: false, message: 'This file is not a TinyPrep progress backup (made by Stats → Export progress).' };
  const migrated = migrate(file.data.progress, file.data.version, migrations);
  if (!migrated.ok) return { ok: false, message: `This backup cannot be read: ${migrated.reason}.` };
  const parsed = ProgressSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, message: `This backup is damaged (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}); nothing was changed.` };
  }
  return { ok: true, progress: parsed.data };
}
