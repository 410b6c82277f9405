import { use, useDeferredValue, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'wouter';
import { QuestionBadges } from '@/components/question/QuestionBadges';
import { TYPE_LABEL } from '@/components/question/labels';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { bundledBanks, loadBundledBank } from '@/content-model/bundled-banks';
import type { Question } from '@/content-model/schema';
import { DIFFICULTIES, QUESTION_TYPES } from '@/content-model/vocab';
import { plural } from '@/utils/format';
import { plainText } from '@/utils/plain-text';
import { NotFoundPage } from './NotFoundPage';

const matches = (q: Question, text: string) =>
  !text || `${q.label} ${q.title ?? ''} ${q.prompt} ${q.tags.join(' ')}`.toLowerCase().includes(text.toLowerCase());

function BankQuestions({ bankId }: { bankId: string }) {
  const bank = use(loadBundledBank(bankId));
  useDocumentTitle(bank.title);
  const [params, setParams] = useSearchParams();
  const topic = params.get('topic') ?? '';
  const type = params.get('type') ?? '';
  const difficulty = params.get('difficulty') ?? '';
  const text = useDeferredValue(params.get('q') ?? '');
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const shown = useMemo(
    () =>
      bank.questions.filter(
        (q) => (!topic || q.topic === topic) && (!type || q.type === type) && (!difficulty || q.difficulty === difficulty) && matches(q, text),
      ),
    [bank, topic, type, difficulty, text],
  );
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Banks</Link> <span aria-hidden="true">›</span> <span>{bank.title}</span>
      </nav>
      <h1>{bank.title}</h1>
      {bank.description && <p className="lead">{bank.description}</p>}
      <form className="filters" role="search" aria-label="Filter questions" onSubmit={(e) => e.preventDefault()}>
        <label>
          Topic
          <select value={topic} onChange={(e) => set('topic', e.target.value)}>
            <option value="">All topics</option>
            {bank.topics.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => set('type', e.target.value)}>
            <option value="">All types</option>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Difficulty
          <select value={difficulty} onChange={(e) => set('difficulty', e.target.value)}>
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label className="grow">
          Contains
          <input type="search" value={params.get('q') ?? ''} placeholder="words in the question" onChange={(e) => set('q', e.target.value)} />
        </label>
      </form>
      <p role="status" className="muted">
        Showing {plural(shown.length, 'question')} of {bank.questions.length}
      </p>
      <ol className="question-list">
        {shown.map((q) => (
          <li key={q.id} className="card question-item">
            <Link href={`/q/${q.id}`} className="question-link">
              <span className="q-label">{q.label}</span>
              <span className="q-preview">{q.title || plainText(q.prompt)}</span>
            </Link>
            <QuestionBadges question={q} />
          </li>
        ))}
      </ol>
    </>
  );
}

export default function BankPage() {
  const { bankId = '' } = useParams<{ bankId: string }>();
  if (!bundledBanks.some((b) => b.id === bankId)) return <NotFoundPage />;
  return <BankQuestions bankId={bankId} />;
}
