/**
 * "My banks": import your own Markdown banks (file picker or drop), see every problem with its line,
 * keep the valid questions, and remove banks later. Imported banks join practice, exams, review,
 * flashcards and search; progress on them is kept like any other.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { TYPE_SHORT } from '@/components/question/labels';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { hasErrors } from '@/content-model/issue';
import { prepareImport, type PreparedImport } from '@/content-model/imported-bank';
import { useLibrary } from '@/content-model/library';
import { parseBankAsync } from '@/content-model/parse-async';
import type { ParseStage } from '@/content-model/parse-bank';
import { QUESTION_TYPES } from '@/content-model/vocab';
import { formatNumber, plural } from '@/utils/format';
import { IssueList } from './IssueList';
import './library.css';

const MAX_BYTES = 20 * 1024 * 1024;

type Pending =
  | { key: string; file: string; state: 'parsing'; done: number; total: number; stage: ParseStage }
  | { key: string; file: string; state: 'ready'; prepared: PreparedImport }
  | { key: string; file: string; state: 'failed'; message: string };

function counts(qs: readonly { type: (typeof QUESTION_TYPES)[number] }[]): string {
  return QUESTION_TYPES.map((t) => [t, qs.filter((q) => q.type === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${formatNumber(n)} ${TYPE_SHORT[t]}`)
    .join(' · ');
}

function PendingCard({ p, onAdd, onDiscard }: { p: Pending; onAdd: () => void; onDiscard: () => void }) {
  if (p.state === 'parsing') {
    const share = p.total ? p.done / p.total : 0;
    // Reading the Markdown takes about four fifths of the time, checking the questions the rest.
    const pct = Math.round(100 * (p.stage === 'sections' ? 0.8 * share : 0.8 + 0.2 * share));
    return (
      <li className="card pending">
        <p>
          Reading <strong>{p.file}</strong>…{' '}
          {p.total ? `${p.stage === 'sections' ? 'sections' : 'questions checked'}: ${formatNumber(p.done)} of ${formatNumber(p.total)}` : ''}
        </p>
        <div className="progress-track" role="progressbar" aria-label={`Reading ${p.file}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
          <div className="progress-fill" style={{ width: `${pct}%` }} />
        </div>
      </li>
    );
  }
  if (p.state === 'failed') {
    return (
      <li className="card pending failed" role="alert">
        <p>
          <strong>{p.file}</strong> could not be imported: {p.message}
        </p>
        <button type="button" className="btn ghost" onClick={onDiscard}>
          Dismiss
        </button>
      </li>
    );
  }
  const { imported, renamed, replaces } = p.prepared;
  const n = imported.bank.questions.length;
  const errors = imported.issues.filter((i) => i.severity === 'error').length;
  const warnings = imported.issues.length - errors;
  return (
    <li className="card pending" aria-label={`Import of ${p.file}`}>
      <h3>{imported.bank.title}</h3>
      <p className="muted">
        {p.file} · {plural(n, 'valid question')}
        {n ? ` (${counts(imported.bank.questions)})` : ''}
      </p>
      {imported.issues.length > 0 && (
        <div className={errors ? 'note note-invalid' : 'note'} role={errors ? 'alert' : 'status'}>
          {errors ? `${plural(errors, 'problem')} left ${errors === 1 ? 'a question' : 'questions'} out` : ''}
          {errors && warnings ? '; ' : ''}
          {warnings ? plural(warnings, 'warning') : ''}. Fix them in the file and import it again to include them.
        </div>
      )}
      {imported.issues.length > 0 && <IssueList issues={imported.issues} />}
      {replaces && <p className="muted small">This replaces your earlier import of the same bank. Progress on its questions is kept.</p>}
      {renamed > 0 && <p className="muted small">{plural(renamed, 'question')} shared an id with another of your banks and got a longer one.</p>}
      <div className="row actions">
        {n > 0 && (
          <button type="button" className="btn primary" onClick={onAdd}>
            {errors ? `Import the ${plural(n, 'valid question')}` : `Add ${plural(n, 'question')}`}
          </button>
        )}
        <button type="button" className="btn ghost" onClick={onDiscard}>
          {n ? 'Cancel' : 'Dismiss'}
        </button>
      </div>
    </li>
  );
}

export default function LibraryPage() {
  useDocumentTitle('My banks');
  const status = useLibrary((s) => s.status);
  const banks = useLibrary((s) => s.banks);
  const unreadable = useLibrary((s) => s.unreadable);
  const [pending, setPending] = useState<Pending[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const counter = useRef(0);

  useEffect(() => {
    void useLibrary.getState().load();
  }, []);

  const update = (key: string, next: Pending | null) => setPending((ps) => (next ? ps.map((p) => (p.key === key ? next : p)) : ps.filter((p) => p.key !== key)));

  const importFiles = async (files: readonly File[]) => {
    await useLibrary.getState().load();
    for (const f of files) {
      const key = `${f.name}-${(counter.current += 1)}`;
      if (f.size > MAX_BYTES) {
        setPending((ps) => [...ps, { key, file: f.name, state: 'failed', message: `it is ${Math.round(f.size / 1048576)} MB; banks up to 20 MB are supported` }]);
        continue;
      }
      setPending((ps) => [...ps, { key, file: f.name, state: 'parsing', done: 0, total: 0, stage: 'sections' }]);
      try {
        const text = await f.text();
        const result = await parseBankAsync(text, f.name, (done, total, stage) => update(key, { key, file: f.name, state: 'parsing', done, total, stage }));
        const prepared = prepareImport(result, f.name, f.size, Date.now(), useLibrary.getState().banks);
        update(key, { key, file: f.name, state: 'ready', prepared });
      } catch (e) {
        update(key, { key, file: f.name, state: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    }
  };

  // Dropping a file anywhere on this page imports it.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDragging(false);
      void importFiles([...e.dataTransfer.files]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- importFiles only reads stores
  }, []);

  return (
    <>
      <h1>My banks</h1>
      <p className="lead">
        Bring your own questions: Markdown files in the exam style (<code>## MCQ</code>, <code>### Q1.</code>, <code>- A) …</code>, <code>**Answer:** B</code>) or the Q&amp;A style. They
        are checked like the bundled banks, stay in this browser, and join practice, exams, review, flashcards and search.
      </p>
      <section className={`drop-zone${dragging ? ' dragging' : ''}`} aria-label="Import banks">
        <p>
          <strong>Drop .md files here</strong> or
        </p>
        <button type="button" className="btn primary" onClick={() => inputRef.current?.click()}>
          Choose files…
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          multiple
          className="sr-only"
          aria-label="Choose Markdown bank files to import"
          onChange={(e) => {
            void importFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <p className="muted small">
          See <Link href="/help/bank-format">how to write a bank</Link>. A broken question is reported with its line, and the others can still
          be imported.
        </p>
      </section>
      {pending.length > 0 && (
        <ul className="pending-list" aria-label="Files being imported">
          {pending.map((p) => (
            <PendingCard
              key={p.key}
              p={p}
              onDiscard={() => update(p.key, null)}
              onAdd={() => {
                if (p.state !== 'ready') return;
                void useLibrary
                  .getState()
                  .add(p.prepared.imported)
                  .then(() => update(p.key, null));
              }}
            />
          ))}
        </ul>
      )}
      {status === 'unavailable' && (
        <p className="note note-invalid" role="alert">
          This browser does not allow TinyPrep to store banks (IndexedDB is unavailable). Imported banks work until the tab closes.
        </p>
      )}
      {unreadable.length > 0 && (
        <p className="note" role="status">
          {plural(unreadable.length, 'stored bank')} could not be read and {unreadable.length === 1 ? 'is' : 'are'} hidden (left in storage untouched).
        </p>
      )}
      <section aria-labelledby="mine-h">
        <h2 id="mine-h">Imported</h2>
        {banks.length === 0 ? (
          <p className="muted">{status === 'loading' ? 'Loading…' : 'Nothing imported yet.'}</p>
        ) : (
          <ul className="card-grid">
            {banks.map((b) => (
              <li key={b.bank.id} className="card bank-card">
                <article aria-label={b.bank.title}>
                  <h3>
                    <Link href={`/bank/${b.bank.id}`}>{b.bank.title}</Link>
                  </h3>
                  <p className="muted small">
                    {b.fileName} · imported {new Date(b.importedAt).toLocaleDateString()}
                  </p>
                  <p className="bank-total">{plural(b.bank.questions.length, 'question')}</p>
                  <p className="muted small">{counts(b.bank.questions)}</p>
                  {hasErrors(b.issues) && (
                    <details>
                      <summary>{plural(b.issues.filter((i) => i.severity === 'error').length, 'question')} left out at import</summary>
                      <IssueList issues={b.issues} limit={5} />
                    </details>
                  )}
                  <div className="row">
                    <Link href={`/practice?bank=${encodeURIComponent(b.bank.id)}`} className="btn">
                      Practise
                    </Link>
                    <button
                      type="button"
                      className="btn ghost"
                      onClick={() => {
                        if (window.confirm(`Remove "${b.bank.title}"? Your progress on its questions is kept and comes back if you import it again.`)) void useLibrary.getState().remove(b.bank.id);
                      }}
                    >
                      Remove
                    </button>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
