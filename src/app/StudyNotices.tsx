/**
 * Messages about saved progress (damaged data kept aside, storage disabled or full). Loaded after
 * the first paint, so the store stays out of the first load of pages that do not need it.
 */
import { Link } from 'wouter';
import { useStudy } from '@/study/store';

export default function StudyNotices() {
  const notices = useStudy((s) => s.notices);
  if (!notices.length) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} role={n.level === 'info' ? 'status' : 'alert'}>
          <p>
            {n.message} <Link href="/stats">Open Stats</Link>
          </p>
          <button type="button" className="btn ghost" onClick={() => useStudy.getState().dismiss(n.id)} aria-label="Dismiss this message">
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
