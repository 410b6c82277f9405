// Print geometry: sheets alternate front/back, backs are mirrored per row for long-edge duplex,
// the calibration offset moves only the backs, cut marks line up with the grid, URL round trip.
import { describe, expect, it } from 'vitest';
import {
  cutMarks,
  defaultLayout,
  gridOf,
  layoutFromQuery,
  layoutToQuery,
  MARGIN_MM,
  minFitScale,
  PAPERS,
  planSheets,
  type PrintLayout,
} from '@/features/flashcards/lib/print-layout';

const layout = (over: Partial<PrintLayout> = {}): PrintLayout => ({ ...defaultLayout(), ...over });

describe('planSheets', () => {
  it('takes 2·⌈n / perPage⌉ sides, fronts and backs alternating', () => {
    for (const perPage of [4, 6, 8, 10] as const) {
      for (const n of [0, 1, perPage, perPage + 1, 40, 500]) {
        const sheets = planSheets(n, layout({ perPage }));
        expect(sheets).toHaveLength(2 * Math.ceil(n / perPage));
        sheets.forEach((s, i) => expect(s.side).toBe(i % 2 === 0 ? 'front' : 'back'));
        // Every card appears once on a front and once on the back of the same paper.
        const fronts = sheets.filter((s) => s.side === 'front').flatMap((s) => s.cells.map((c) => c.card));
        const backs = sheets.filter((s) => s.side === 'back').flatMap((s) => s.cells.map((c) => c.card));
        expect(fronts).toEqual([...Array(n).keys()]);
        expect(backs).toEqual(fronts);
      }
    }
  });

  it('puts 8 A4 cards in a 2 × 4 grid inside 10 mm margins', () => {
    const [front] = planSheets(8, layout({ perPage: 8, paper: 'a4' }));
    expect(front!.cells.map((c) => [c.x, c.y])).toEqual([
      [10, 10],
      [105, 10],
      [10, 79.25],
      [105, 79.25],
      [10, 148.5],
      [105, 148.5],
      [10, 217.75],
      [105, 217.75],
    ]);
    expect(front!.cells[0]).toMatchObject({ w: 95, h: 69.25 });
  });

  it('mirrors each back into the other column of the same row, so long-edge flipping lines them up', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const W = PAPERS[paper].width;
      const [front, back] = planSheets(6, layout({ perPage: 6, paper }));
      for (const f of front!.cells) {
        const b = back!.cells.find((c) => c.card === f.card)!;
        // Turning the paper about its vertical axis maps x to W − x: the back's right edge is the front's left edge.
        expect(W - (b.x + b.w)).toBeCloseTo(f.x, 9);
        expect(b.y).toBe(f.y);
      }
      // Card 0 (top-left on the front) is top-right on the back.
      expect(back!.cells[0]!.x).toBeCloseTo(W / 2, 9);
    }
  });

  it('mirrors a lone card on the last sheet too', () => {
    const sheets = planSheets(5, layout({ perPage: 4 }));
    const lastBack = sheets.at(-1)!;
    expect(lastBack.cells).toEqual([{ card: 4, x: 105, y: 10, w: 95, h: 138.5 }]);
  });

  it('moves only the backs by the calibration offset', () => {
    const plain = planSheets(4, layout({ perPage: 4 }));
    const shifted = planSheets(4, layout({ perPage: 4, offsetX: 1.5, offsetY: -2 }));
    expect(shifted[0]).toEqual(plain[0]);
    shifted[1]!.cells.forEach((c, i) => {
      expect(c.x - plain[1]!.cells[i]!.x).toBeCloseTo(1.5, 9);
      expect(c.y - plain[1]!.cells[i]!.y).toBeCloseTo(-2, 9);
    });
  });
});

describe('cut marks', () => {
  it('sit in the margins on every column and row edge, and follow the offset on the back', () => {
    const l = layout({ perPage: 10, paper: 'letter', offsetX: 1, offsetY: 2 });
    const { cols, rows, cardW, cardH } = gridOf(l);
    const { width: W, height: H } = PAPERS.letter;
    const front = cutMarks(l, 'front');
    expect(front).toHaveLength(2 * (cols + 1) + 2 * (rows + 1));
    const vertical = front.filter((s) => s.x1 === s.x2);
    expect([...new Set(vertical.map((s) => s.x1))]).toEqual([MARGIN_MM, MARGIN_MM + cardW, MARGIN_MM + 2 * cardW]);
    const horizontal = front.filter((s) => s.y1 === s.y2);
    expect([...new Set(horizontal.map((s) => s.y1))].map((y) => Number(y.toFixed(6)))).toEqual([...Array(rows + 1).keys()].map((r) => Number((MARGIN_MM + r * cardH).toFixed(6))));
    // Marks never enter the card area and stay on the paper.
    for (const s of front) {
      const inside = (x: number, y: number) => x > MARGIN_MM && x < W - MARGIN_MM && y > MARGIN_MM && y < H - MARGIN_MM;
      expect(inside(s.x1, s.y1) || inside(s.x2, s.y2)).toBe(false);
      for (const v of [s.x1, s.x2]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(W);
      }
    }
    const back = cutMarks(l, 'back');
    back.forEach((s, i) => {
      expect(s.x1 - front[i]!.x1).toBeCloseTo(1, 9);
      expect(s.y1 - front[i]!.y1).toBeCloseTo(2, 9);
    });
  });
});

describe('layout in the URL', () => {
  it('round-trips every field and keeps defaults out of the link', () => {
    const l = layout({ paper: 'letter', perPage: 10, cutMarks: false, fontPt: 12, offsetX: -1.5, offsetY: 0.5 });
    const q = layoutToQuery(l).toString();
    expect(q).toBe('paper=letter&per=10&marks=0&font=12&dx=-1.5&dy=0.5');
    expect(layoutFromQuery(q)).toEqual(l);
    expect(layoutToQuery(defaultLayout()).toString()).toBe('');
    expect(layoutFromQuery('')).toEqual(defaultLayout());
  });

  it('falls back field by field on bad values, never throwing', () => {
    expect(layoutFromQuery('per=7&paper=a3&font=abc&dx=99&dy=-2&marks=0')).toEqual({ ...defaultLayout(), offsetY: -2, cutMarks: false });
  });

  it('keeps other parameters when writing into existing ones', () => {
    const p = new URLSearchParams('bank=x&per=4');
    expect(layoutToQuery(defaultLayout(), p).toString()).toBe('bank=x');
  });
});

describe('minFitScale', () => {
  it('lets text shrink to 6 pt but never below half size', () => {
    expect(minFitScale(10)).toBeCloseTo(0.6);
    expect(minFitScale(8)).toBeCloseTo(0.75);
    expect(minFitScale(14)).toBe(0.5);
    expect(minFitScale(6)).toBe(1);
  });
});
