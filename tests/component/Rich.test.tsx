// Markdown rendering: pre-rendered HTML when registered, the lazy renderer otherwise; hostile input stays inert.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Rich } from '@/components/ui/Rich';
import { htmlKey, registerHtml } from '@/lib/html-registry';

describe('Rich', () => {
  it('uses the pre-rendered HTML of a bundled bank', () => {
    registerHtml({ [htmlKey('pre *x*')]: '<p>pre <em>rendered</em></p>' });
    const { container } = render(<Rich md="pre *x*" />);
    expect(container.querySelector('em')).toHaveTextContent('rendered');
  });

  it('renders other Markdown lazily, with KaTeX math', async () => {
    const { container } = render(<Rich md={'Scale $s = \\frac{0.5}{127}$ and **bold**'} />);
    expect(await screen.findByText('bold')).toBeInTheDocument();
    expect(container.querySelector('.katex annotation')).toHaveTextContent('s = \\frac{0.5}{127}');
  });

  it('drops raw HTML and neuters javascript: links and KaTeX \\href', async () => {
    const hostile = 'A <script>window.pwned=1</script><img src=x onerror="window.pwned=2"> [click](javascript:alert(1)) $\\href{javascript:alert(1)}{x}$ **done**';
    const { container } = render(<Rich md={hostile} />);
    await screen.findByText('done');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(screen.getByText('click').hasAttribute('href')).toBe(false);
    expect(container.querySelector('.katex a')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});
