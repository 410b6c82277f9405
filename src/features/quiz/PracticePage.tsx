/** Building a practice session: pick what to study, then start. A session in progress can be resumed. */
import { Suspense, useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useCatalog, useQuestionSource } from '@/components/question/source-context';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { QUESTION_TYPES } from '@/content-model/vocab';
import { defaultSelection, dueIds, lastWrongIds } from '@/study/engine/select';
import { selectionFromQuery } from '@/study/selection-query';
import { loadSelection } from '@/study/load-questions';
import { useStudy } from '@/study/store';
import { freshSeed } from '@/utils/random';
import { FormSkeleton, SelectionForm } from '@/components/question/SelectionForm';
import { useNow } from './useNow';
import './quiz.css';

function ResumeCard() {
  const active = useStudy((s) => s.progress.active.practice);
  if (!active) return null;
  const done = active.items.filter((i) => i.checked).length;
  return (
    <section className="panel resume" aria-label="Session in progress">
      <p>
        <strong>{active.mode === 'review' ? 'Review' : 'Practice'} session in progress</strong> — {done} of {active.items.length} answered.
      </p>
      <div className="row">
        <Link href="/practice/session" className="btn primary">
          Resume
        </Link>
        <button type="button" className="btn ghost" onClick={() => useStudy.getState().abandon('practice')}>
          Discard it (answers so far are kept)
        </button>
      </div>
    </section>
  );
}

/** The builder suspends on the catalog; the page around it paints at once. */
function PracticeForm() {
  const source = useQuestionSource();
  const { catalog, banks } = useCatalog({ afterPaint: true });
  const search = useSearch();
  const [, navigate] = useLocation();
  // `?bank=a&topic=b&type=nat&count=20` pre-fills the form (links from home, banks and stats).
  const [selection, setSelection] = useState(() => selectionFromQuery(search, defaultSelection()).selection);
  const [shuffleOptions, setShuffleOptions] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const attempts = useStudy((s) => s.progress.attempts);
  const cards = useStudy((s) => s.progress.cards);
  const now = useNow(60_000);
  const context = useMemo(() => ({ wrong: lastWrongIds(attempts), due: dueIds(cards, now) }), [attempts, cards, now]);

  const start = async () => {
    setBusy(true);
    setError('');
    try {
      const seed = freshSeed();
      const questions = await loadSelection(source, catalog, selection, context, seed);
      if (!questions.length) {
        setError('No question matches these choices. Remove a filter or two.');
        return;
      }
      useStudy.getState().startSession('practice', { mode: 'practice', questions, seed, selection, shuffleOptions });
      navigate('/practice/session');
    } catch (e) {
      setError(`The questions could not be loaded (${e instanceof Error ? e.message : 'unknown error'}). Check the connection and try again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className="panel"
        aria-label="Build a session"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <SelectionForm catalog={catalog} banks={banks} value={selection} onChange={setSelection} context={context} types={QUESTION_TYPES} />
        <label className="check">
          <input type="checkbox" checked={shuffleOptions} onChange={(e) => setShuffleOptions(e.target.checked)} /> Shuffle the options
        </label>
        {error && (
          <p className="note note-invalid" role="alert">
            {error}
          </p>
        )}
        <div className="row actions">
          <button type="submit" className="btn primary" disabled={busy}>
            {busy ? 'Loading…' : 'Start practising'}
          </button>
          <button type="button" className="btn ghost" onClick={() => setSelection(defaultSelection())}>
            Clear choices
          </button>
        </div>
      </form>
    </>
  );
}

export default function PracticePage() {
  useDocumentTitle('Practice');
  return (
    <>
      <h1>Practice</h1>
      <p className="lead">Self-paced: every answer is checked at once, with why each option is right or wrong and the worked solution.</p>
      <ResumeCard />
      <Suspense fallback={<FormSkeleton label="Loading the question catalog…" />}>
        <PracticeForm />
      </Suspense>
    </>
  );
}
