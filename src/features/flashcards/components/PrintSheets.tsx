/**
 * The printed cards, on screen and on paper: the same DOM, sized in millimetres. On screen each
 * page is drawn as a sheet of paper, scaled by `zoom` (a transform, which leaves the layout — and so
 * the text fitting — exactly as printed); in print the scaling is dropped and every page is one
 * sheet of the chosen paper (@page size, margin 0).
 *
 * Long cards shrink (per card, down to minFitScale). A face that does not fit even then keeps what
 * fits, says "continued on page N", and is printed in full on its own page after the cards.
 */
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { typeName } from '@/components/question/labels';
import type { Question } from '@/content-model/schema';
import { shortHash } from '@/utils/hash';
import { useCardFit } from '../hooks/useCardFit';
import { cutMarks, minFitScale, PAPERS, planSheets, type PrintLayout, type Sheet } from '../lib/print-layout';
import { CardFront, PrintBack } from './CardFaces';

interface Props {
  questions: readonly Question[];
  layout: PrintLayout;
  /** On-screen scale of the preview, 0–1. */
  zoom: number;
}

const mm = (v: number) => `${Number(v.toFixed(3))}mm`;
const faceId = (card: number, side: Sheet['side']) => `${card}-${side}`;

function Marks({ layout, side }: { layout: PrintLayout; side: Sheet['side'] }) {
  const { width: W, height: H } = PAPERS[layout.paper];
  return (
    <svg className="fc-marks" viewBox={`0 0 ${W} ${H}`} width={mm(W)} height={mm(H)} aria-hidden="true">
      {cutMarks(layout, side).map((s, i) => (
        <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
      ))}
    </svg>
  );
}

/** Memoised: when continuation pages are added, the hundreds of cards already shown stay as they are. */
const Face = memo(function Face({ question: q, card, side }: { question: Question; card: number; side: Sheet['side'] }) {
  return side === 'front' ? (
    <>
      <p className="fc-pface-head">
        <span className="fc-num">#{card + 1}</span> · {typeName(q)} · {q.topic}
      </p>
      <div className="fc-fit md-card" data-face={faceId(card, side)}>
        <CardFront question={q} />
      </div>
    </>
  ) : (
    <>
      <p className="fc-pface-head">
        <span className="fc-num">#{card + 1}</span> · answer · {q.label}
      </p>
      <div className="fc-fit md-card" data-face={faceId(card, side)}>
        <PrintBack question={q} />
      </div>
    </>
  );
});

