/**
 * Taking an exam: a countdown on the wall clock (it keeps running across reloads and closed tabs),
 * a palette of answered / unanswered / flagged questions, free movement, one submission at the end.
 * Keys: 1–9 / A–E choose, ← → move, F flags.
 */
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { ChoiceInput } from '@/components/question/ChoiceInput';
import { choiceKeys, toggleChoice } from '@/components/question/choice-keys';
import { NatInput } from '@/components/question/NatInput';
import { QuestionBadges } from '@/components/question/QuestionBadges';
import { Rich } from '@/components/ui/Rich';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useHotkeys } from '@/components/ui/useHotkeys';
import type { Question } from '@/content-model/schema';
import { examRemainingMs } from '@/study/engine/session';
import type { Session } from '@/study/schema';
import { useStudy } from '@/study/store';
import { useNow } from '../useNow';
import { useSessionQuestions } from '../useSessionQuestions';
import '../quiz.css';

const clock = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h ? `${h}:` : ''}${String(m).padStart(h ? 2 : 1, '0')}:${String(sec).padStart(2, '0')}`;
};

function Palette({ session, onGo }: { session: Session; onGo: (i: number) => void }) {
  return (
    <nav className="palette" aria-label="Question palette">
      <ol>
        {session.items.map((it, i) => {
          const state = [it.answer ? 'answered' : 'unanswered', it.flagged ? 'flagged' : '', i === session.index ? 'current' : ''].filter(Boolean);
          return (
            <li key={it.questionId}>
              <button
                type="button"
                className={`pal ${state.join(' ')}`}
                aria-current={i === session.index ? 'step' : undefined}
                aria-label={`Question ${i + 1}, ${it.answer ? 'answered' : 'not answered'}${it.flagged ? ', flagged' : ''}`}
                onClick={() => onGo(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="palette-legend small muted">
        <li>
          <span className="pal-dot answered" /> answered
        </li>
        <li>
          <span className="pal-dot unanswered" /> not answered
        </li>
        <li>
          <span className="pal-dot flagged" /> flagged
        </li>
      </ul>
    </nav>
  );
}

function ExamQuestion({ session, question: q }: { session: Session; question: Question }) {
  const i = session.index;
  const item = session.items[i]!;
  const store = useStudy.getState();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (q.type !== 'nat') heading.current?.focus();
  }, [q.type]);
  return (
    <article className="panel quiz-item" aria-labelledby="exam-q-title">
      <header className="quiz-item-header">
        <h2 id="exam-q-title" ref={heading} tabIndex={-1}>
          Question {i + 1} <span className="muted small">({q.type === 'mcq' ? 'one answer' : q.type === 'msq' ? 'one or more answers' : 'numeric answer'})</span>
        </h2>
        <QuestionBadges question={{ ...q, companies: [], tags: [] }} />
      </header>
      <Rich md={q.prompt} className="prompt" />
      {(q.type === 'mcq' || q.type === 'msq') && (
        <ChoiceInput
          question={q}
          order={item.optionOrder}
          selected={item.answer?.type === 'choice' ? item.answer.keys : []}
          onChange={(keys) => store.answer('exam', i, keys.length ? { type: 'choice', keys } : undefined)}
          locked={false}
          reveal={false}
          name={`exam-${q.id}`}
        />
      )}
      {q.type === 'nat' && (
        <NatInput
          key={q.id}
          question={q}
          value={item.answer?.type === 'nat' ? item.answer.raw : ''}
          onChange={(raw) => store.answer('exam', i, raw.trim() ? { type: 'nat', raw } : undefined)}
          locked={false}
          onSubmit={() => store.goTo('exam', i + 1)}
          autoFocus
        />
      )}
      <div className="row actions quiz-actions">
        <button type="button" className="btn" onClick={() => store.toggleFlag('exam', i)} aria-pressed={item.flagged}>
          {item.flagged ? '⚑ Flagged' : '⚐ Flag for later'} <kbd>F</kbd>
        </button>
        {item.answer && (
          <button type="button" className="btn ghost" onClick={() => store.answer('exam', i, undefined)}>
            Clear answer
          </button>
        )}
        <button type="button" className="btn" disabled={i === 0} onClick={() => store.goTo('exam', i - 1)}>
          ← Previous
        </button>
        <button type="button" className="btn primary" disabled={i === session.items.length - 1} onClick={() => store.goTo('exam', i + 1)}>
          Next →
        </button>
      </div>
    </article>
  );
}

function Runner({ session }: { session: Session }) {
  const questions = useSessionQuestions(session);
  const now = useNow(1000);
  const [, navigate] = useLocation();
  const store = useStudy.getState();
  const dialog = useRef<HTMLDialogElement>(null);
  const remaining = examRemainingMs(session, now);
  const item = session.items[session.index]!;
  const q = questions.get(item.questionId);
  const answered = session.items.filter((i) => i.answer).length;
  const flagged = session.items.filter((i) => i.flagged).length;
  useDocumentTitle(`Exam · ${clock(remaining)} left`);

  const submit = () => {
    store.submitExam(questions);
    navigate('/exam/results');
  };
  useEffect(() => {
    if (remaining <= 0) submit();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- submit once when the time is up
  }, [remaining <= 0]);

  const go = (i: number) => store.goTo('exam', i);
  useHotkeys({
    ArrowRight: () => go(session.index + 1),
    ArrowLeft: () => go(session.index - 1),
    f: () => store.toggleFlag('exam', session.index),
    ...choiceKeys((k) => {
      if (!q || (q.type !== 'mcq' && q.type !== 'msq')) return;
      const key = item.optionOrder[k];
      if (!key) return;
      const keys = toggleChoice(q.type, item.answer?.type === 'choice' ? item.answer.keys : [], key);
      store.answer('exam', session.index, keys.length ? { type: 'choice', keys } : undefined);
    }),
  });

  const low = remaining < 5 * 60_000;
  return (
    <div className="exam">
      <h1 className="sr-only">Exam</h1>
      <div className="exam-bar">
        <div className={`timer${low ? ' low' : ''}`} role="timer" aria-label={`Time left ${clock(remaining)}`}>
          <span className="timer-label">Time left</span> {clock(remaining)}
        </div>
        <span className="muted">
          {answered} of {session.items.length} answered{flagged ? ` · ${flagged} flagged` : ''}
        </span>
        <button type="button" className="btn primary" onClick={() => dialog.current?.showModal()}>
          Submit exam…
        </button>
      </div>
      <div className="exam-layout">
        <Palette session={session} onGo={go} />
        {q ? <ExamQuestion key={item.questionId} session={session} question={q} /> : <p className="panel">This question is no longer available.</p>}
      </div>
      <dialog ref={dialog} className="confirm" aria-labelledby="submit-title">
        <h2 id="submit-title">Submit the exam?</h2>
        <p>
          {answered} of {session.items.length} answered
          {session.items.length - answered ? `; ${session.items.length - answered} unanswered (they score 0)` : ''}
          {flagged ? `; ${flagged} flagged for another look` : ''}. You cannot change answers afterwards.
        </p>
        <form method="dialog" className="row">
          <button className="btn" value="cancel" autoFocus>
            Keep working
          </button>
          <button type="button" className="btn primary" onClick={submit}>
            Submit now
          </button>
        </form>
      </dialog>
    </div>
  );
}

export default function ExamRunPage() {
  const session = useStudy((s) => s.progress.active.exam);
  useDocumentTitle('Exam');
  if (!session) {
    return (
      <section className="panel">
        <h1>No exam in progress</h1>
        <Link href="/exam" className="btn primary">
          Set one up
        </Link>
      </section>
    );
  }
  if (session.exam?.submittedAt !== undefined) {
    return (
      <section className="panel">
        <h1>This exam was submitted</h1>
        <Link href="/exam/results" className="btn primary">
          See the results
        </Link>
      </section>
    );
  }
  return <Runner key={session.id} session={session} />;
}
