// Every bank shipped in content/ passes the strict checks, and ids are unique across banks.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/content-model/issue';
import { readBanks } from '../../../scripts/read-banks';

const { results, issues } = readBanks(['content'], process.cwd(), true);

describe('bundled banks', () => {
  it('have no problems at all under --strict', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('are all read, with questions', () => {
    expect(results.length).toBeGreaterThan(0);
    expect(results.reduce((n, r) => n + r.bank.questions.length, 0)).toBeGreaterThan(0);
  });
});
