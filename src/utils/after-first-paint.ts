/**
 * Resolves once the browser has painted the page's first content. Data that only part of a page
 * needs (the question catalog behind a form, say) waits for it, so that the first paint, the page's
 * heading and lead, never waits on that data's requests. Those requests would otherwise start
 * during the first render and sit on the critical path of the first and largest paint.
 *
 * "Painted" is the browser's own first-contentful-paint entry: animation-frame callbacks run
 * before their frame reaches the screen, and a frame can reach it a frame or two late. Where paint
 * timing is missing it falls back to two animation frames. A hidden tab paints nothing, so it
 * resolves at once; so does a page that has painted no content after a second.
 */
let painted: Promise<void> | undefined;

/** Longest wait for the first paint; past it, data loads anyway. */
const PAINT_WAIT_MS = 1000;

const FCP = 'first-contentful-paint';

function waitForPaint(resolve: () => void): void {
  if (typeof document === 'undefined' || document.visibilityState !== 'visible') return resolve();
  // Whatever happens below (a tab hidden mid-load stops animation frames), data loads in the end.
  setTimeout(resolve, PAINT_WAIT_MS);
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    if (performance.getEntriesByName(FCP).length) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName(FCP).length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(() => observer.disconnect(), PAINT_WAIT_MS);
    return;
  }
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise<void>(waitForPaint);
  return painted;
}
