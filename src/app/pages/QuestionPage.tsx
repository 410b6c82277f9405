import { use, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { QuestionBadges } from '@/components/question/QuestionBadges';
import { QuestionView } from '@/components/question/QuestionView';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useHotkeys } from '@/components/ui/useHotkeys';
import { bankOfQuestion, loadBundledBank, loadBundledRubrics } from '@/content-model/bundled-banks';
import type { Question } from '@/content-model/schema';
import { plainText } from '@/utils/plain-text';
import { NotFoundPage } from './NotFoundPage';

function useRubric(q: Question) {
  const rubricId = q.type === 'open' ? q.rubric : undefined;
  const rubrics = rubricId ? use(loadBundledRubrics('all')) : [];
  return rubrics.find((r) => r.id === rubricId);
}

function QuestionReader({ questionId, bankId }: { questionId: string; bankId: string }) {
  const bank = use(loadBundledBank(bankId));
  const index = bank.questions.findIndex((q) => q.id === questionId);
  const q = bank.questions[index]!;
  const prev = bank.questions[index - 1];
  const next = bank.questions[index + 1];
  const rubric = useRubric(q);
  const [revealed, setRevealed] = useState(false);
  const [, navigate] = useLocation();
  useDocumentTitle(`${q.label} · ${q.title || plainText(q.prompt, 60)}`);
  useHotkeys({
    s: () => setRevealed((r) => !r),
    ArrowLeft: () => prev && navigate(`/q/${prev.id}`),
    ArrowRight: () => next && navigate(`/q/${next.id}`),
  });
  return (
    <article className="question-page" aria-labelledby="question-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Banks</Link> <span aria-hidden="true">›</span> <Link href={`/bank/${bank.id}`}>{bank.title}</Link>{' '}
        <span aria-hidden="true">›</span> <Link href={`/bank/${bank.id}?topic=${encodeURIComponent(q.topic)}`}>{q.topic}</Link>
      </nav>
      <header className="question-header">
        <h1 id="question-title">
          {q.label}
          {q.title && <span className="question-title">: {q.title}</span>}
        </h1>
        <QuestionBadges question={q} />
      </header>
      <div className="panel">
        <QuestionView question={q} revealed={revealed} rubric={rubric} />
        <div className="row actions">
          <button type="button" className="btn primary" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
            {revealed ? 'Hide the answer' : 'Show the answer'} <kbd>S</kbd>
          </button>
        </div>
      </div>
      <nav className="pager" aria-label="Questions in this bank">
        {prev ? (
          <Link href={`/q/${prev.id}`} className="btn" rel="prev">
            ← {prev.label} <kbd>←</kbd>
          </Link>
        ) : (
          <span />
        )}
        <span className="muted">
          {index + 1} of {bank.questions.length}
        </span>
        {next ? (
          <Link href={`/q/${next.id}`} className="btn" rel="next">
            {next.label} → <kbd>→</kbd>
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <p className="muted small">
        Source: {q.source.file}:{q.source.line} · id <code>{q.id}</code>
      </p>
    </article>
  );
}

export default function QuestionPage() {
  const { questionId = '' } = useParams<{ questionId: string }>();
  const bankId = use(bankOfQuestion(questionId));
  if (!bankId) return <NotFoundPage />;
  return <QuestionReader key={questionId} questionId={questionId} bankId={bankId} />;
}
