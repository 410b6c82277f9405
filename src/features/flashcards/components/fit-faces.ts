/**
 * Shrinks card text until it fits its card. Each `.fc-fit` element has a fixed box (overflow
 * hidden) and a font size of `base × var(--fit)`; this finds a `--fit` in [min, 1] per element.
 *
 * All elements are handled together, in rounds: one pass reads every overflowing box (one layout),
 * the next writes new scales. Text area grows with the square of the font size, so a box whose
 * content is r times too tall gets its scale multiplied by about √r (a little less, to converge
 * from above). A dozen rounds are plenty; most cards fit at once.
 */

/** Overflow by more than this many CSS pixels counts (sub-pixel rounding does not). */
const TOLERANCE_PX = 1;
const MAX_ROUNDS = 12;

interface Measure {
  el: HTMLElement;
  /** Fraction of the content that fits, 0–1 (the tighter of height and width). */
  fits: number;
}

function measure(el: HTMLElement): Measure | null {
  const over = el.scrollHeight > el.clientHeight + TOLERANCE_PX || el.scrollWidth > el.clientWidth + TOLERANCE_PX;
  if (!over) return null;
  const fits = Math.min(el.clientHeight / Math.max(1, el.scrollHeight), el.clientWidth / Math.max(1, el.scrollWidth));
  return { el, fits };
}

/**
 * Fits every element; returns those that still overflow at the smallest scale `min` (0 < min ≤ 1),
 * which the caller must continue elsewhere: they are never left cut off silently.
 */
export function fitFaces(elements: readonly HTMLElement[], min: number): HTMLElement[] {
  const scale = new Map<HTMLElement, number>();
  for (const el of elements) {
    // Only a scale left from an earlier layout is reset: touching every card's style would make
    // the browser restyle and lay out all of them, even the many that fit as they are.
    if (el.style.getPropertyValue('--fit') !== '') el.style.removeProperty('--fit');
    scale.set(el, 1);
  }
  const stuck: HTMLElement[] = [];
  let pending = [...elements];
  for (let round = 0; round < MAX_ROUNDS && pending.length; round++) {
    const over = pending.map(measure).filter((m): m is Measure => m !== null);
    pending = [];
    for (const { el, fits } of over) {
      const s = scale.get(el)!;
      if (s <= min + 1e-6) {
        stuck.push(el);
        continue;
      }
      const next = Math.max(min, s * Math.min(0.95, Math.sqrt(fits) * 0.98));
      scale.set(el, next);
      el.style.setProperty('--fit', next.toFixed(4));
      pending.push(el);
    }
  }
  // Whatever the rounds did not settle: shrink to the minimum, and report it if even that overflows.
  for (const el of pending) el.style.setProperty('--fit', String(min));
  for (const el of pending) if (measure(el)) stuck.push(el);
  return stuck;
}
