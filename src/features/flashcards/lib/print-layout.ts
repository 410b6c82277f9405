/**
 * The printed card layout, as pure geometry in millimetres.
 *
 * A sheet is one side of paper. Fronts and backs alternate (front sheet 1, back sheet 1, front
 * sheet 2, …), so a duplex printer puts each back behind its front. Printing "flip on long edge"
 * turns the paper about its vertical axis, so a point x mm from the left edge of the front lands
 * W − x mm from the left edge of the back: each back card sits in the mirrored column of its
 * row (x_back = W − x_front − w). Rows stay where they are.
 *
 * Printers often shift the second side by a millimetre or two; `offsetX`/`offsetY` move every
 * back card by that much (right and down are positive) to compensate.
 */
import { z } from 'zod';

export const PAPERS = {
  a4: { label: 'A4 (210 × 297 mm)', width: 210, height: 297, css: 'A4' },
  letter: { label: 'US Letter (8.5 × 11 in)', width: 215.9, height: 279.4, css: 'letter' },
} as const;
export type PaperId = keyof typeof PAPERS;

export const CARDS_PER_PAGE = [4, 6, 8, 10] as const;
export const FONT_SIZES = [8, 9, 10, 11, 12, 14] as const;

/** Page margin on every side, mm: outside the unprintable border of most printers (≈ 4–6 mm). */
export const MARGIN_MM = 10;
/** Cut marks stop this far from the card grid and from the paper edge, mm. */
const MARK_GAP_MM = 2;
/** The largest calibration shift accepted, mm. */
export const MAX_OFFSET_MM = 10;

export const PrintLayoutSchema = z.object({
  paper: z.enum(['a4', 'letter']),
  perPage: z.literal(CARDS_PER_PAGE),
  cutMarks: z.boolean(),
  /** Base font size of card text, pt; long cards shrink below it (see minFitScale). */
  fontPt: z.number().min(6).max(16),
  /** Shift of every back card, mm (right / down positive), in [−MAX_OFFSET_MM, MAX_OFFSET_MM]. */
  offsetX: z.number().min(-MAX_OFFSET_MM).max(MAX_OFFSET_MM),
  offsetY: z.number().min(-MAX_OFFSET_MM).max(MAX_OFFSET_MM),
});
export type PrintLayout = z.infer<typeof PrintLayoutSchema>;

export const defaultLayout = (): PrintLayout => ({ paper: 'a4', perPage: 8, cutMarks: true, fontPt: 10, offsetX: 0, offsetY: 0 });

const KEYS = { paper: 'paper', perPage: 'per', cutMarks: 'marks', fontPt: 'font', offsetX: 'dx', offsetY: 'dy' } as const;

/** Reads a layout from a query string. Each field is checked alone: a bad value falls back to its default. */
export function layoutFromQuery(search: string): PrintLayout {
  const p = new URLSearchParams(search);
  const out = defaultLayout();
  const read = <K extends keyof PrintLayout>(field: K, value: unknown) => {
    const parsed = PrintLayoutSchema.shape[field].safeParse(value);
    if (parsed.success) out[field] = parsed.data as PrintLayout[K];
  };
  const num = (key: string) => (p.get(key) === null || p.get(key) === '' ? undefined : Number(p.get(key)));
  read('paper', p.get(KEYS.paper) ?? undefined);
  read('perPage', num(KEYS.perPage));
  if (p.get(KEYS.cutMarks) !== null) read('cutMarks', p.get(KEYS.cutMarks) !== '0');
  read('fontPt', num(KEYS.fontPt));
  read('offsetX', num(KEYS.offsetX));
  read('offsetY', num(KEYS.offsetY));
  return out;
}

