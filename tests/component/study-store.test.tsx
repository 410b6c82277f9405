// The persisted store in a browser-like environment: it reloads what it saved, and survives bad saved data.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { q, questions } from '../helpers/questions';

async function freshStore() {
  vi.resetModules();
  const mod = await import('@/study/store');
  // Writes are coalesced after the frame; tests flush them to read storage right away.
  return Object.assign(mod.useStudy, { flush: mod.flushWrite });
}

beforeEach(() => localStorage.clear());

describe('study store', () => {
  it('saves progress only, and a new page load reads it back', async () => {
    const store = await freshStore();
    store.getState().startSession('practice', { mode: 'practice', questions: questions.slice(0, 2), seed: 3, now: 1000 });
    store.getState().answer('practice', 0, { type: 'choice', keys: ['B'] });
    store.getState().check(q('m-arena'), 2000);
    store.getState().record('practice', 3000);
    store.flush();
    const raw = JSON.parse(localStorage.getItem('tinyprep.progress')!) as { state: Record<string, unknown>; version: number };
    expect(Object.keys(raw.state)).toEqual(['progress']);
    expect(raw.version).toBe(1);
    const reloaded = await freshStore();
    expect(reloaded.getState().progress).toEqual(store.getState().progress);
    expect(reloaded.getState().progress.attempts).toHaveLength(1);
    expect(reloaded.getState().notices).toEqual([]);
  });

  it('keeps unreadable data aside and tells the user', async () => {
    localStorage.setItem('tinyprep.progress', '{"state":');
    const store = await freshStore();
    expect(store.getState().progress.attempts).toEqual([]);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().quarantine[0]).toMatchObject({ raw: '{"state":', reason: 'not valid JSON' });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('tinyprep.quarantine.'))).toHaveLength(1);
  });

  it('keeps working in memory, and says so, when storage is disabled', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    try {
      const store = await freshStore();
      expect(store.getState().storage).toBe('unavailable');
      expect(store.getState().notices[0]!.message).toMatch(/does not let TinyPrep save/);
      store.getState().startSession('practice', { mode: 'practice', questions, seed: 1, now: 1 });
      expect(store.getState().progress.active.practice).toBeDefined();
    } finally {
      getItem.mockRestore();
    }
  });

  it('reports a full storage once and keeps the progress in memory', async () => {
    const store = await freshStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key: string) => {
      if (key === 'tinyprep.progress') throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      store.getState().startSession('practice', { mode: 'practice', questions, seed: 1, now: 1 });
      store.getState().answer('practice', 0, { type: 'choice', keys: ['A'] });
      store.flush();
      expect(store.getState().storage).toBe('full');
      expect(store.getState().notices.filter((n) => n.id === 'storage-full')).toHaveLength(1);
      expect(store.getState().progress.active.practice!.items[0]!.answer).toEqual({ type: 'choice', keys: ['A'] });
    } finally {
      setItem.mockRestore();
    }
  });
});
