// The generated gesture dataset is deterministic and balanced; lab questions are valid deck questions.
import { describe, expect, it } from 'vitest';
import { NatQuestionSchema } from '../../../src/content-model/schema';
import { AXES, generateGestures, GESTURES, WINDOW } from '../../../src/features/lab/lib/gesture-data';
import { buildLabQuestion, checkLabAnswer, LAB_QUESTION_KINDS } from '../../../src/features/lab/lib/lab-question';
import type { LayerWeights } from '../../../src/features/lab/lib/layer-weights';

describe('gesture dataset', () => {
  it('the same seed gives the same windows; another seed does not', () => {
    const a = generateGestures(40, 5);
    const b = generateGestures(40, 5);
    const c = generateGestures(40, 6);
    expect(a.x).toEqual(b.x);
    expect(a.labels).toEqual(b.labels);
    expect(a.x).not.toEqual(c.x);
  });

  it('has balanced classes, the right shape and finite readings', () => {
    const d = generateGestures(400, 1);
    expect(d.x.length).toBe(400 * WINDOW * AXES);
    const counts = GESTURES.map((_, k) => d.labels.filter((l) => l === k).length);
    expect(counts).toEqual([100, 100, 100, 100]);
    expect(d.x.every(Number.isFinite)).toBe(true);
  });

  it('gestures move more than an idle hand', () => {
    const d = generateGestures(200, 3);
    const energy = GESTURES.map((_, k) => {
      let s = 0;
      let n = 0;
      for (let i = 0; i < d.n; i++) {
        if (d.labels[i] !== k) continue;
        // Horizontal axis, where gravity contributes least.
        for (let t = 0; t < WINDOW; t++) s += d.x[(i * WINDOW + t) * AXES]! ** 2;
        n += WINDOW;
      }
      return s / n;
    });
    expect(energy[0]).toBeGreaterThan(energy[3]!);
    expect(energy[1]).toBeGreaterThan(energy[3]!);
  });
});

describe('lab questions', () => {
  const layer: LayerWeights = { name: 'conv2', kind: 'conv1d', kernelShape: [2, 1, 2], kernel: Float32Array.from([-0.5, 0.3, 0.1, 0]), bias: new Float32Array(2) };

  it('the symmetric int8 scale of weights in [−0.5, 0.3] is 0.5/127, accepted within 1 %', () => {
    const r = buildLabQuestion(layer, 'scale-symmetric');
    if (!r.ok) throw new Error(r.error);
    const q = r.value;
    expect(NatQuestionSchema.safeParse(q).success).toBe(true);
    expect(q.answer.value).toBeCloseTo(0.5 / 127, 9);
    expect(q.answer.min).toBeCloseTo(0.99 * (0.5 / 127), 9);
    expect(q.prompt).toContain('$[-0.5, 0.3]$');
    expect(q.id).toMatch(/^lab-conv2-scale-symmetric-[a-z0-9]+$/);
    expect(checkLabAnswer('0.003937', q.answer)).toEqual({ status: 'right', value: 0.003937 });
    expect(checkLabAnswer('3.95e-3', q.answer).status).toBe('right');
    expect(checkLabAnswer('0.0041', q.answer).status).toBe('wrong');
    expect(checkLabAnswer('about half', q.answer).status).toBe('unreadable');
    expect(checkLabAnswer('  ', q.answer).status).toBe('empty');
  });

  it('asymmetric: scale 0.8/255 and zero point 31, the latter exact', () => {
    const s = buildLabQuestion(layer, 'scale-asymmetric');
    const z = buildLabQuestion(layer, 'zero-point-asymmetric');
    if (!s.ok || !z.ok) throw new Error('expected questions');
    expect(s.value.answer.value).toBeCloseTo(0.8 / 255, 9);
    expect(z.value.answer).toMatchObject({ value: 31, min: 31, max: 31, display: 'zero point = 31' });
    expect(checkLabAnswer('32', z.value.answer).status).toBe('wrong');
  });

  it('every kind builds a schema-valid question; an empty layer gives a reason', () => {
    for (const kind of LAB_QUESTION_KINDS) expect(buildLabQuestion(layer, kind).ok).toBe(true);
    expect(buildLabQuestion({ ...layer, kernel: new Float32Array(0) }, 'scale-symmetric')).toEqual({ ok: false, error: 'layer conv2 has no weights to ask about' });
  });
});
