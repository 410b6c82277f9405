// Strict mode: the rules the bundled banks follow (content/README.md, "Style rules").
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../src/content-model/parse-bank';

const loose = `## MCQ

### Q1.

Which memory holds activations?

- A) SRAM
  > Activations are read and written every layer, so they live in RAM.
- B) Flash

**Answer:** A

## NAT

### Q1. {#n-one}

**Difficulty:** easy · **Topic:** Power and energy

How many hours does 100 mAh last at 2 mA?

**Answer:** 50

## Concept questions

### Q1: Why quantize? {#c-one}

**Difficulty:** easy · **Topic:** Quantization

**Answer:** Smaller and faster.
`;

describe('strict mode', () => {
  it('accepts the bank when not strict', () => {
    expect(parseBank(loose, 's.md').issues).toEqual([]);
  });

  it('asks for ids, difficulty, topic, option explanations, NAT unit, precision and solution, and key points', () => {
    const { bank, issues } = parseBank(loose, 's.md', { strict: true });
    expect(issues.map((i) => `${i.question} ${i.field}: ${i.message}`)).toEqual([
      'MCQ Q1 id: MCQ Q1 has no explicit id',
      'MCQ Q1 difficulty: MCQ Q1 has no **Difficulty:**',
      'MCQ Q1 topic: MCQ Q1 has no **Topic:**',
      'MCQ Q1 options: MCQ Q1 options B have no explanation',
      'NAT Q1 explanation: NAT Q1 has no worked solution',
      'NAT Q1 precision: NAT Q1 does not state the precision expected',
      'NAT Q1 unit: NAT Q1 has no unit',
      'Q1 keyPoints: Q1 has fewer than 3 **Key points:**',
    ]);
    expect(bank.questions).toEqual([]);
  });
});
