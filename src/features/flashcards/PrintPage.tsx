/**
 * /flashcards/print?…: the cards of a selection laid out for double-sided printing. The selection,
 * seed and layout live in the URL, so a link reproduces the same pages. "Print / Save as PDF" opens
 * the browser's print dialog; the preview below is the very DOM that gets printed.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import type { Selection } from '@/study/schema';
import { PrintControls } from './components/PrintControls';
import { PrintSheets } from './components/PrintSheets';
import { useDeck } from './hooks/useDeck';
import { deckQuery, useSelectionUrl } from './hooks/useSelectionUrl';
import { layoutFromQuery, layoutToQuery, PAPERS, planSheets, type PrintLayout } from './lib/print-layout';
import './flashcards.css';
import './print.css';

const MM_PX = 96 / 25.4;
type Zoom = 'fit' | '0.5' | '0.75' | '1';

/** The preview scale: the chosen one, or the largest (≤ 100 %) at which a page fits the width. */
function usePreviewScale(zoom: Zoom, paperWidthMm: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const fit = width > 0 ? Math.min(1, width / (paperWidthMm * MM_PX)) : 1;
  return { ref, scale: zoom === 'fit' ? fit : Number(zoom) };
}

function Pages({ selection, seed, layout, scale }: { selection: Selection; seed: number; layout: PrintLayout; scale: number }) {
  const { questions } = useDeck(selection, seed);
  if (!questions.length) return <p className="note note-invalid">No card matches this selection.</p>;
  return <PrintSheets questions={questions} layout={layout} zoom={scale} />;
}

function Summary({ selection, seed, layout }: { selection: Selection; seed: number; layout: PrintLayout }) {
  const { questions } = useDeck(selection, seed);
  const sides = planSheets(questions.length, layout).length;
  return (
    <p className="fc-summary">
      <strong>{questions.length}</strong> cards on <strong>{sides / 2}</strong> sheet{sides === 2 ? '' : 's'} ({sides} pages), plus a page for any card too long to fit.
    </p>
  );
}

export default function PrintPage() {
  useDocumentTitle('Print flashcards');
  const { selection, seed, search } = useSelectionUrl();
  const [location, navigate] = useLocation();
  const layout = layoutFromQuery(search);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const { ref, scale } = usePreviewScale(zoom, PAPERS[layout.paper].width);
  const setLayout = (next: PrintLayout) => navigate(`${location}?${layoutToQuery(next, new URLSearchParams(search)).toString()}`, { replace: true });

  return (
    <div className="fc-print">
      <div className="fc-no-print">
        <h1>Print flashcards</h1>
        <nav className="row fc-links" aria-label="This deck">
          <Link href={`/flashcards?${deckQuery(selection, seed)}`}>← Change the selection</Link>
          <Link href={`/flashcards/study?${deckQuery(selection, seed)}`}>Study these cards on screen</Link>
        </nav>
        <section className="panel" aria-label="Layout">
          <PrintControls value={layout} onChange={setLayout} />
          <Suspense fallback={<p className="muted">Counting…</p>}>
            <Summary selection={selection} seed={seed} layout={layout} />
          </Suspense>
          <p className="muted small">
            Print double-sided, <strong>flip on long edge</strong>, at 100 % scale (not “fit to page”): each back lands behind its front. Fronts and backs
            alternate, so a single-sided printer works too — print the odd pages, turn the stack over, then print the even ones.
          </p>
          <div className="row actions">
            <button type="button" className="btn primary" onClick={() => window.print()}>
              Print / Save as PDF
            </button>
            <label className="fc-field fc-zoom">
              Preview size{' '}
              <select value={zoom} onChange={(e) => setZoom(e.target.value as Zoom)}>
                <option value="fit">Fit the width</option>
                <option value="0.5">50 %</option>
                <option value="0.75">75 %</option>
                <option value="1">100 %</option>
              </select>
            </label>
          </div>
        </section>
        <h2 className="fc-preview-title">Preview</h2>
      </div>
      <div ref={ref} className="fc-preview" aria-label="Print preview" role="region">
        <Suspense fallback={<p className="loading" role="status">Laying out the cards…</p>}>
          <Pages selection={selection} seed={seed} layout={layout} scale={scale} />
        </Suspense>
      </div>
    </div>
  );
}
