/** Setting up a timed mock exam (or resuming the one in progress). */
import { Suspense, useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useCatalog, useQuestionSource } from '@/components/question/source-context';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { GATE, MARKING_SCHEMES } from '@/study/engine/marking';
import { defaultSelection, dueIds, lastWrongIds } from '@/study/engine/select';
import { examRemainingMs } from '@/study/engine/session';
import type { MarkingScheme, Selection } from '@/study/schema';
import { loadSelection } from '@/study/load-questions';
import { useStudy } from '@/study/store';
import { formatDuration } from '@/utils/format';
import { freshSeed } from '@/utils/random';
import { FormSkeleton, SelectionForm } from '@/components/question/SelectionForm';
import { useNow } from '../useNow';
import '../quiz.css';

const OBJECTIVE = ['mcq', 'msq', 'nat'] as const;

function SchemeEditor({ value, onChange }: { value: MarkingScheme; onChange: (s: MarkingScheme) => void }) {
  const id = useId();
  const num = (label: string, v: number, set: (n: number) => void) => (
    <label className="scheme-field">
      {label}
      <input type="number" step="any" value={Number(v.toFixed(4))} onChange={(e) => Number.isFinite(Number(e.target.value)) && set(Number(e.target.value))} />
    </label>
  );
  return (
    <fieldset className="chip-group scheme">
      <legend>Marking</legend>
      <label htmlFor={id}>Scheme</label>{' '}
      <select
        id={id}
        value={MARKING_SCHEMES.find((m) => m.name === value.name) ? value.name : 'Custom'}
        onChange={(e) => onChange(MARKING_SCHEMES.find((m) => m.name === e.target.value) ?? { ...value, name: 'Custom' })}
      >
        {MARKING_SCHEMES.map((m) => (
          <option key={m.name}>{m.name}</option>
        ))}
        <option>Custom</option>
      </select>
      <div className="scheme-grid">
        {num('MCQ right', value.mcq.correct, (n) => onChange({ ...value, name: 'Custom', mcq: { ...value.mcq, correct: n } }))}
        {num('MCQ wrong', value.mcq.wrong, (n) => onChange({ ...value, name: 'Custom', mcq: { ...value.mcq, wrong: n } }))}
        {num('MSQ right', value.msq.correct, (n) => onChange({ ...value, name: 'Custom', msq: { ...value.msq, correct: n } }))}
        {num('MSQ wrong', value.msq.wrong, (n) => onChange({ ...value, name: 'Custom', msq: { ...value.msq, wrong: n } }))}
        {num('NAT right', value.nat.correct, (n) => onChange({ ...value, name: 'Custom', nat: { ...value.nat, correct: n } }))}
        {num('NAT wrong', value.nat.wrong, (n) => onChange({ ...value, name: 'Custom', nat: { ...value.nat, wrong: n } }))}
      </div>
      <label className="check">
        <input type="checkbox" checked={value.msq.partial} onChange={(e) => onChange({ ...value, name: 'Custom', msq: { ...value.msq, partial: e.target.checked } })} /> Partial credit for
        MSQ when no wrong option is chosen
      </label>
    </fieldset>
  );
}

function InProgress() {
  const exam = useStudy((s) => s.progress.active.exam);
  const now = useNow(1000);
  if (!exam) return null;
  if (exam.exam?.submittedAt !== undefined) {
    return (
      <section className="panel resume">
        <p>Your last exam was submitted.</p>
        <Link href="/exam/results" className="btn primary">
          See its results
        </Link>
      </section>
    );
  }
  const answered = exam.items.filter((i) => i.answer).length;
  return (
    <section className="panel resume" aria-label="Exam in progress">
      <p>
        <strong>Exam in progress</strong> — {answered} of {exam.items.length} answered, {formatDuration(examRemainingMs(exam, now))} left.
      </p>
      <Link href="/exam/run" className="btn primary">
        Resume the exam
      </Link>
    </section>
  );
}

function ExamForm() {
  const source = useQuestionSource();
  const { catalog, banks } = useCatalog({ afterPaint: true });
  const [, navigate] = useLocation();
  const [selection, setSelection] = useState<Selection>(() => ({ ...defaultSelection(), count: 20 }));
  const [minutes, setMinutes] = useState(30);
  const [scheme, setScheme] = useState<MarkingScheme>(GATE);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const attempts = useStudy((s) => s.progress.attempts);
  const cards = useStudy((s) => s.progress.cards);
  const running = useStudy((s) => s.progress.active.exam && s.progress.active.exam.exam?.submittedAt === undefined);
  const now = useNow(60_000);
  const context = useMemo(() => ({ wrong: lastWrongIds(attempts), due: dueIds(cards, now) }), [attempts, cards, now]);
  const minutesId = useId();

  const start = async () => {
    setBusy(true);
    setError('');
    try {
      const seed = freshSeed();
      const sel = { ...selection, types: selection.types.length ? selection.types : [...OBJECTIVE] };
      const questions = await loadSelection(source, catalog, sel, context, seed);
      if (!questions.length) {
        setError('No question matches these choices.');
        return;
      }
      useStudy.getState().startSession('exam', { mode: 'exam', questions, seed, selection: sel, exam: { durationMs: minutes * 60_000, scheme } });
      navigate('/exam/run');
    } catch (e) {
      setError(`The questions could not be loaded (${e instanceof Error ? e.message : 'unknown error'}).`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className="panel"
        aria-label="Set up an exam"
        onSubmit={(e) => {
          e.preventDefault();
          if (running && !window.confirm('Starting a new exam ends the one in progress. Continue?')) return;
          void start();
        }}
      >
        <SelectionForm catalog={catalog} banks={banks} value={selection} onChange={setSelection} context={context} types={OBJECTIVE} />
        <div className="row count-row">
          <label htmlFor={minutesId}>Time (minutes)</label>
          <input id={minutesId} type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(Math.min(600, Math.max(1, Math.round(Number(e.target.value)) || 1)))} />
        </div>
        <SchemeEditor value={scheme} onChange={setScheme} />
        {error && (
          <p className="note note-invalid" role="alert">
            {error}
          </p>
        )}
        <div className="row actions">
          <button type="submit" className="btn primary" disabled={busy}>
            {busy ? 'Loading…' : 'Start the exam'}
          </button>
        </div>
      </form>
    </>
  );
}

export default function ExamPage() {
  useDocumentTitle('Exam');
  return (
    <>
      <h1>Mock exam</h1>
      <p className="lead">Timed, with a question palette and marks at the end. GATE-style marking by default: a wrong MCQ costs ⅓ mark; MSQ and NAT carry no negative marks.</p>
      <InProgress />
      <Suspense fallback={<FormSkeleton label="Loading the question catalog…" />}>
        <ExamForm />
      </Suspense>
    </>
  );
}
