/**
 * Shows Markdown (with math). Bundled banks come pre-rendered, so this is a plain
 * `innerHTML` of HTML that React's own renderer produced and escaped at build time.
 * Anything else (an imported bank) is rendered on the spot by the lazily loaded Markdown stack.
 */
import 'katex/dist/katex.min.css';
import { lazy, Suspense } from 'react';
import { lookupHtml } from '@/lib/html-registry';

const LiveMarkdown = lazy(() => import('./LiveMarkdown'));

interface RichProps {
  md: string;
  /** Render paragraphs inline, for option text and other short phrases. */
  inline?: boolean;
  className?: string;
}

export function Rich({ md, inline = false, className = '' }: RichProps) {
  const cls = `md${inline ? ' md-inline' : ''}${className ? ` ${className}` : ''}`;
  const html = lookupHtml(md);
  if (html !== undefined) return <div className={cls} dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <div className={cls}>
      <Suspense fallback={<span className="md-pending">{md}</span>}>
        <LiveMarkdown md={md} />
      </Suspense>
    </div>
  );
}
