/** The bank authoring guide (content/README.md), in the app, for people writing their own banks. */
import guide from '../../../content/README.md?raw';
import { Link } from 'wouter';
import { Rich } from '@/components/ui/Rich';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';

export default function FormatGuidePage() {
  useDocumentTitle('Writing a bank');
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/library">My banks</Link> <span aria-hidden="true">›</span> <span>Writing a bank</span>
      </nav>
      <article className="panel guide">
        <Rich md={guide} />
      </article>
    </>
  );
}
