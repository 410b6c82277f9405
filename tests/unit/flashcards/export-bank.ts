// A bank written to stress the exports: commas, quotes and newlines in text, inline and display
// math (both `$$` styles), a table, code with a tab, tags with spaces, and hostile Markdown.
import { parseBank } from '../../../src/content-model/parse-bank';
import type { Question } from '../../../src/content-model/schema';

const BANK = `---
id: export-bank
title: Export bank
topic: Edge AI, deployment
---

## MCQ

### Q1. {#x-arena}

**Difficulty:** easy · **Tags:** tensor arena, sram

Where does the "tensor arena" live, and why?
It is rewritten for every layer.

- A) Flash, because it is large
  > Flash holds weights; writing it per layer is slow, and it wears out.
- B) SRAM
  > Right: activations change every layer, so they need "fast" RAM.

**Answer:** B

**Explanation:** Weights in flash, activations in SRAM.

### Q2. {#x-hostile}

**Tags:** security

Click <script>alert(1)</script> [here](javascript:alert(2)) or <img src=x onerror=alert(3)> and see $\\href{javascript:alert(4)}{x}$.

- A) [docs](https://example.com/a?b=1&c="2")
- B) =HYPERLINK("http://evil")

**Answer:** A

## MSQ

### Q1. {#x-macs}

**Difficulty:** hard

Which layers cost $k^2 \\cdot C_{in} \\cdot C_{out}$ MACs per output pixel?

| layer | MACs |
|---|---|
| conv | $k^2 C_{in} C_{out}$ |

- A) Standard convolution
- B) Depthwise convolution
- C) A 1×1 convolution when $k = 1$

**Answer:** A, C

## NAT

### Q1. {#x-latency}

**Topic:** FLOPs and latency · **Unit:** ms · **Tolerance:** 1%

100 MFLOPs at 25 MFLOP/s take how long?

**Answer:** 4000 ms

**Solution:**

$$t = \\frac{100}{25}\\,\\text{s} = 4\\,\\text{s}$$

Written inline: $$t = 4000\\,\\text{ms}$$

### Q2. {#x-negative}

**Unit:** dB

What is the gain?

**Answer:** -3 dB

## Coding questions

### Q1: Clamp an int8 value {#x-clamp}

**Answer:**

\`\`\`c
int8_t clamp(int v) {
\treturn v < -128 ? -128 : v > 127 ? 127 : v;
}
\`\`\`

**Key points:**
- Saturate, do not wrap
- Range is $[-128, 127]$
`;

const parsed = parseBank(BANK, 'export-bank.md');
if (parsed.issues.some((i) => i.severity === 'error')) throw new Error(`export bank has issues: ${parsed.issues.map((i) => i.message).join('; ')}`);

export const exportQuestions: readonly Question[] = parsed.bank.questions;
export const eq = (id: string): Question => {
  const q = exportQuestions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
