// Parametric question templates: every instantiation is a valid NAT question that keeps the template's
// id, and its answer agrees with a recomputation from the numbers printed in the prompt, done here by
// hand formulas that share no code with the calculators.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NatQuestionSchema, type NatQuestion } from '../../../src/content-model/schema';
import { questionTemplates } from '../../../src/features/calculators/templates';

const num = (s: string | undefined) => Number((s ?? 'NaN').replace(/,/g, ''));

/** Reads the numbers the learner sees and recomputes the answer by hand. */
const recompute: Record<string, (prompt: string) => number> = {
  'param-dense-params': (p) => {
    const m = /`Dense\((\d+)(, use_bias=False)?\)` layer receives a (\d+)-dimensional/.exec(p)!;
    const [u, d] = [num(m[1]), num(m[3])];
    return d * u + (m[2] ? 0 : u);
  },
  'param-conv2d-params': (p) => {
    const bn = /`Conv2D\((\d+), (\d+), use_bias=False\)` on a (\d+)-channel input/.exec(p);
    if (bn) return num(bn[2]) ** 2 * num(bn[3]) * num(bn[1]) + 2 * num(bn[1]);
    const m = /`Conv2D\((\d+), kernel_size=(\d+)\)` with biases .* with (\d+) channels/.exec(p)!;
    return num(m[2]) ** 2 * num(m[3]) * num(m[1]) + num(m[1]);
  },
  'param-separable-params': (p) => {
    const m = /`SeparableConv2D\((\d+), kernel_size=(\d+)(?:, depth_multiplier=(\d+))?\)` .* a (\d+)-channel input/.exec(p)!;
    const [f, k, dm, c] = [num(m[1]), num(m[2]), m[3] ? num(m[3]) : 1, num(m[4])];
    return k * k * c * dm + c * dm * f + f;
  },
  'param-rnn-params': (p) => {
    const u = num(/(?:LSTM|GRU)\((\d+)\)|units: (\d+)/.exec(p)!.slice(1).find(Boolean));
    const f = num(/(\d+)(?:-dimensional| features)/.exec(p)![1]);
    if (p.includes('LSTM')) return 4 * (u * (f + u) + u);
    const tfjs = 3 * (u * (f + u) + u);
    return p.includes('reset_after=True') ? tfjs + 3 * u : tfjs;
  },
  'param-batchnorm-nontrainable': (p) => {
    const list = /after convolutions with ([\d, ]+) output channels/.exec(p)![1]!;
    return 2 * list.split(',').reduce((s, x) => s + num(x.trim()), 0);
  },
  'param-conv-macs': (p) => {
    const m = /A (\d+)×\d+ convolution with (\d+) filters, stride (\d+) and `(same|valid)` padding is applied to a (\d+)×\d+×(\d+)/.exec(p)!;
    const [k, f, s, pad, h, c] = [num(m[1]), num(m[2]), num(m[3]), m[4], num(m[5]), num(m[6])];
    const out = pad === 'same' ? Math.ceil(h / s) : Math.floor((h - k) / s) + 1;
    return out * out * k * k * c * f;
  },
  'param-weight-bytes': (p) => {
    const m = /has ([\d,]+) weights, stored at (\d+) bits/.exec(p)!;
    return (num(m[1]) * num(m[2])) / 8 / 1024;
  },
  'param-arena-peak': (p) => {
    const chain = /int8 tensors: (.*?)\. The memory/.exec(p)![1]!.split(' → ').map((s) => s.split('×').reduce((a, b) => a * num(b), 1));
    let peak = 0;
    for (let i = 1; i < chain.length; i++) peak = Math.max(peak, chain[i - 1]! + chain[i]!);
    return peak;
  },
  'param-compression-chain': (p) => {
    const prune = num(/pruned by (\d+) %/.exec(p)![1]);
    const bits = num(/quantized to (\d+) bits/.exec(p)![1]);
    const coding = num(/by a further (\d+) %/.exec(p)?.[1] ?? '0');
    return 32 / ((1 - prune / 100) * bits * (1 - coding / 100));
  },
  'param-sparse-overhead': (p) => {
    const prune = num(/pruned by (\d+) %/.exec(p)![1]);
    const bits = num(/quantized to (\d+) bits/.exec(p)![1]);
    const kept = 1 - prune / 100;
    const idx = p.includes('bitmask') ? 1 : kept * num(/a (\d+)-bit index/.exec(p)![1]);
    return 32 / (kept * bits + idx);
  },
  'param-latency-from-flops': (p) => {
    const m = /needs ([\d.]+) million FLOPs .* sustains ([\d.]+) MFLOP\/s/.exec(p)!;
    return (num(m[1]) / num(m[2])) * 1000;
  },
  'param-latency-from-clock': (p) => {
    const m = /needs ([\d.]+) million MACs .* On a (\d+) MHz .* sustain ([\d.]+) MACs per clock/.exec(p)!;
    return (num(m[1]) * 1e6) / (num(m[2]) * 1e6 * num(m[3])) * 1000;
  },
  'param-multicore-latency': (p) => {
    const m = /takes (\d+) ms\. Spread over (\d+) cores, .* reaches (\d+) % parallel/.exec(p)!;
    return num(m[1]) / (num(m[2]) * (num(m[3]) / 100));
  },
  'param-roofline-time': (p) => {
    const m = /performs (\d+) MFLOPs and moves (\d+) MB .* peaks at ([\d.]+) TFLOP\/s with ([\d.]+) GB\/s/.exec(p)!;
    return Math.max((num(m[1]) * 1e6) / (num(m[3]) * 1e12), (num(m[2]) * 1e6) / (num(m[4]) * 1e9)) * 1000;
  },
  'param-attainable-performance': (p) => {
    const m = /peaks at (\d+) GFLOP\/s with (\d+) GB\/s .* intensity of ([\d.]+) FLOPs/.exec(p)!;
    return Math.min(num(m[1]), num(m[3]) * num(m[2]));
  },
  'param-fits-on-device': (p) => {
    const m = /with ([\d,]+) weights .* which has ([\d,]+) KiB of .* take (\d+) % of it/.exec(p)!;
    return (num(m[1]) / (num(m[2]) * 1024 * (1 - num(m[3]) / 100))) * 100;
  },
  'param-quant-scale': (p) => {
    const m = /lie in \[(-?[\d.]+), ([\d.]+)\].* to (\d+)-bit/.exec(p)!;
    return Math.max(Math.abs(num(m[1])), num(m[2])) / (2 ** (num(m[3]) - 1) - 1);
  },
  'param-quant-zero-point': (p) => {
    const m = /in \[(-?[\d.]+), ([\d.]+)\] are quantized asymmetrically to (u?int8)/.exec(p)!;
    const [lo, hi] = [num(m[1]), num(m[2])];
    const qmin = m[3] === 'uint8' ? 0 : -128;
    const s = (hi - lo) / 255;
    const r = lo / s;
    return qmin - Math.sign(r) * Math.round(Math.abs(r));
  },
};

