/**
 * Resolves once the browser has painted the page's first frame. Data that only part of a page needs
 * (the question catalog behind a form, say) waits for it, so that the first paint, the page's
 * heading and lead, never waits on that data's requests. Those requests would otherwise start
 * during the first render and sit on the critical path of the first and largest paint.
 *
 * A frame's requestAnimationFrame callbacks run just before that frame paints, so the second
 * callback (in the next frame) is the first moment that is surely after the paint.
 * A hidden tab paints nothing (requestAnimationFrame never fires there), so it resolves at once.
 */
let painted: Promise<void> | undefined;

export function afterFirstPaint(): Promise<void> {
  painted ??=
    typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible'
      ? new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))
      : Promise.resolve();
  return painted;
}
