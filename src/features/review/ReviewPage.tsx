/** Spaced repetition: what is due today, a two-week forecast, and a session of the due questions. */
import { Suspense, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useCatalog, useQuestionSource } from '@/components/question/source-context';
import { DayBars } from '@/components/ui/charts/DayBars';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { forecast } from '@/study/engine/scheduler';
import { dueCounts, startOfDay } from '@/study/engine/stats';
import { loadInOrder } from '@/study/load-questions';
import { useStudy } from '@/study/store';
import { formatWeekday } from '@/utils/format';
import { freshSeed } from '@/utils/random';

const DAYS = 14;
const weekday = (ms: number, i: number) => (i === 0 ? 'today' : formatWeekday(ms));

function ReviewBody() {
  const source = useQuestionSource();
  const { catalog } = useCatalog();
  const cards = useStudy((s) => s.progress.cards);
  const [now] = useState(() => Date.now());
  const [, navigate] = useLocation();
  const [max, setMax] = useState(30);
  const [error, setError] = useState('');
  const known = new Set(catalog.map((e) => e.id));
  const tracked = Object.entries(cards).filter(([id]) => known.has(id));
  const due = tracked.filter(([, c]) => c.due <= now).sort((a, b) => a[1].due - b[1].due);
  const counts = dueCounts(Object.fromEntries(tracked), now);
  const today = startOfDay(now);
  const days = forecast(
    tracked.map(([, c]) => c),
    today,
    DAYS,
  ).map((value, i) => ({ label: weekday(today + i * 86_400_000 + 43_200_000, i), value }));
  const byId = new Map(catalog.map((e) => [e.id, e]));

  const start = async () => {
    setError('');
    const seed = freshSeed();
    const ids = due.slice(0, max).map(([id]) => id);
    try {
      const questions = await loadInOrder(source, ids, seed);
      useStudy.getState().startSession('practice', { mode: 'review', questions, seed });
      navigate('/practice/session');
    } catch (e) {
      setError(`The questions could not be loaded (${e instanceof Error ? e.message : 'unknown error'}).`);
    }
  };

  return (
    <>
      <section className="panel review-hero" aria-label="Due now">
        <dl className="stat-row">
          <div>
            <dt>Due now</dt>
            <dd>{counts.now}</dd>
          </div>
          <div>
            <dt>By tonight</dt>
            <dd>{counts.today}</dd>
          </div>
          <div>
            <dt>Next 7 days</dt>
            <dd>{counts.week}</dd>
          </div>
          <div>
            <dt>Cards learning</dt>
            <dd>{tracked.length}</dd>
          </div>
        </dl>
        {due.length > 0 ? (
          <div className="row">
            <button type="button" className="btn primary" onClick={() => void start()}>
              Review {Math.min(max, due.length)} due question{Math.min(max, due.length) === 1 ? '' : 's'}
            </button>
            {due.length > 10 && (
              <label className="check">
                at most{' '}
                <select value={max} onChange={(e) => setMax(Number(e.target.value))} aria-label="Questions per review session">
                  {[10, 20, 30, 50, 100].map((n) => (
                    <option key={n}>{n}</option>
                  ))}
                </select>
              </label>
            )}
          </div>
        ) : (
          <p>
            {tracked.length ? 'Nothing is due. ' : 'Nothing to review yet: questions join the review as you answer them. '}
            <Link href="/practice">Practise something new</Link>.
          </p>
        )}
        {error && (
          <p className="note note-invalid" role="alert">
            {error}
          </p>
        )}
      </section>
      <section aria-labelledby="forecast-h">
        <h2 id="forecast-h">Forecast</h2>
        <DayBars days={days} title="Reviews due per day" unit="reviews" />
      </section>
      {due.length > 0 && (
        <section aria-labelledby="due-h">
          <h2 id="due-h">Due now</h2>
          <ul className="question-list">
            {due.slice(0, 50).map(([id, c]) => {
              const e = byId.get(id);
              return (
                <li key={id} className="card">
                  {e && e.bank !== 'parametric' ? <Link href={`/q/${id}`}>{e.preview}</Link> : <span>{e?.preview ?? id}</span>}
                  <span className="muted small">
                    {' '}
                    · {e?.topic} · reviewed {c.reps} time{c.reps === 1 ? '' : 's'}, {c.lapses} lapse{c.lapses === 1 ? '' : 's'}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}

export default function ReviewPage() {
  useDocumentTitle('Review');
  return (
    <>
      <h1>Review</h1>
      <p className="lead">Questions come back just before you would forget them (FSRS). Answer, then grade how well you knew it.</p>
      <Suspense fallback={<p className="panel muted">Loading what is due…</p>}>
        <ReviewBody />
      </Suspense>
    </>
  );
}