/** Writes a layout into `params` (only the fields that differ from the defaults, to keep links short). */
export function layoutToQuery(layout: PrintLayout, params = new URLSearchParams()): URLSearchParams {
  const d = defaultLayout();
  for (const field of Object.keys(KEYS) as (keyof PrintLayout)[]) {
    const v = layout[field];
    if (v === d[field]) params.delete(KEYS[field]);
    else params.set(KEYS[field], typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return params;
}

export interface Grid {
  cols: number;
  rows: number;
  /** Card size, mm. */
  cardW: number;
  cardH: number;
}

/** Two columns, `perPage / 2` rows, filling the page inside the margins. */
export function gridOf(layout: PrintLayout): Grid {
  const paper = PAPERS[layout.paper];
  const cols = 2;
  const rows = layout.perPage / cols;
  return { cols, rows, cardW: (paper.width - 2 * MARGIN_MM) / cols, cardH: (paper.height - 2 * MARGIN_MM) / rows };
}

export interface SheetCell {
  /** Index of the card in the deck, 0-based. */
  card: number;
  /** Top-left corner and size, mm from the paper's top-left corner. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Sheet {
  side: 'front' | 'back';
  /** 1-based number of the piece of paper. */
  paper: number;
  cells: SheetCell[];
}

/**
 * Every side of paper for `cardCount` cards: front 1, back 1, front 2, back 2, …
 * A deck of n cards takes 2·⌈n / perPage⌉ sides. The last sheet may be partly empty.
 */
export function planSheets(cardCount: number, layout: PrintLayout): Sheet[] {
  const { cols, cardW: w, cardH: h } = gridOf(layout);
  const W = PAPERS[layout.paper].width;
  const per = layout.perPage;
  const sheets: Sheet[] = [];
  const n = Math.max(0, Math.floor(cardCount));
  for (let first = 0, paper = 1; first < n; first += per, paper++) {
    const front: SheetCell[] = [];
    const back: SheetCell[] = [];
    for (let card = first; card < Math.min(n, first + per); card++) {
      const slot = card - first;
      const x = MARGIN_MM + (slot % cols) * w;
      const y = MARGIN_MM + Math.floor(slot / cols) * h;
      front.push({ card, x, y, w, h });
      back.push({ card, x: W - x - w + layout.offsetX, y: y + layout.offsetY, w, h });
    }
    sheets.push({ side: 'front', paper, cells: front }, { side: 'back', paper, cells: back });
  }
  return sheets;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Cut marks for one side: short lines in the margins, in line with every column and row edge of
 * the card grid, so that a guillotine or knife can follow them. Backs get the same marks moved by
 * the calibration offset, which makes a misaligned printer visible against the light. The offset
 * is at most MAX_OFFSET_MM (10 mm) and marks stop MARK_GAP_MM (2 mm) from the edge, so a large
 * offset may push a mark off the paper: the printer clips it.
 */
export function cutMarks(layout: PrintLayout, side: Sheet['side']): Segment[] {
  const { width: W, height: H } = PAPERS[layout.paper];
  const { cols, rows, cardW, cardH } = gridOf(layout);
  const dx = side === 'back' ? layout.offsetX : 0;
  const dy = side === 'back' ? layout.offsetY : 0;
  const M = MARGIN_MM;
  const g = MARK_GAP_MM;
  const out: Segment[] = [];
  for (let c = 0; c <= cols; c++) {
    const x = M + c * cardW + dx;
    out.push({ x1: x, y1: g + dy, x2: x, y2: M - g + dy }, { x1: x, y1: H - M + g + dy, x2: x, y2: H - g + dy });
  }
  for (let r = 0; r <= rows; r++) {
    const y = M + r * cardH + dy;
    out.push({ x1: g + dx, y1: y, x2: M - g + dx, y2: y }, { x1: W - M + g + dx, y1: y, x2: W - g + dx, y2: y });
  }
  return out;
}

/**
 * How far a long card may shrink: to 6 pt, but never below half the base size.
 * scale ∈ [0.5, 1]; fontPt in pt.
 */
export const minFitScale = (fontPt: number): number => Math.min(1, Math.max(0.5, 6 / fontPt));
