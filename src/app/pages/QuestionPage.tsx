import { use, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { QuestionBadges } from '@/components/question/QuestionBadges';
import { QuestionView } from '@/components/question/QuestionView';
import { useCatalog, useQuestionSource } from '@/components/question/source-context';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useHotkeys } from '@/components/ui/useHotkeys';
import { bundledBankOf, loadBundledBank, loadBundledRubrics } from '@/content-model/bundled-banks';
import type { Question } from '@/content-model/schema';
import type { QuestionSource } from '@/study/source';
import { NotFoundPage } from './NotFoundPage';

const loaded = new Map<string, Promise<Map<string, Question>>>();
/** One question, loaded once per id and library version (React's `use` needs a stable promise). */
function loadOne(source: QuestionSource, id: string, version: number) {
  const key = `${version}:${id}`;
  let p = loaded.get(key);
  if (!p) loaded.set(key, (p = source.load([id], new Map([[id, 1]]))));
  return p;
}

function useRubric(q: Question) {
  const rubricId = q.type === 'open' ? q.rubric : undefined;
  const rubrics = rubricId ? use(loadBundledRubrics('all')) : [];
  return rubrics.find((r) => r.id === rubricId);
}

interface ReaderProps {
  q: Question;
  bankTitle: string;
  bankId: string;
  imported: boolean;
  prev?: string | undefined;
  next?: string | undefined;
  position: number;
  total: number;
}

function Reader({ q, bankTitle, bankId, imported, prev, next, position, total }: ReaderProps) {
  const rubric = useRubric(q);
  const [revealed, setRevealed] = useState(false);
  const [, navigate] = useLocation();
  useDocumentTitle(`${q.label}${q.title ? ` · ${q.title}` : ''}`);
  useHotkeys({
    s: () => setRevealed((r) => !r),
    ArrowLeft: () => prev && navigate(`/q/${prev}`),
    ArrowRight: () => next && navigate(`/q/${next}`),
  });
  return (
    <article className="question-page" aria-labelledby="question-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={imported ? '/library' : '/'}>{imported ? 'My banks' : 'Banks'}</Link> <span aria-hidden="true">›</span> <Link href={`/bank/${bankId}`}>{bankTitle}</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/bank/${bankId}?topic=${encodeURIComponent(q.topic)}`}>{q.topic}</Link>
      </nav>
      <header className="question-header">
        <h1 id="question-title">
          {q.label}
          {q.title && <span className="question-title">: {q.title}</span>}
        </h1>
        <QuestionBadges question={q} />
      </header>
      <div className="panel">
        <QuestionView question={q} revealed={revealed} rubric={rubric} level={2} />
        <div className="row actions">
          <button type="button" className="btn primary" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
            {revealed ? 'Hide the answer' : 'Show the answer'} <kbd>S</kbd>
          </button>
          <Link href={`/practice?bank=${encodeURIComponent(bankId)}&topic=${encodeURIComponent(q.topic)}`} className="btn">
            Practise this topic
          </Link>
        </div>
      </div>
      <nav className="pager" aria-label="Questions in this bank">
        {prev ? (
          <Link href={`/q/${prev}`} className="btn" rel="prev">
            ← Previous <kbd>←</kbd>
          </Link>
        ) : (
          <span />
        )}
        <span className="muted">
          {position} of {total}
        </span>
        {next ? (
          <Link href={`/q/${next}`} className="btn" rel="next">
            Next → <kbd>→</kbd>
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

/** A bundled question: only its bank's chunk is loaded (no catalog), so it shows fast. */
function BundledQuestion({ questionId, bankId }: { questionId: string; bankId: string }) {
  const bank = use(loadBundledBank(bankId));
  const i = bank.questions.findIndex((x) => x.id === questionId);
  const q = bank.questions[i];
  if (!q) return <NotFoundPage />;
  return (
    <Reader
      key={q.id}
      q={q}
      bankId={bank.id}
      bankTitle={bank.title}
      imported={false}
      prev={bank.questions[i - 1]?.id}
      next={bank.questions[i + 1]?.id}
      position={i + 1}
      total={bank.questions.length}
    />
  );
}

/** Every question has a stable URL, /q/<id>, for bundled, imported and generated questions alike. */
export default function QuestionPage() {
  const { questionId = '' } = useParams<{ questionId: string }>();
  const bundled = use(bundledBankOf(questionId));
  return bundled ? <BundledQuestion questionId={questionId} bankId={bundled} /> : <SourceQuestion questionId={questionId} />;
}

/** Imported and generated questions, found through the app's question source. */
function SourceQuestion({ questionId }: { questionId: string }) {
  const source = useQuestionSource();
  const { catalog, banks, version } = useCatalog();
  const entry = catalog.find((e) => e.id === questionId);
  if (!entry) return <NotFoundPage />;
  const q = use(loadOne(source, questionId, version)).get(questionId);
  if (!q) return <NotFoundPage />;
  const siblings = catalog.filter((e) => e.bank === entry.bank);
  const i = siblings.findIndex((e) => e.id === questionId);
  return (
    <Reader
      key={q.id}
      q={q}
      bankId={entry.bank}
      bankTitle={banks.find((b) => b.id === entry.bank)?.title ?? entry.bank}
      imported={banks.find((b) => b.id === entry.bank)?.origin === 'imported'}
      prev={siblings[i - 1]?.id}
      next={siblings[i + 1]?.id}
      position={i + 1}
      total={siblings.length}
    />
  );
}
