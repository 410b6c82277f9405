/**
 * The practice (and review) runner: one question at a time, instant feedback with every option
 * explained and the worked solution, a suggested FSRS grade the learner may override.
 * Keys: 1–9 / A–E choose, Enter checks then moves on, 1–4 grade after checking, H hint, ←/→ move.
 */
import { use, useDeferredValue, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { Solution } from '@/components/question/AnswerReveal';
import { ChoiceInput } from '@/components/question/ChoiceInput';
import { choiceKeys, toggleChoice } from '@/components/question/choice-keys';
import { GradeButtons } from '@/components/question/GradeButtons';
import { NatInput } from '@/components/question/NatInput';
import { OpenAnswerInput } from '@/components/question/OpenAnswerInput';
import { QuestionBadges } from '@/components/question/QuestionBadges';
import { Rich } from '@/components/ui/Rich';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useHotkeys } from '@/components/ui/useHotkeys';
import { loadBundledRubrics } from '@/content-model/bundled-banks';
import type { Question } from '@/content-model/schema';
import { grade } from '@/study/engine/grade';
import { previewIntervals, suggestGrade } from '@/study/engine/scheduler';
import type { Grade, Session, SessionItem } from '@/study/schema';
import { useStudy } from '@/study/store';
import { ProgressBar } from './components/ProgressBar';
import { Verdict } from './components/Verdict';
import { useNow } from './useNow';
import { useSessionQuestions } from './useSessionQuestions';
import './quiz.css';

type Note = { kind: 'retry' | 'invalid' | 'blank'; text: string } | null;

/** The wrong option a hint rules out: the last wrong one in display order that is not chosen. */
function hintTarget(q: Question, item: SessionItem): string | undefined {
  if (q.type !== 'mcq' && q.type !== 'msq') return undefined;
  const chosen = item.answer?.type === 'choice' ? item.answer.keys : [];
  return [...item.optionOrder].reverse().find((k) => !q.answer.includes(k) && !chosen.includes(k));
}

function useRubric(q: Question) {
  const id = q.type === 'open' ? q.rubric : undefined;
  const all = id ? use(loadBundledRubrics('all')) : [];
  return all.find((r) => r.id === id);
}

function ItemView({ session, question: q, onNext, onPrev }: { session: Session; question: Question; onNext: () => void; onPrev: () => void }) {
  const index = session.index;
  const item = session.items[index]!;
  const store = useStudy.getState();
  const card = useStudy((s) => s.progress.cards[q.id]);
  const [note, setNote] = useState<Note>(null);
  const now = useNow(30_000);
  const [openRevealed, setOpenRevealed] = useState(item.checked);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rubric = useRubric(q);
  const checked = item.checked;
  // The verdict paints at once; explanations, the solution and the grades follow a frame later
  // (a deferred render), so the answer → feedback interaction stays short on slow phones.
  const explained = useDeferredValue(checked);
  const result = checked ? grade(q, item.answer) : null;
  const eliminated = item.peeked && !checked ? hintTarget(q, item) : undefined;

  useEffect(() => {
    if (q.type !== 'nat') headingRef.current?.focus();
  }, [q.type]);

  const choose = (keys: string[]) => {
    setNote(null);
    store.answer('practice', index, { type: 'choice', keys });
  };
  const check = () => {
    if (checked) return onNext();
    if (q.type === 'open') {
      setOpenRevealed(true);
      store.revealOpen(q);
      return;
    }
    const r = store.check(q);
    if (!r) return;
    const after = useStudy.getState().progress.active.practice?.items[index];
    if (r.status === 'invalid') setNote({ kind: 'invalid', text: r.message });
    else if (r.status === 'blank') setNote({ kind: 'blank', text: q.type === 'nat' ? 'Type a number first.' : 'Choose an option first.' });
    else if (r.status === 'wrong' && !after?.checked) setNote({ kind: 'retry', text: `Not quite — ${r.slip ?? 'check your working'}. Try once more.` });
    else setNote(null);
  };
  const hint = () => {
    if (!checked && (q.type === 'mcq' || q.type === 'msq') && !item.peeked) store.hint('practice', index);
  };
  const setGrade = (g: Grade) => store.setGrade('practice', index, g);

  useHotkeys({
    Enter: check,
    h: hint,
    ArrowRight: onNext,
    ArrowLeft: onPrev,
    ...choiceKeys((i) => {
      if (checked) {
        if (i < 4) setGrade((i + 1) as Grade);
        return;
      }
      if (q.type !== 'mcq' && q.type !== 'msq') return;
      const key = item.optionOrder[i];
      if (!key || key === eliminated) return;
      choose(toggleChoice(q.type, item.answer?.type === 'choice' ? item.answer.keys : [], key));
    }),
  });

  const intervals = checked ? previewIntervals(card, now) : undefined;
  const lastIndex = session.items.length - 1;
  return (
    <article className="panel quiz-item" aria-labelledby="quiz-q-title">
      <header className="quiz-item-header">
        <h2 id="quiz-q-title" ref={headingRef} tabIndex={-1}>
          {q.label}
          {q.title && <span className="question-title">: {q.title}</span>}
        </h2>
        <QuestionBadges question={q} />
      </header>
      <Rich md={q.prompt} className="prompt" />
      {(q.type === 'mcq' || q.type === 'msq') && (
        <ChoiceInput
          question={q}
          order={item.optionOrder}
          selected={item.answer?.type === 'choice' ? item.answer.keys : []}
          onChange={choose}
          locked={checked}
          reveal={checked}
          explain={explained}
          eliminated={eliminated ? [eliminated] : []}
          name={`q-${q.id}`}
        />
      )}
      {q.type === 'nat' && (
        <NatInput
          key={q.id}
          question={q}
          value={item.answer?.type === 'nat' ? item.answer.raw : ''}
          onChange={(raw) => {
            setNote(null);
            store.answer('practice', index, { type: 'nat', raw });
          }}
          locked={checked}
          onSubmit={check}
          autoFocus
        />
      )}
      {q.type === 'open' && (
        <OpenAnswerInput
          question={q}
          text={item.answer?.type === 'open' ? item.answer.text : ''}
          covered={item.answer?.type === 'open' ? item.answer.covered : []}
          revealed={openRevealed || checked}
          locked={item.recorded}
          onText={(text) => store.answer('practice', index, { type: 'open', text, covered: [] })}
          onToggle={(p) => store.toggleKeyPoint(q, p)}
          rubric={rubric}
        />
      )}
      {note && (
        <p className={`note note-${note.kind}`} role="alert">
          {note.text}
        </p>
      )}
      {result && <Verdict result={result} question={q} order={item.optionOrder} />}
      {checked && explained && <Solution question={q} />}
      {checked && explained && (
        <section className="grade-section" aria-label="Schedule this question">
          <p className="muted small">
            {q.type === 'open' ? 'Rate yourself (★ suggested from the key points you ticked):' : 'When should it come back? ★ is suggested from your answer; change it if you disagree.'}
          </p>
          <GradeButtons value={item.grade} suggested={result ? suggestGrade(result, item.peeked) : undefined} intervals={intervals} onChange={setGrade} disabled={item.recorded} />
        </section>
      )}
      <div className="row actions quiz-actions">
        {index > 0 && (
          <button type="button" className="btn" onClick={onPrev}>
            ← Previous
          </button>
        )}
        {!checked && (q.type === 'mcq' || q.type === 'msq') && (
          <button type="button" className="btn" onClick={hint} disabled={item.peeked}>
            Hint: rule one out <kbd>H</kbd>
          </button>
        )}
        {!checked && (
          <button type="button" className="btn ghost" onClick={onNext}>
            Skip →
          </button>
        )}
        <button type="button" className="btn primary" onClick={check}>
          {checked ? (index === lastIndex ? 'Finish' : 'Next') : q.type === 'open' ? 'Reveal the model answer' : 'Check'} <kbd>Enter</kbd>
        </button>
      </div>
    </article>
  );
}

