// Saved progress of every kind — valid, damaged, old, from the future — loads, and nothing readable is lost.
import { describe, expect, it } from 'vitest';
import { exportProgress, importProgress, migrate, restore, salvage } from '../../../src/study/engine/persistence';
import { check, setAnswer, startSession } from '../../../src/study/engine/session';
import { review } from '../../../src/study/engine/scheduler';
import { PROGRESS_VERSION, emptyProgress, type Attempt, type Progress } from '../../../src/study/schema';
import { q, questions } from '../../helpers/questions';

const NOW = 1_800_000_000_000;
const attempt = (i: number): Attempt => ({
  questionId: `q-${i}`, at: NOW + i, mode: 'practice', sessionId: 's1', answer: { type: 'nat', raw: String(i) }, correct: i % 2 === 0, grade: 3, durationMs: 1000 + i,
});

function sample(): Progress {
  let s = startSession({ mode: 'practice', questions, seed: 5, now: NOW });
  s = setAnswer(s, 0, { type: 'choice', keys: ['B'] });
  s = check(s, q(s.items[0]!.questionId), NOW + 100).session;
  return {
    attempts: [attempt(1), attempt(2), attempt(3)],
    cards: { 'q-1': review(undefined, 3, NOW), 'q-2': review(undefined, 1, NOW) },
    active: { practice: s },
    history: [{ id: 'old', mode: 'practice', seed: 1, startedAt: NOW - 10, finishedAt: NOW - 5, questionIds: ['q-1'], correct: 1, answered: 1 }],
  };
}
const saved = (progress: unknown, version = PROGRESS_VERSION) => JSON.stringify({ state: { progress }, version });

describe('restore', () => {
  it('starts empty with nothing saved, and silently', () => {
    expect(restore(null, NOW)).toEqual({ progress: emptyProgress(), notices: [], quarantine: [] });
  });

  it('reads valid progress back exactly', () => {
    const p = sample();
    expect(restore(saved(p), NOW)).toEqual({ progress: p, notices: [], quarantine: [] });
  });

  it('keeps truncated JSON aside and says so', () => {
    const raw = saved(sample()).slice(0, 200);
    const r = restore(raw, NOW);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.quarantine).toEqual([{ at: NOW, reason: 'not valid JSON', raw }]);
    expect(r.notices[0]!.message).toMatch(/could not be read .* kept aside/);
  });

  it('keeps data from a future version aside untouched', () => {
    const raw = saved(sample(), PROGRESS_VERSION + 1);
    const r = restore(raw, NOW);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.quarantine[0]).toMatchObject({ raw, reason: `it was saved by a newer TinyPrep (format ${PROGRESS_VERSION + 1}; this one reads up to ${PROGRESS_VERSION})` });
  });

  it('keeps every readable record when some are damaged (wrong types)', () => {
    const p = sample() as unknown as { attempts: unknown[]; cards: Record<string, unknown> };
    p.attempts.push({ questionId: 7, at: 'yesterday' }, null);
    p.cards['q-bad'] = { due: 'soon' };
    const r = restore(saved(p), NOW);
    expect(r.progress.attempts).toEqual([attempt(1), attempt(2), attempt(3)]);
    expect(Object.keys(r.progress.cards).sort()).toEqual(['q-1', 'q-2']);
    expect(r.progress.active.practice).toBeDefined();
    expect(r.notices[0]!.message).toBe(
      'Some saved records were damaged: 3 records could not be read and 3 answers were kept. The original data is kept aside (downloadable from Stats).',
    );
    expect(r.quarantine).toHaveLength(1);
  });

  it('survives a 5 MB blob of junk and a record of the wrong shape', () => {
    const blob = 'x'.repeat(5 * 1024 * 1024);
    expect(restore(blob, NOW).quarantine[0]!.raw).toHaveLength(blob.length);
    expect(restore(JSON.stringify([1, 2, 3]), NOW).notices[0]!.message).toMatch(/unknown shape/);
    expect(salvage('nonsense')).toEqual({ progress: emptyProgress(), dropped: 0 });
  });

  it('migrates older formats step by step', () => {
    const old = { answers: [attempt(1)] };
    const migrations = { 0: (v: unknown) => ({ attempts: (v as typeof old).answers, cards: {}, active: {}, history: [] }) };
    expect(migrate(old, 0, migrations, 1)).toEqual({ ok: true, value: { attempts: [attempt(1)], cards: {}, active: {}, history: [] } });
    expect(restore(saved(old, 0), NOW, migrations).progress.attempts).toEqual([attempt(1)]);
    expect(migrate(old, 0, {}, 1)).toEqual({ ok: false, reason: 'there is no way to read format 0 any more' });
  });
});

describe('export and import', () => {
  it('round-trips to identical progress', () => {
    const p = sample();
    const r = importProgress(exportProgress(p, NOW));
    expect(r).toEqual({ ok: true, progress: p });
  });

  it('refuses files that are not backups, or damaged backups, without changing anything', () => {
    expect(importProgress('{"hello": 1}')).toEqual({ ok: false, message: 'This file is not a TinyPrep progress backup (made by Stats → Export progress).' });
    expect(importProgress('not json')).toMatchObject({ ok: false });
    const damaged = JSON.parse(exportProgress(sample(), NOW)) as { progress: { attempts: unknown[] } };
    damaged.progress.attempts[0] = { nope: true };
    expect(importProgress(JSON.stringify(damaged))).toMatchObject({ ok: false, message: expect.stringMatching(/^This backup is damaged/) as string });
  });
});
