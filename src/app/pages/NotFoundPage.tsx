import { Link } from 'wouter';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Not found');
  return (
    <section className="panel">
      <h1>There is no page here</h1>
      <p>The link may be mistyped, or the page may have moved.</p>
      <Link href="/" className="btn primary">
        Go to the home page
      </Link>
    </section>
  );
}
