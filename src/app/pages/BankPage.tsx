import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'wouter';
import { QuestionBadges } from '@/components/question/QuestionBadges';
import { TYPE_LABEL } from '@/components/question/labels';
import { useCatalog } from '@/components/question/source-context';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import type { CatalogEntry } from '@/content-model/schema';
import { DIFFICULTIES, QUESTION_TYPES } from '@/content-model/vocab';
import { plural } from '@/utils/format';
import { NotFoundPage } from './NotFoundPage';

const PAGE = 100;

const matches = (e: CatalogEntry, text: string) => !text || `${e.label} ${e.preview} ${e.tags.join(' ')} ${e.companies.join(' ')}`.toLowerCase().includes(text.toLowerCase());

/** A bank's questions, filterable by topic, type, difficulty and words; each opens its own page. */
export default function BankPage() {
  const { bankId = '' } = useParams<{ bankId: string }>();
  const { catalog, banks } = useCatalog();
  const bank = banks.find((b) => b.id === bankId);
  useDocumentTitle(bank?.title ?? 'Not found');
  const [params, setParams] = useSearchParams();
  const topic = params.get('topic') ?? '';
  const type = params.get('type') ?? '';
  const difficulty = params.get('difficulty') ?? '';
  const text = useDeferredValue(params.get('q') ?? '');
  const entries = useMemo(() => catalog.filter((e) => e.bank === bankId), [catalog, bankId]);
  const topics = useMemo(() => [...new Set(entries.map((e) => e.topic))], [entries]);
  const shown = useMemo(
    () => entries.filter((e) => (!topic || e.topic === topic) && (!type || e.type === type) && (!difficulty || e.difficulty === difficulty) && matches(e, text)),
    [entries, topic, type, difficulty, text],
  );
  // Long banks render a page at a time: 10,000 list items would block the main thread for seconds.
  const [limit, setLimit] = useState(PAGE);
  if (!bank) return <NotFoundPage />;
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const practiceLink = `/practice?bank=${encodeURIComponent(bank.id)}${topic ? `&topic=${encodeURIComponent(topic)}` : ''}${type ? `&type=${type}` : ''}${difficulty ? `&difficulty=${difficulty}` : ''}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={bank.origin === 'imported' ? '/library' : '/'}>{bank.origin === 'imported' ? 'My banks' : 'Banks'}</Link> <span aria-hidden="true">›</span>{' '}
        <span>{bank.title}</span>
      </nav>
      <h1>{bank.title}</h1>
      {bank.description && <p className="lead">{bank.description}</p>}
      <form className="filters" role="search" aria-label="Filter questions" onSubmit={(e) => e.preventDefault()}>
        <label>
          Topic
          <select value={topic} onChange={(e) => set('topic', e.target.value)}>
            <option value="">All topics</option>
            {topics.map((t) => (
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
      <div className="row">
        <p role="status" className="muted">
          Showing {plural(shown.length, 'question')} of {entries.length}
        </p>
        <Link href={practiceLink} className="btn primary push-right">
          Practise these
        </Link>
      </div>
      <ol className="question-list">
        {shown.slice(0, limit).map((e) => (
          <li key={e.id} className="card question-item">
            <Link href={`/q/${e.id}`} className="question-link">
              <span className="q-label">{e.label}</span>
              <span className="q-preview">{e.preview}</span>
            </Link>
            <QuestionBadges question={e} />
          </li>
        ))}
      </ol>
      {shown.length > limit && (
        <button type="button" className="btn" onClick={() => setLimit((l) => l + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more ({shown.length - limit} not shown)
        </button>
      )}
    </>
  );
}
