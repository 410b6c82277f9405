/** Node-side bank discovery shared by the CLI, the Vite plugin and the tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkBanks } from '../src/content-model/check-banks.ts';
import type { Issue } from '../src/content-model/issue.ts';
import { parseBank, type ParseResult } from '../src/content-model/parse-bank.ts';

/** Every .md file under the given paths, except README.md (documentation, not a bank). */
export function bankFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        walk(join(p, name));
      }
    } else if (/\.(md|markdown)$/i.test(p) && !/(^|[\\/])README\.md$/i.test(p)) out.push(p);
    else if (paths.includes(p)) out.push(p); // a file named explicitly is read whatever its extension
  };
  for (const p of paths) walk(p);
  return out;
}

export interface LoadedBanks {
  results: ParseResult[];
  /** Issues of every bank plus the cross-bank ones. */
  issues: Issue[];
}

/** Parses each file (paths shown relative to `cwd`) and runs the cross-bank checks. */
export function readBanks(paths: readonly string[], cwd = process.cwd(), strict = false): LoadedBanks {
  const results = bankFiles(paths).map((f) => parseBank(readFileSync(f, 'utf8'), relative(cwd, f) || f, { strict }));
  const issues = [...results.flatMap((r) => r.issues), ...checkBanks(results.map((r) => r.bank))];
  return { results, issues };
}
