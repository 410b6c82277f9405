// Real questions for engine tests, parsed from Markdown by the real parser.
import { parseBank } from '../../src/content-model/parse-bank';
import type { Question } from '../../src/content-model/schema';

const BANK = `---
title: Engine fixture
topic: Quantization
---

## MCQ

### Q1. {#m-arena}

**Topic:** MCU constraints · **Difficulty:** easy

Where does the tensor arena live?

- A) Flash
- B) SRAM
- C) EEPROM
- D) The cloud

**Answer:** B

### Q2. {#m-qat}

What does QAT simulate during training?

- A) Pruning
- B) Rounding to integers
- C) Dropout

**Answer:** B

## MSQ

### Q1. {#s-speed}

**Difficulty:** hard · **Tags:** fusion, int8

Which make inference faster?

- A) Integer kernels
- B) Dropout
- C) Operator fusion
- D) More layers

**Answer:** A, C

## NAT

### Q1. {#n-latency}

**Topic:** FLOPs and latency · **Unit:** ms

100 MFLOPs at 25 MFLOP/s take how long?

**Answer:** 4000 ms

### Q2. {#n-ratio}

**Decimals:** 2

Compression ratio after pruning 30% and int8?

**Answer:** 5.71

### Q3. {#n-bytes}

**Unit:** KB · **Tolerance:** 0.5%

How many kilobytes do 128,000 int8 weights take?

**Answer:** 128 KB

### Q4. {#n-macs}

**Unit:** MACs

How many MACs does a 784→128 Dense layer perform?

**Answer:** 100,352

## Concept questions

### Q1: Why quantize? {#o-why}

**Answer:** Smaller, faster, cheaper.

**Key points:**
- Four times smaller at int8
- Integer kernels are faster
- Less energy per inference
- Fits in flash
`;

const parsed = parseBank(BANK, 'engine-fixture.md');
if (parsed.issues.length) throw new Error(`fixture bank has issues: ${parsed.issues.map((i) => i.message).join('; ')}`);

export const questions: readonly Question[] = parsed.bank.questions;
export const byId: ReadonlyMap<string, Question> = new Map(questions.map((q) => [q.id, q]));
export function q<T extends Question['type']>(id: string, type?: T): Extract<Question, { type: T }> {
  const found = byId.get(id);
  if (!found || (type && found.type !== type)) throw new Error(`no ${type ?? ''} question ${id}`);
  return found as Extract<Question, { type: T }>;
}
