/**
 * Export a selection: Anki plain text, CSV or JSON in the content model, downloaded as a file.
 * Either the selection's cards (its count, in its shuffled order) or every matching question.
 */
import { useId, useState } from 'react';
import { useQuestionSource } from '@/components/question/source-context';
import type { CatalogEntry } from '@/content-model/schema';
import { matches, selectQuestions, type SelectionContext } from '@/study/engine/select';
import type { Selection } from '@/study/schema';
import { loadDeck } from '../hooks/useDeck';
import type { ExportFormat } from '../lib/export-formats';
import { downloadText } from './download';

const FORMATS: readonly { value: ExportFormat; label: string; note: string }[] = [
  { value: 'anki', label: 'Anki (text file)', note: 'In Anki: File → Import, then pick the Basic note type. Math shows with MathJax.' },
  { value: 'csv', label: 'CSV (spreadsheet)', note: 'One row per question; text stays Markdown.' },
  { value: 'json', label: 'JSON (TinyPrep content model)', note: 'Full questions, as the app stores them; validates with the bank schema.' },
];

interface Props {
  catalog: readonly CatalogEntry[];
  selection: Selection;
  context: SelectionContext;
  seed: number;
}

export function ExportPanel({ catalog, selection, context, seed }: Props) {
  const source = useQuestionSource();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('anki');
  const [everything, setEverything] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const matching = catalog.filter((e) => matches(e, selection, context)).length;
  const chosen = everything ? matching : Math.min(matching, selection.count);

  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const ids = selectQuestions(catalog, everything ? { ...selection, count: catalog.length } : selection, context, seed);
      if (!ids.length) {
        setStatus({ ok: false, text: 'No question matches these choices, so there is nothing to export. Remove a filter or two.' });
        return;
      }
      const [{ exportFile }, questions] = await Promise.all([import('../lib/export-formats'), loadDeck(source, ids, seed)]);
      const bankOf = new Map(catalog.map((e) => [e.id, e.bank]));
      const items = questions.map((question) => ({ question, bank: bankOf.get(question.id) ?? 'unknown' }));
      const file = exportFile(format, items, new Date().toISOString().slice(0, 10));
      downloadText(file.name, file.text, file.type);
      setStatus({ ok: true, text: `Saved ${items.length} card${items.length === 1 ? '' : 's'} as ${file.name}.` });
    } catch (e) {
      setStatus({ ok: false, text: `The export failed (${e instanceof Error ? e.message : 'unknown error'}). Check the connection and try again.` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel fc-export" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Export</h2>
      <fieldset className="fc-formats">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value} className="fc-format">
            <input type="radio" name={`${id}-format`} value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
            <span>
              <strong>{f.label}</strong>
              <span className="muted small"> — {f.note}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={everything} onChange={(e) => setEverything(e.target.checked)} /> Every matching question ({matching}), not just the count
      </label>
      <div className="row actions">
        <button type="button" className="btn primary" onClick={() => void run()} disabled={busy || chosen === 0}>
          {busy ? 'Preparing…' : `Download ${chosen} card${chosen === 1 ? '' : 's'}`}
        </button>
      </div>
      <p role="status" className={status ? (status.ok ? 'note' : 'note note-invalid') : 'sr-only'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