export function PrintSheets({ questions, layout, zoom }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const paper = PAPERS[layout.paper];
  const sheets = useMemo(() => planSheets(questions.length, layout), [questions.length, layout]);
  const layoutKey = useMemo(() => shortHash(`${JSON.stringify(layout)}|${questions.map((q) => q.id).join(',')}`), [layout, questions]);

  // Faces that overflow even at the smallest size get a page of their own after the cards.
  const { stuck, ready } = useCardFit(root, layoutKey, minFitScale(layout.fontPt));
  const order = (id: string) => {
    const [card, side] = id.split('-');
    return Number(card) * 2 + (side === 'back' ? 1 : 0);
  };
  // Continuations that fit one page come first, in card order; those that run over a page come
  // last, so that a long one shifts no other page number.
  const tall = new Set(stuck.filter((id) => id.startsWith('cont-')).map((id) => id.slice(5)));
  const continued = stuck
    .filter((id) => !id.startsWith('cont-'))
    .sort((a, b) => Number(tall.has(a)) - Number(tall.has(b)) || order(a) - order(b));
  const spans = useTallSpans(root, ready, tall, paper.height);
  const spanOf = (id: string) => spans.spans.get(id) ?? 1;
  const contPage = new Map<string, number>();
  let next = sheets.length + 1;
  for (const id of continued) {
    contPage.set(id, next);
    next += spanOf(id);
  }
  const pageCount = next - 1;

  const style = {
    '--fc-font': `${layout.fontPt}pt`,
    '--pw': mm(paper.width),
    '--ph': mm(paper.height),
    '--zoom': String(zoom),
  } as CSSProperties;

  return (
    <div ref={root} className="fc-sheets" style={style} data-ready={ready && spans.ready} data-pages={pageCount} data-continued={continued.length}>
      {/* Page size for the browser's print dialog and for PDF output; removed with this page. */}
      <style>{`@page { size: ${paper.css}; margin: 0; }`}</style>
      {sheets.map((s, i) => (
        <div className="fc-frame" key={`${s.side}-${s.paper}`}>
          <section className={`fc-sheet fc-sheet-${s.side}`} aria-label={`Page ${i + 1}: ${s.side === 'front' ? 'questions' : 'answers'}, sheet ${s.paper}`} data-page={i + 1}>
            {layout.cutMarks && <Marks layout={layout} side={s.side} />}
            {s.cells.map((c) => {
              const id = faceId(c.card, s.side);
              const page = contPage.get(id);
              return (
                <div key={id} className="fc-cell" style={{ marginLeft: mm(c.x), marginTop: mm(c.y), width: mm(c.w), height: mm(c.h) }} data-card={c.card + 1} data-side={s.side}>
                  <div className={`fc-pface${page ? ' is-continued' : ''}`}>
                    <Face question={questions[c.card]!} card={c.card} side={s.side} />
                    {page && <p className="fc-cont-note">Continued in full on page {page} →</p>}
                  </div>
                </div>
              );
            })}
          </section>
        </div>
      ))}
      {continued.map((id) => {
        const [cardText, side] = id.split('-') as [string, Sheet['side']];
        const card = Number(cardText);
        const q = questions[card]!;
        const page = contPage.get(id)!;
        return (
          <div className={`fc-frame${tall.has(id) ? ' is-tall' : ''}`} key={`cont-${id}`}>
            <section className={`fc-sheet fc-cont-page${tall.has(id) ? ' is-tall' : ''}`} aria-label={`Page ${page}: card ${card + 1} ${side === 'front' ? 'question' : 'answer'} in full`} data-page={page} data-face-id={id}>
              <p className="fc-pface-head">
                <span className="fc-num">#{card + 1}</span> · {side === 'front' ? 'question' : 'answer'} in full (page {page})
              </p>
              <div className="fc-fit md-card" data-face={`cont-${id}`}>
                {side === 'front' ? <CardFront question={q} /> : <PrintBack question={q} />}
              </div>
            </section>
          </div>
        );
      })}
    </div>
  );
}

const MM_PX = 96 / 25.4;

/**
 * How many printed pages each continuation that runs over a page takes: its height over the page
 * height, measured once the fitting is done. Approximate: the browser breaks between lines, which
 * can push a last line onto one more page.
 */
function useTallSpans(root: RefObject<HTMLElement | null>, ready: boolean, tall: ReadonlySet<string>, paperHeightMm: number) {
  const key = [...tall].sort().join(',');
  const [measured, setMeasured] = useState<{ key: string; spans: Map<string, number> }>({ key: '', spans: new Map() });
  useEffect(() => {
    if (!ready) return;
    // Measured in the next frame, once the tall pages are laid out at their full height.
    const raf = requestAnimationFrame(() => {
      const spans = new Map<string, number>();
      for (const el of root.current?.querySelectorAll<HTMLElement>('.fc-sheet.is-tall') ?? []) {
        const id = el.dataset.faceId;
        if (id) spans.set(id, Math.max(1, Math.ceil(el.scrollHeight / (paperHeightMm * MM_PX))));
      }
      setMeasured((prev) => (prev.key === key && [...spans].every(([k, v]) => prev.spans.get(k) === v) ? prev : { key, spans }));
    });
    return () => cancelAnimationFrame(raf);
  }, [root, ready, key, paperHeightMm]);
  return { spans: measured.key === key ? measured.spans : new Map<string, number>(), ready: tall.size === 0 || measured.key === key };
}
