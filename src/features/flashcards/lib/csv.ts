/**
 * CSV export (RFC 4180): a header row, then one row per question; CRLF line ends; a field is quoted
 * when it holds a comma, a double quote, CR or LF, and quotes inside are doubled.
 *
 * Text stays Markdown (math as `$…$`), as written in the bank. Columns:
 *   id, bank, type, topic, difficulty,
 *   question    the prompt,
 *   options     "A) text" per line (choice questions),
 *   answer      "B" / "A, C" / the NAT answer as written / the open question's model answer,
 *   explanation each option's explanation ("A) ✗ …"), then the explanation or worked solution,
 *               then the key points of an open question, separated by blank lines,
 *   tags        comma-separated.
 *
 * Spreadsheets run a cell that starts with =, +, -, @ as a formula ("CSV injection"), so such a
 * cell gets a leading apostrophe, the usual neutraliser — unless it is a plain number, with at most
 * a unit after it ("-3", "-3 dB", "+0.5%"), which cannot call anything.
 */
import { answerText } from './answer-text';
import type { ExportItem } from './export-item';

export const CSV_COLUMNS = ['id', 'bank', 'type', 'topic', 'difficulty', 'question', 'options', 'answer', 'explanation', 'tags'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d[\d,]*)?\.?\d+(e[-+]?\d+)?( ?[A-Za-z%µ°]+)?$/i;

/** One field, quoted only when it must be. */
export function csvField(value: string): string {
  const v = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function explanationText(item: ExportItem): string {
  const q = item.question;
  const parts: string[] = [];
  if (q.type === 'mcq' || q.type === 'msq') {
    const notes = q.options.filter((o) => o.explanation).map((o) => `${o.key}) ${q.answer.includes(o.key) ? '✓' : '✗'} ${o.explanation}`);
    if (notes.length) parts.push(notes.join('\n'));
  }
  if (q.explanation) parts.push(q.explanation);
  if (q.type === 'open' && q.keyPoints.length) parts.push(`Key points:\n${q.keyPoints.map((k) => `- ${k}`).join('\n')}`);
  return parts.join('\n\n');
}

export function csvRow(item: ExportItem): string[] {
  const q = item.question;
  const options = q.type === 'mcq' || q.type === 'msq' ? q.options.map((o) => `${o.key}) ${o.text}`).join('\n') : '';
  const answer = q.type === 'open' ? q.modelAnswer : answerText(q);
  return [q.id, item.bank, q.type, q.topic, q.difficulty, q.prompt, options, answer, explanationText(item), q.tags.join(', ')];
}

export function toCsv(items: readonly ExportItem[]): string {
  return [[...CSV_COLUMNS], ...items.map(csvRow)].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