function Runner({ session }: { session: Session }) {
  const questions = useSessionQuestions(session);
  const [, navigate] = useLocation();
  const store = useStudy.getState();
  const item = session.items[session.index]!;
  const q = questions.get(item.questionId);
  const done = session.items.filter((i) => i.checked).length;
  const title = session.mode === 'review' ? 'Review' : 'Practice';
  useDocumentTitle(`${title} · ${session.index + 1}/${session.items.length}`);

  useEffect(() => {
    const onVis = () => (document.hidden ? store.pause() : store.resume());
    document.addEventListener('visibilitychange', onVis);
    return () => document.removeEventListener('visibilitychange', onVis);
  }, [store]);

  const finish = () => {
    store.finish('practice', questions);
    navigate(`/practice/done/${encodeURIComponent(session.id)}`);
  };
  const next = () => {
    store.record('practice');
    if (session.index + 1 < session.items.length) store.goTo('practice', session.index + 1);
    else finish();
  };
  const prev = () => session.index > 0 && store.goTo('practice', session.index - 1);

  return (
    <div className="quiz">
      <h1 className="sr-only">{title}</h1>
      <div className="quiz-top">
        <ProgressBar value={session.index + 1} max={session.items.length} label={`${title}: question ${session.index + 1} of ${session.items.length} · ${done} answered`} />
        <button type="button" className="btn ghost" onClick={finish}>
          End session
        </button>
      </div>
      {q ? (
        <ItemView key={`${session.id}-${session.index}`} session={session} question={q} onNext={next} onPrev={prev} />
      ) : (
        <section className="panel">
          <p>This question is no longer available (its bank may have been removed).</p>
          <button type="button" className="btn primary" onClick={next}>
            Skip it
          </button>
        </section>
      )}
    </div>
  );
}

export default function PracticeSessionPage() {
  const session = useStudy((s) => s.progress.active.practice);
  useDocumentTitle('Practice');
  if (!session) {
    return (
      <section className="panel">
        <h1>No session in progress</h1>
        <p>
          Build one on the <Link href="/practice">Practice</Link> page, or review what is due on the <Link href="/review">Review</Link> page.
        </p>
      </section>
    );
  }
  return <Runner key={session.id} session={session} />;
}
