// CSV export (RFC 4180) on real parsed questions: exact header, quoting of commas, quotes and
// newlines, CRLF rows, and a round trip through an independent RFC 4180 reader.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvRow, toCsv } from '@/features/flashcards/lib/csv';
import { exportQuestions } from './export-bank';

const items = exportQuestions.map((question) => ({ question, bank: 'export-bank' }));
const csv = toCsv(items);

/** A small RFC 4180 reader, written from the RFC, to check the writer against. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else {
        if (c === '"') quoted = false;
        else field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '"' || c === '\n' || c === '\r') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}

describe('CSV export', () => {
  it('has exactly the documented header row', () => {
    expect(csv.split('\r\n')[0]).toBe('id,bank,type,topic,difficulty,question,options,answer,explanation,tags');
    expect(CSV_COLUMNS).toHaveLength(10);
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes, and leaves others bare', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
    expect(csv).toContain('x-arena,export-bank,mcq,"Edge AI, deployment",easy,"Where does the ""tensor arena"" live, and why?\nIt is rewritten for every layer.",');
  });

  it('ends every row with CRLF and reads back to the same fields', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows).toHaveLength(exportQuestions.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    // Fields come back exactly, except a formula-like cell, which gains its apostrophe.
    for (const item of items) {
      expect(byId.get(item.question.id)).toEqual(csvRow(item).map((v) => (/^[=+@]/.test(v) ? `'${v}` : v)));
    }
  });

  it('fills the columns from the question: options lettered, answers by type, explanations and key points', () => {
    const rows = new Map(readCsv(csv).slice(1).map((r) => [r[0], r]));
    const col = (id: string, name: (typeof CSV_COLUMNS)[number]) => rows.get(id)![CSV_COLUMNS.indexOf(name)];
    expect(col('x-arena', 'options')).toBe('A) Flash, because it is large\nB) SRAM');
    expect(col('x-arena', 'answer')).toBe('B');
    expect(col('x-macs', 'answer')).toBe('A, C');
    expect(col('x-latency', 'answer')).toBe('4000 ms');
    expect(col('x-clamp', 'answer')).toContain('int8_t clamp(int v) {\n\treturn');
    expect(col('x-arena', 'explanation')).toBe(
      'A) ✗ Flash holds weights; writing it per layer is slow, and it wears out.\nB) ✓ Right: activations change every layer, so they need "fast" RAM.\n\nWeights in flash, activations in SRAM.',
    );
    expect(col('x-clamp', 'explanation')).toBe('Key points:\n- Saturate, do not wrap\n- Range is $[-128, 127]$');
    expect(col('x-arena', 'tags')).toBe('tensor arena, sram');
    expect(col('x-latency', 'type')).toBe('nat');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not plain numbers', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(csvField('-3 dB')).toBe('-3 dB');
    expect(csvField('-0.5')).toBe('-0.5');
    expect(csv).toContain(',-3 dB,');
  });
});
