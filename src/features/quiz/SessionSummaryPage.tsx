/** The end of a practice or review session: score, time, breakdown by topic and type, and what next. */
import { Link, useLocation, useParams } from 'wouter';
import { useCatalog, useQuestionSource } from '@/components/question/source-context';
import { TYPE_SHORT } from '@/components/question/labels';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import type { CatalogEntry } from '@/content-model/schema';
import { GRADE_LABEL } from '@/study/engine/scheduler';
import { isRight } from '@/study/engine/stats';
import type { Attempt } from '@/study/schema';
import { loadInOrder } from '@/study/load-questions';
import { useStudy } from '@/study/store';
import { formatDuration } from '@/utils/format';
import { freshSeed } from '@/utils/random';
import './quiz.css';

interface Row {
  key: string;
  total: number;
  right: number;
}

function tally(attempts: readonly Attempt[], catalog: ReadonlyMap<string, CatalogEntry>, key: (e: CatalogEntry) => string): Row[] {
  const rows = new Map<string, Row>();
  for (const a of attempts) {
    const e = catalog.get(a.questionId);
    const k = e ? key(e) : 'Unknown';
    const r = rows.get(k) ?? { key: k, total: 0, right: 0 };
    r.total += 1;
    if (isRight(a)) r.right += 1;
    rows.set(k, r);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

function BreakdownTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <table className="breakdown">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption.replace('By ', '')}</th>
          <th scope="col">Right</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const pct = Math.round((100 * r.right) / r.total);
          return (
            <tr key={r.key}>
              <th scope="row">{r.key}</th>
              <td>
                {r.right} / {r.total}
              </td>
              <td>
                <span className="bar" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${pct}%` }} />
                </span>{' '}
                {pct}%
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export default function SessionSummaryPage() {
  const { sessionId = '' } = useParams<{ sessionId: string }>();
  const id = decodeURIComponent(sessionId);
  const summary = useStudy((s) => s.progress.history.find((h) => h.id === id));
  const allAttempts = useStudy((s) => s.progress.attempts);
  const source = useQuestionSource();
  const { catalog: catalogList } = useCatalog();
  const [, navigate] = useLocation();
  useDocumentTitle('Session summary');
  if (!summary) {
    return (
      <section className="panel">
        <h1>That session is not in your history</h1>
        <p>
          <Link href="/practice">Start a new one</Link>.
        </p>
      </section>
    );
  }
  const catalog = new Map(catalogList.map((e) => [e.id, e]));
  const attempts = allAttempts.filter((a) => a.sessionId === summary.id);
  const right = attempts.filter(isRight).length;
  const missed = attempts.filter((a) => !isRight(a)).map((a) => a.questionId);
  const skipped = summary.questionIds.length - attempts.length;

  const restart = async (ids: readonly string[], seed: number) => {
    const questions = await loadInOrder(source, ids, seed);
    useStudy.getState().startSession('practice', { mode: 'practice', questions, seed });
    navigate('/practice/session');
  };

  return (
    <>
      <h1>{summary.mode === 'review' ? 'Review' : 'Practice'} session complete</h1>
      <section className="panel score-panel" aria-label="Score">
        <p className="big-score">
          {right} / {attempts.length} <span className="muted">right</span>
        </p>
        <p className="muted">
          {attempts.length ? Math.round((100 * right) / attempts.length) : 0}% · {formatDuration(summary.finishedAt - summary.startedAt)}
          {skipped > 0 ? ` · ${skipped} skipped` : ''}
        </p>
        <div className="row">
          {missed.length > 0 && (
            <button type="button" className="btn primary" onClick={() => void restart(missed, freshSeed())}>
              Practise the {missed.length} I missed
            </button>
          )}
          <button type="button" className="btn" onClick={() => void restart(summary.questionIds, summary.seed)}>
            Replay this session (same order)
          </button>
          <Link href="/practice" className="btn ghost">
            New session
          </Link>
        </div>
      </section>
      {attempts.length > 0 && (
        <div className="two-col">
          <BreakdownTable caption="By topic" rows={tally(attempts, catalog, (e) => e.topic)} />
          <BreakdownTable caption="By type" rows={tally(attempts, catalog, (e) => (e.type === 'open' ? `Open (${e.kind ?? 'concept'})` : TYPE_SHORT[e.type]))} />
        </div>
      )}
      <h2>Questions</h2>
      <ol className="question-list">
        {attempts.map((a) => {
          const e = catalog.get(a.questionId);
          return (
            <li key={`${a.questionId}-${a.at}`} className={`card result-item ${isRight(a) ? 'right' : 'wrong'}`}>
              <span className="result-mark" aria-label={isRight(a) ? 'right' : 'missed'}>
                {isRight(a) ? '✓' : '✗'}
              </span>
              {e && e.bank !== 'parametric' ? <Link href={`/q/${a.questionId}`}>{e.preview}</Link> : <span>{e?.preview ?? a.questionId}</span>}
              <span className="muted small">
                {' '}
                · graded {GRADE_LABEL[a.grade]} · {formatDuration(a.durationMs)}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
