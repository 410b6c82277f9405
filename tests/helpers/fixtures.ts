import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBank, type ParseOptions } from '../../src/content-model/parse-bank';
import { formatIssue } from '../../src/content-model/issue';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** Parses a fixture the way the CLI does, naming it `fixtures/<name>` in messages. */
export function parseFixture(name: string, options?: ParseOptions) {
  const result = parseBank(readFixture(name), `fixtures/${name}`, options);
  return { ...result, messages: result.issues.map(formatIssue) };
}