const SEEDS = Array.from({ length: 60 }, (_, i) => (i * 2_654_435_761) >>> 0);

describe('question templates', () => {
  it('there are at least 12, with distinct ids, each with a recomputation here', () => {
    expect(questionTemplates.length).toBeGreaterThanOrEqual(12);
    const ids = questionTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !recompute[id])).toEqual([]);
  });

  for (const t of questionTemplates) {
    describe(t.id, () => {
      it('instantiates a valid NAT question with the template id, its source file and calculator link', () => {
        for (const seed of SEEDS) {
          const q = t.instantiate(seed);
          const parsed = NatQuestionSchema.safeParse(q);
          expect(parsed.success, `${t.id} seed ${seed}: ${parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
          expect(q.id).toBe(t.id);
          expect([q.topic, q.difficulty]).toEqual([t.topic, t.difficulty]);
          expect(q.explanation).toMatch(/\$/);
        }
        expect(existsSync(t.instantiate(1).source.file)).toBe(true);
      });

      it('answers what a hand recomputation from the prompt gives', () => {
        for (const seed of SEEDS) {
          const q: NatQuestion = t.instantiate(seed);
          const value = recompute[t.id]!(q.prompt);
          expect(Number.isFinite(value), `${t.id} seed ${seed}: could not read the prompt`).toBe(true);
          expect(value, `${t.id} seed ${seed}: ${q.prompt}`).toBeGreaterThanOrEqual(q.answer.min);
          expect(value, `${t.id} seed ${seed}: ${q.prompt}`).toBeLessThanOrEqual(q.answer.max);
        }
      });

      it('is reproducible from its seed and varies across seeds', () => {
        expect(t.instantiate(42)).toEqual(t.instantiate(42));
        expect(new Set(SEEDS.map((s) => t.instantiate(s).prompt)).size).toBeGreaterThan(5);
      });
    });
  }
});
