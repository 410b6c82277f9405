/** Search every question and answer; results link to each question's own page. Keys: / focuses the box. */
import { use, useDeferredValue, useId, useRef } from 'react';
import { Link, useSearchParams } from 'wouter';
import { TYPE_SHORT } from '@/components/question/labels';
import { useCatalog, useQuestionSource } from '@/components/question/source-context';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useHotkeys } from '@/components/ui/useHotkeys';
import { indexFor, search } from './search-index';
import './search.css';

/** Wraps the matched words of a text in <mark>. */
function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (!terms.length) return <>{text}</>;
  const re = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return (
    <>
      {text.split(re).map((part, i) => (i % 2 ? <mark key={i}>{part}</mark> : part))}
    </>
  );
}

function Results({ query }: { query: string }) {
  const source = useQuestionSource();
  const { banks } = useCatalog();
  const index = use(indexFor(source));
  const hits = search(index, query);
  const bankTitle = new Map(banks.map((b) => [b.id, b.title]));
  if (!query.trim()) return <p className="muted">Type words from a question, an answer, a topic or a company.</p>;
  return (
    <>
      <p role="status" className="muted">
        {hits.length === 0 ? 'No question matches.' : `${hits.length === 50 ? 'The first 50' : hits.length} question${hits.length === 1 ? '' : 's'}`}
      </p>
      <ol className="question-list search-results">
        {hits.map((h) => (
          <li key={h.id} className="card">
            <Link href={`/q/${h.id}`} className="question-link">
              <span className="q-label">{TYPE_SHORT[h.type]}</span>
              <span className="q-preview">
                <Highlight text={h.preview} terms={h.terms} />
              </span>
            </Link>
            <p className="muted small">
              {bankTitle.get(h.bank) ?? h.bank} · {h.topic} · {h.label}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

export default function SearchPage() {
  useDocumentTitle('Search');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const deferred = useDeferredValue(query);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useHotkeys({ '/': () => input.current?.focus() });
  return (
    <>
      <h1>Search</h1>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={id}>Search questions and answers</label>
        <input
          ref={input}
          id={id}
          type="search"
          value={query}
          autoFocus
          placeholder="e.g. tensor arena, per-channel, Tesla"
          onChange={(e) => setParams({ q: e.target.value }, { replace: true })}
        />
      </form>
      <Results query={deferred} />
    </>
  );
}
