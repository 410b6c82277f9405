/**
 * A TeX formula typeset by KaTeX on the spot, for calculators whose formulas carry the user's numbers.
 * KaTeX's JavaScript is large, so only lazily loaded routes may import this component.
 *
 * Safety: `trust: false` (no \href, \url or HTML extensions) and `throwOnError: false` (a malformed
 * formula shows its source in red instead of breaking the page).
 */
import 'katex/dist/katex.min.css';
import katex from 'katex';
import { useMemo } from 'react';

interface FormulaProps {
  tex: string;
  /** Display (block, centred) rather than inline math. */
  display?: boolean;
  className?: string;
}

export function Formula({ tex, display = false, className = '' }: FormulaProps) {
  const html = useMemo(
    () => katex.renderToString(tex, { throwOnError: false, displayMode: display, output: 'htmlAndMathml', strict: 'ignore', trust: false }),
    [tex, display],
  );
  const cls = `formula${display ? ' formula-display' : ''}${className ? ` ${className}` : ''}`;
  return display ? <div className={cls} dangerouslySetInnerHTML={{ __html: html }} /> : <span className={cls} dangerouslySetInnerHTML={{ __html: html }} />;
}
