// `npm run build` refuses to ship a broken bank, and says where the problems are.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('vite build', () => {
  it('fails with file:line messages when a bank is invalid', () => {
    const out = mkdtempSync(join(tmpdir(), 'tinyprep-build-'));
    try {
      const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir'], {
        encoding: 'utf8',
        env: { ...process.env, TINYPREP_CONTENT: 'tests/fixtures/build-broken', NO_COLOR: '1' },
      });
      expect(r.status).toBe(1);
      const log = r.stdout + r.stderr;
      expect(log).toContain('the banks in tests/fixtures/build-broken/ have problems');
      expect(log).toContain('tests/fixtures/build-broken/broken-bank.md:17:1 error [MCQ Q1 · answer] MCQ Q1 has an Answer of E but only options A–D');
      expect(log).toContain('tests/fixtures/build-broken/broken-bank.md:70:1 error [NAT Q5 · answer] NAT Q5 has no **Answer:** line');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
