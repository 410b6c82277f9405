// Every "Open in calculator" link in the bundled banks opens a calculator that exists, with a state
// it can evaluate, and for a NAT question one of the figures it shows is the question's answer.
import { describe, expect, it } from 'vitest';
import { readBanks } from '../../../scripts/read-banks';
import { evaluateLink } from '../../../src/features/calculators/lib/evaluate-link';

const { results } = readBanks(['content']);
const linked = results.flatMap((r) => r.bank.questions.filter((q) => q.calculator).map((q) => ({ q, file: r.bank.file, link: q.calculator! })));

describe('calculator links in content/', () => {
  it('are on the NAT questions of the model-size, compute-latency and quantization banks', () => {
    const files = new Set(linked.map((l) => l.file.replace(/^.*\//, '')));
    for (const f of ['model-size-math.md', 'compute-latency-math.md', 'quantization-math.md']) expect(files).toContain(f);
    expect(linked.length).toBeGreaterThanOrEqual(38);
    // the link is a field, not part of the prompt
    for (const { q } of linked) expect(q.prompt).not.toContain('/calculators/');
  });

  for (const { q, file, link } of linked) {
    it(`${q.id} (${file}) reproduces its answer`, () => {
      const e = evaluateLink(link);
      if (!e.ok) throw new Error(`${link}: ${e.error}`);
      if (q.type !== 'nat') return;
      const hit = e.value.figures.find((f) => f.value >= q.answer.min && f.value <= q.answer.max);
      expect(hit, `${link} shows ${JSON.stringify(e.value.figures)}; the answer is ${q.answer.display} [${q.answer.min}, ${q.answer.max}]`).toBeDefined();
    });
  }
});

describe('evaluateLink', () => {
  it('refuses a link to no calculator, and reports the rule a bad value breaks', () => {
    expect(evaluateLink('/calculators/nope')).toMatchObject({ ok: false });
    expect(evaluateLink('/calculators/model-size?input=784&layers=dense(units=0)')).toEqual({ ok: false, error: 'layer 1 (dense): units must be a positive integer, got 0' });
    expect(evaluateLink('/calculators/latency?work=lots')).toEqual({ ok: false, error: 'work must be a number such as 25M, 2.5e7 or 0.8, got "lots"' });
  });
});
