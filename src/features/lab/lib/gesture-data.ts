/**
 * A deterministic "magic wand" dataset: windows of 3-axis accelerometer readings while a hand draws
 * a gesture in the air, as in TensorFlow Lite Micro's magic-wand example. Pure TypeScript; the same
 * seed gives the same windows in Node (training script) and in the browser (the lab's test split).
 *
 * How a window is made: a 2-D pen path for the class (W, circle, slope, or an idle wander) is
 * traversed with a minimum-jerk speed profile (the hand stops at each corner), scaled, rotated and
 * placed at a random time in the window; acceleration is its second difference; a random wrist tilt
 * maps it to 3 axes and adds gravity; sensor noise and a slow drift are added.
 */
import { createRng, shuffled } from '../../../utils/random.ts';
import { normal } from './normal.ts';

export const GESTURES = ['wing', 'ring', 'slope', 'idle'] as const;
export type Gesture = (typeof GESTURES)[number];
/** Samples per window (≈2.6 s at 25 Hz). */
export const WINDOW = 64;
export const AXES = 3;

/** The splits the shipped model was trained and tested on. */
export const SPLITS = {
  train: { n: 2000, seed: 20240601 },
  test: { n: 800, seed: 777 },
} as const;

export interface Dataset {
  /** n × WINDOW × AXES readings, row-major. */
  x: Float32Array;
  /** Class index into GESTURES, one per window. */
  labels: Uint8Array;
  n: number;
}

type Point = readonly [number, number];

const W_PATH: Point[] = [
  [-1, 1],
  [-0.5, -1],
  [0, 0.3],
  [0.5, -1],
  [1, 1],
];
const SLOPE_PATH: Point[] = [
  [-0.6, 1],
  [0.2, -0.8],
  [1, -0.8],
];

/** Minimum-jerk progress 10τ³ − 15τ⁴ + 6τ⁵: starts and stops with zero speed and acceleration. */
const minJerk = (t: number): number => {
  const s = Math.min(1, Math.max(0, t));
  return s * s * s * (10 - 15 * s + 6 * s * s);
};

/** A polyline traversed segment by segment, the hand pausing at each corner; τ in [0, 1]. */
function polyline(points: readonly Point[]): (tau: number) => Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p[0] - points[i]![0], p[1] - points[i]![1]));
  const total = lengths.reduce((a, b) => a + b, 0);
  return (tau) => {
    let acc = 0;
    const t = Math.min(1, Math.max(0, tau));
    for (let k = 0; k < lengths.length; k++) {
      const share = lengths[k]! / total;
      if (t <= acc + share || k === lengths.length - 1) {
        const s = minJerk((t - acc) / share);
        const a = points[k]!;
        const b = points[k + 1]!;
        return [a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s];
      }
      acc += share;
    }
    return points[points.length - 1]!;
  };
}

const between = (rng: () => number, lo: number, hi: number) => lo + (hi - lo) * rng();

/** The pen path of one gesture, as a function of window time (in samples). */
function pathFor(gesture: Gesture, rng: () => number): (t: number) => Point {
  if (gesture === 'idle') {
    // A resting hand: slow wander plus, sometimes, a small twitch.
    const f1 = between(rng, 0.01, 0.05);
    const f2 = between(rng, 0.05, 0.12);
    const a1 = between(rng, 0.05, 0.35);
    const a2 = between(rng, 0.02, 0.15);
    const p1 = between(rng, 0, 6.3);
    const p2 = between(rng, 0, 6.3);
    const twitchAt = rng() < 0.5 ? between(rng, 5, WINDOW - 5) : -100;
    const twitch = between(rng, 0.1, 0.4);
    return (t) => {
      const bump = twitch * Math.exp(-(((t - twitchAt) / 4) ** 2));
      return [a1 * Math.sin(2 * Math.PI * f1 * t + p1) + bump, a2 * Math.sin(2 * Math.PI * f2 * t + p2)];
    };
  }
  const duration = between(rng, 0.55, 0.9) * WINDOW;
  const start = between(rng, 2, WINDOW - duration - 2);
  const tau = (t: number) => (t - start) / duration;
  if (gesture === 'ring') {
    const phase = between(rng, 0, 2 * Math.PI);
    return (t) => {
      const a = phase + 2 * Math.PI * minJerk(tau(t));
      return [Math.cos(a), Math.sin(a)];
    };
  }
  const line = polyline(gesture === 'wing' ? W_PATH : SLOPE_PATH);
  return (t) => line(tau(t));
}

/** Acceleration gain: turns a unit-size path drawn over ~40 samples into readings of about ±1–3 g. */
const GAIN = 40;

/** Writes one window of `gesture` at `out[offset…]`. */
function drawWindow(gesture: Gesture, rng: () => number, out: Float32Array, offset: number): void {
  const path = pathFor(gesture, rng);
  const scale = between(rng, 0.6, 1.4);
  const aspect = between(rng, 0.75, 1.3);
  const rot = between(rng, -0.45, 0.45);
  const [c, s] = [Math.cos(rot), Math.sin(rot)];
  // Wrist tilt: small rotations about x and y mix the drawing plane into z and move gravity.
  const tx = between(rng, -0.35, 0.35);
  const ty = between(rng, -0.35, 0.35);
  const [cx, sx, cy, sy] = [Math.cos(tx), Math.sin(tx), Math.cos(ty), Math.sin(ty)];
  const noise = between(rng, 0.08, 0.3);
  const drift = [normal(rng), normal(rng), normal(rng)].map((d) => d * 0.004);
  const pos = (t: number): Point => {
    const [px, py] = path(t);
    const x = px * scale * aspect;
    const y = py * scale;
    return [c * x - s * y, s * x + c * y];
  };
  for (let t = 0; t < WINDOW; t++) {
    const [x0, y0] = pos(t - 1);
    const [x1, y1] = pos(t);
    const [x2, y2] = pos(t + 1);
    const ax = (x2 - 2 * x1 + x0) * GAIN;
    const ay = (y2 - 2 * y1 + y0) * GAIN;
    // Device frame: (ax, ay, 0) + gravity (0, 0, 1 g), rotated by the tilt (about y, then about x).
    const vx = cy * ax + sy;
    const vz0 = -sy * ax + cy;
    const vy = cx * ay - sx * vz0;
    const vz = sx * ay + cx * vz0;
    const base = offset + t * AXES;
    out[base] = vx + drift[0]! * t + noise * normal(rng);
    out[base + 1] = vy + drift[1]! * t + noise * normal(rng);
    out[base + 2] = vz + drift[2]! * t + noise * normal(rng);
  }
}

/**
 * `n` windows with balanced classes in shuffled order.
 * @param n number of windows, a positive integer
 * @param seed 32-bit seed; equal seeds give identical datasets
 */
export function generateGestures(n: number, seed: number): Dataset {
  const count = Math.max(0, Math.floor(n));
  const rng = createRng(seed);
  const labels = Uint8Array.from(shuffled(rng, Array.from({ length: count }, (_, i) => i % GESTURES.length)));
  const x = new Float32Array(count * WINDOW * AXES);
  for (let i = 0; i < count; i++) drawWindow(GESTURES[labels[i]!]!, rng, x, i * WINDOW * AXES);
  return { x, labels, n: count };
}
