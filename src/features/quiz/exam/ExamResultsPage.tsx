/** After an exam: marks per question and in total, then a review of every question with its solution. */
import { Link } from 'wouter';
import { Solution } from '@/components/question/AnswerReveal';
import { ChoiceInput } from '@/components/question/ChoiceInput';
import { QuestionBadges } from '@/components/question/QuestionBadges';
import { TYPE_SHORT } from '@/components/question/labels';
import { Rich } from '@/components/ui/Rich';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { grade } from '@/study/engine/grade';
import { scoreExam } from '@/study/engine/session';
import type { Session } from '@/study/schema';
import { useStudy } from '@/study/store';
import { formatDuration } from '@/utils/format';
import { correctText, Verdict } from '../components/Verdict';
import { useSessionQuestions } from '../useSessionQuestions';
import '../quiz.css';

const marksText = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

function Results({ session }: { session: Session }) {
  const questions = useSessionQuestions(session);
  const score = scoreExam(session, questions);
  const exam = session.exam!;
  const counts = { correct: 0, wrong: 0, blank: 0 };
  for (const i of score.items) counts[i.status === 'correct' ? 'correct' : i.status === 'wrong' ? 'wrong' : 'blank'] += 1;
  const used = (exam.submittedAt ?? exam.startedAt) - exam.startedAt;
  return (
    <>
      <h1>Exam results</h1>
      <section className="panel score-panel" aria-label="Score">
        <p className="big-score">
          {marksText(score.total)} / {score.max} <span className="muted">marks</span>
        </p>
        <p className="muted">
          {score.max ? Math.round((100 * Math.max(0, score.total)) / score.max) : 0}% · {counts.correct} right, {counts.wrong} wrong, {counts.blank} unanswered · {formatDuration(used)} of{' '}
          {formatDuration(exam.durationMs)} · {exam.scheme.name} marking
        </p>
        <div className="row">
          <Link href="/exam" className="btn primary">
            New exam
          </Link>
          <a href="#review" className="btn">
            Review the answers
          </a>
        </div>
      </section>
      <table className="breakdown exam-marks">
        <caption>Marks per question</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Topic</th>
            <th scope="col">Type</th>
            <th scope="col">Your answer</th>
            <th scope="col">Correct</th>
            <th scope="col">Marks</th>
          </tr>
        </thead>
        <tbody>
          {session.items.map((it, i) => {
            const q = questions.get(it.questionId);
            const m = score.items.find((x) => x.questionId === it.questionId);
            if (!q) return null;
            const yours =
              it.answer?.type === 'choice'
                ? it.answer.keys.map((k) => String.fromCharCode(65 + it.optionOrder.indexOf(k))).sort().join(', ')
                : it.answer?.type === 'nat'
                  ? it.answer.raw
                  : '—';
            return (
              <tr key={it.questionId} className={m?.status === 'correct' ? 'right' : m?.status === 'wrong' ? 'wrong' : ''}>
                <th scope="row">
                  <a href={`#review-${i + 1}`}>{i + 1}</a>
                </th>
                <td>{q.topic}</td>
                <td>{TYPE_SHORT[q.type]}</td>
                <td>{yours}</td>
                <td>{correctText(q, it.optionOrder)}</td>
                <td>
                  {m ? marksText(m.marks) : '0'} / {m?.max ?? 0}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2 id="review">Review</h2>
      {session.items.map((it, i) => {
        const q = questions.get(it.questionId);
        if (!q) return null;
        const r = grade(q, it.answer);
        return (
          <article key={it.questionId} id={`review-${i + 1}`} className="panel quiz-item" aria-label={`Question ${i + 1}`}>
            <header className="quiz-item-header">
              <h3>
                Question {i + 1} <span className="muted small">· {q.label}</span>
              </h3>
              <QuestionBadges question={q} />
            </header>
            <Rich md={q.prompt} className="prompt" />
            {(q.type === 'mcq' || q.type === 'msq') && (
              <ChoiceInput question={q} order={it.optionOrder} selected={it.answer?.type === 'choice' ? it.answer.keys : []} locked reveal name={`review-${q.id}`} />
            )}
            {q.type === 'nat' && <p>Your answer: {it.answer?.type === 'nat' ? <code>{it.answer.raw}</code> : <em>none</em>}</p>}
            {r.status === 'blank' ? <p className="note">Not answered. The answer is {correctText(q, it.optionOrder)}.</p> : <Verdict result={r} question={q} order={it.optionOrder} />}
            <Solution question={q} />
          </article>
        );
      })}
    </>
  );
}

export default function ExamResultsPage() {
  const session = useStudy((s) => s.progress.active.exam);
  useDocumentTitle('Exam results');
  if (!session?.exam?.submittedAt) {
    return (
      <section className="panel">
        <h1>No submitted exam</h1>
        <Link href="/exam" className="btn primary">
          Take an exam
        </Link>
      </section>
    );
  }
  return <Results session={session} />;
}
