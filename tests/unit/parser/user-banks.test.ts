// The user's real banks from the source documents, when they are present next to the repo
// (../shared/seeds). The fixtures cover the same layouts; this checks the originals as written.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../src/content-model/parse-bank';

const attempt = '../shared/seeds/001_c2c8722a1cc3728f.txt';
const guide = '../shared/seeds/000_55a652ce7f1f8e6f.txt';

describe.skipIf(!existsSync(attempt) || !existsSync(guide))("the user's own banks", () => {
  it('reads all 15 questions of "TinyML – Attempt 1" with the answers as written', () => {
    const { bank, issues } = parseBank(readFileSync(attempt, 'utf8'), attempt);
    expect(issues).toEqual([]);
    const answers = bank.questions.map((q) => (q.type === 'nat' ? q.answer.display : q.type === 'open' ? q.modelAnswer : q.answer.join(', ')));
    expect(answers).toEqual(['B', 'B', 'D', 'A', 'B', 'A, B', 'A, C, D', 'A, B, C', 'A, C, D', 'A, C', '4000 ms', 'CR = 5.71', 'CR = 3.33', '3,211,392', '8,906']);
  });

  it("reads the TinyML guide's open questions with model answers", () => {
    const { bank, issues } = parseBank(readFileSync(guide, 'utf8'), guide);
    expect(issues).toEqual([]);
    const kinds = bank.questions.map((q) => (q.type === 'open' ? q.kind : q.type));
    expect(kinds).toEqual(['concept', 'concept', 'concept', 'concept', 'concept', 'coding', 'coding', 'coding', 'design', 'design', 'scenario', 'scenario', 'concept', 'concept']);
    for (const q of bank.questions) if (q.type === 'open') expect(q.modelAnswer.length).toBeGreaterThan(100);
  });
});
