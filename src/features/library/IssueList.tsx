/** Problems found in a bank, as file:line, the question and field, what is wrong and what to do. */
import { useState } from 'react';
import type { Issue } from '@/content-model/issue';

export function IssueList({ issues, limit = 20 }: { issues: readonly Issue[]; limit?: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? issues : issues.slice(0, limit);
  return (
    <>
      <ul className="issue-list">
        {shown.map((i, k) => (
          <li key={`${i.line}-${i.column}-${k}`} className={`issue issue-${i.severity}`}>
            <code className="issue-where">
              {i.file}:{i.line}:{i.column}
            </code>{' '}
            <span className="issue-field">
              {i.severity === 'warning' ? 'Warning' : 'Error'} · {[i.question, i.field].filter(Boolean).join(' · ')}
            </span>
            <p className="issue-message">{i.message}</p>
            <p className="issue-hint">→ {i.hint}</p>
          </li>
        ))}
      </ul>
      {issues.length > shown.length && (
        <button type="button" className="btn ghost" onClick={() => setAll(true)}>
          Show all {issues.length} problems
        </button>
      )}
    </>
  );
}
