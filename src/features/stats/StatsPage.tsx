/** Progress at a glance: accuracy and mastery per topic, history, streaks, what is due; backups. */
import { Suspense, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useCatalog } from '@/components/question/source-context';
import { DayBars } from '@/components/ui/charts/DayBars';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { dueCounts, history, isRight, streaks, topicStats } from '@/study/engine/stats';
import { useStudy } from '@/study/store';
import { formatDayMonth, plural } from '@/utils/format';
import './stats.css';

function download(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

function Backups() {
  const quarantine = useStudy((s) => s.quarantine);
  const storage = useStudy((s) => s.storage);
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    if (!window.confirm('Importing replaces your current progress with the backup. Continue?')) return;
    const r = useStudy.getState().importText(text);
    setMessage(r.ok ? { ok: true, text: `Imported ${file.name}.` } : { ok: false, text: r.message });
    if (fileRef.current) fileRef.current.value = '';
  };
  return (
    <section className="panel" aria-labelledby="backup-h">
      <h2 id="backup-h">Backups</h2>
      <p className="muted">Progress lives in this browser{storage !== 'ok' ? ' — and right now it cannot be saved here, so export it' : ''}. A backup file restores it exactly, here or elsewhere.</p>
      <div className="row">
        <button
          type="button"
          className="btn primary"
          onClick={() => download(`tinyprep-progress-${new Date().toISOString().slice(0, 10)}.json`, useStudy.getState().exportText())}
        >
          Export progress
        </button>
        <label className="btn">
          Import progress…
          <input ref={fileRef} type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
      </div>
      {message && (
        <p className={`note ${message.ok ? 'note-ok' : 'note-invalid'}`} role="status">
          {message.text}
        </p>
      )}
      {quarantine.length > 0 && (
        <div className="quarantine">
          <h3>Data kept aside</h3>
          <p className="muted">Saved data that could not be read was kept here instead of being deleted. Download it to inspect or repair it.</p>
          <ul>
            {quarantine.map((q) => (
              <li key={q.at}>
                {new Date(q.at).toLocaleString()} — {q.reason} ({plural(q.raw.length, 'character')}){' '}
                <button type="button" className="btn ghost" onClick={() => download(`tinyprep-kept-aside-${q.at}.txt`, q.raw, 'text/plain')}>
                  Download
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="btn ghost" onClick={() => window.confirm('Delete the data kept aside for good?') && useStudy.getState().clearQuarantine()}>
            Delete the kept-aside data
          </button>
        </div>
      )}
    </section>
  );
}

function TopicTable({ now }: { now: number }) {
  const { catalog } = useCatalog({ afterPaint: true });
  const attempts = useStudy((s) => s.progress.attempts);
  const cards = useStudy((s) => s.progress.cards);
  const topics = topicStats(catalog, attempts, cards, now);
  return (
    <div className="table-scroll">
      <table className="breakdown topic-table">
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Seen</th>
            <th scope="col">Accuracy</th>
            <th scope="col">Mastery</th>
            <th scope="col">Due</th>
            <th scope="col">
              <span className="sr-only">Practise</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => (
            <tr key={t.topic}>
              <th scope="row">{t.topic}</th>
              <td>
                {t.attempted} / {t.questions}
              </td>
              <td>{t.attempts ? `${pct(t.right / t.attempts)} of ${t.attempts}` : '—'}</td>
              <td>
                <span className="bar" aria-hidden="true">
                  <span className="bar-fill" style={{ width: pct(t.mastery) }} />
                </span>{' '}
                {pct(t.mastery)}
              </td>
              <td>{t.due || ''}</td>
              <td>
                <Link href={`/practice?topic=${encodeURIComponent(t.topic)}`} aria-label={`Practise ${t.topic}`}>
                  Practise
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function StatsPage() {
  useDocumentTitle('Stats');
  const attempts = useStudy((s) => s.progress.attempts);
  const cards = useStudy((s) => s.progress.cards);
  const [now] = useState(() => Date.now());
  const streak = streaks(attempts, now);
  const due = dueCounts(cards, now);
  const right = attempts.filter(isRight).length;
  const days = history(attempts, now, 30).map((d) => ({
    label: formatDayMonth(d.day),
    value: d.count,
    line: d.count ? d.right / d.count : undefined,
  }));
  return (
    <>
      <h1>Stats</h1>
      <dl className="stat-row panel">
        <div>
          <dt>Answers</dt>
          <dd>{attempts.length}</dd>
        </div>
        <div>
          <dt>Accuracy</dt>
          <dd>{attempts.length ? pct(right / attempts.length) : '—'}</dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>
            {streak.current} <span className="unit">day{streak.current === 1 ? '' : 's'}</span>
          </dd>
        </div>
        <div>
          <dt>Longest streak</dt>
          <dd>
            {streak.longest} <span className="unit">day{streak.longest === 1 ? '' : 's'}</span>
          </dd>
        </div>
        <div>
          <dt>Due now</dt>
          <dd>
            <Link href="/review">{due.now}</Link>
          </dd>
        </div>
      </dl>
      <section aria-labelledby="history-h">
        <h2 id="history-h">Last 30 days</h2>
        <DayBars days={days} title="Answers per day" unit="answers" lineLabel="accuracy" />
      </section>
      <section aria-labelledby="topics-h">
        <h2 id="topics-h">By topic</h2>
        <p className="muted small">Mastery is the average chance you would recall a topic's questions today (FSRS), counting unseen questions as 0.</p>
        <Suspense fallback={<p className="muted topics-loading">Loading topics…</p>}>
          <TopicTable now={now} />
        </Suspense>
      </section>
      <Backups />
    </>
  );
}
