/**
 * The export formats offered for download: file extension, MIME type and the pure function that
 * writes the file. Loaded on demand by the export panel (it brings the Markdown parser for Anki).
 */
import { toAnkiText } from './anki';
import { toContentJson } from './content-json';
import { toCsv } from './csv';
import type { ExportItem } from './export-item';

export type ExportFormat = 'anki' | 'csv' | 'json';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** `date` is "YYYY-MM-DD", used in the file name. */
export function exportFile(format: ExportFormat, items: readonly ExportItem[], date: string): ExportFile {
  const base = `tinyprep-flashcards-${date}`;
  if (format === 'anki') return { name: `${base}-anki.txt`, type: 'text/plain;charset=utf-8', text: toAnkiText(items) };
  // A byte-order mark makes spreadsheet programs read the file as UTF-8 (✓, ×, Greek letters).
  if (format === 'csv') return { name: `${base}.csv`, type: 'text/csv;charset=utf-8', text: `\uFEFF${toCsv(items)}` };
  return { name: `${base}.json`, type: 'application/json', text: toContentJson(items.map((i) => i.question)) };
}
