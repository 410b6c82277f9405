/**
 * Runs fitFaces over the printed cards once their content and fonts are final, and reports the
 * faces that overflow even at the smallest size (`data-face` ids), which the page then continues
 * on pages of their own. Those new pages are fitted in a further pass; elements already fitted
 * under the same `layoutKey` are skipped, so adding pages does not refit every card. `ready` is
 * true once a pass finds nothing new.
 */
import { useEffect, useState, type RefObject } from 'react';
import { fitFaces } from '../components/fit-faces';

interface FitResult {
  layoutKey: string;
  stuck: string[];
  /** The pass this result came from. */
  pass: string;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function useCardFit(root: RefObject<HTMLElement | null>, layoutKey: string, min: number): { stuck: readonly string[]; ready: boolean } {
  const [result, setResult] = useState<FitResult | null>(null);
  const stuck = result?.layoutKey === layoutKey ? result.stuck : [];
  const passKey = `${layoutKey}|${stuck.join(',')}`;

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let cancelled = false;
    const run = async () => {
      let found: HTMLElement[] = [];
      for (let attempt = 0; attempt < 40; attempt++) {
        void el.offsetHeight; // lay out now, so that the fonts the cards use start loading
        await document.fonts.ready;
        await frame();
        if (cancelled) return;
        // Markdown that was not pre-rendered (imported banks) renders lazily: wait for it.
        if (el.querySelector('.md-pending')) {
          await sleep(50);
          continue;
        }
        const todo = [...el.querySelectorAll<HTMLElement>('.fc-fit')].filter((f) => f.dataset.fitted !== layoutKey);
        found = fitFaces(todo, min);
        for (const f of todo) f.dataset.fitted = layoutKey;
        void el.offsetHeight;
        // A font that started loading during the fit changes the metrics: measure again.
        if (document.fonts.status === 'loaded') break;
        for (const f of todo) delete f.dataset.fitted;
      }
      if (cancelled) return;
      const before = passKey.slice(layoutKey.length + 1);
      const known = before ? before.split(',') : [];
      const ids = [...new Set([...known, ...found.map((f) => f.dataset.face ?? '').filter(Boolean)])].sort();
      setResult({ layoutKey, stuck: ids, pass: passKey });
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [root, layoutKey, passKey, min]);

  return { stuck, ready: result?.pass === passKey && result.stuck.join(',') === stuck.join(',') };
}
