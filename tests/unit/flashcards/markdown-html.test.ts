// Markdown → safe HTML for Anki: the element allow-list, URL filtering, escaping, math delimiters
// and the TeX macros MathJax would turn into links or styles.
import { describe, expect, it } from 'vitest';
import { defangTex, markdownToHtml, safeUrl } from '@/features/flashcards/lib/markdown-html';

describe('markdownToHtml', () => {
  it('writes the usual Markdown as HTML', () => {
    expect(markdownToHtml('Some **bold**, *em*, ~~gone~~ and `x < y`.')).toBe('<p>Some <b>bold</b>, <i>em</i>, <s>gone</s> and <code>x &lt; y</code>.</p>');
    expect(markdownToHtml('- a\n- b\n\n3. c\n4. d')).toBe('<ul><li>a</li><li>b</li></ul><ol start="3"><li>c</li><li>d</li></ol>');
    expect(markdownToHtml('| a | b |\n|:-|-:|\n| 1 | 2 |')).toBe(
      '<table><thead><tr><th style="text-align:left">a</th><th style="text-align:right">b</th></tr></thead><tbody><tr><td style="text-align:left">1</td><td style="text-align:right">2</td></tr></tbody></table>',
    );
    expect(markdownToHtml('## Step\n\n> quoted')).toBe('<p><b>Step</b></p><blockquote><p>quoted</p></blockquote>');
    expect(markdownToHtml('one', { inline: true })).toBe('one');
    expect(markdownToHtml('one\n\ntwo', { inline: true })).toBe('<p>one</p><p>two</p>');
  });

  it('keeps math as TeX between MathJax delimiters, escaped for HTML', () => {
    expect(markdownToHtml('if $a<b$ then')).toBe('<p>if \\(a&lt;b\\) then</p>');
    expect(markdownToHtml('$$\nx^2\n$$')).toBe('<div>\\[x^2\\]</div>');
    expect(markdownToHtml('$$x^2$$')).toBe('<div>\\[x^2\\]</div>');
    expect(markdownToHtml('$$x^2$$', { inline: true })).toBe('<div>\\[x^2\\]</div>');
  });

  it('drops raw HTML, refuses unsafe URLs and never fetches images', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[a](javascript:alert(1))',
      '[b](JaVaScRiPt:alert(1))',
      '[c](data:text/html,<script>alert(1)</script>)',
      '[d](vbscript:x)',
      '<a href="javascript:alert(1)">e</a>',
      '![f](http://tracker.example/x.png)',
      '<iframe src="https://x"></iframe>',
      '<div onclick="alert(1)">g</div>',
    ].join('\n\n');
    const html = markdownToHtml(hostile);
    expect(html).not.toMatch(/<(script|img|iframe|div|a)\b|on\w+=|javascript:|data:|vbscript:/i);
    expect(html).toContain('<p>[f]</p>');
    expect(markdownToHtml('[ok](https://example.com/?q="x")')).toBe('<p><a href="https://example.com/?q=&quot;x&quot;">ok</a></p>');
    expect(markdownToHtml('[app](/calculators/x)')).toBe('<p>app</p>');
  });

  it('never writes a tab or newline outside <pre>', () => {
    const html = markdownToHtml('a\tb\nc\n\n```\nx\ty\nz\n```\n\n$$\na\n\\\\ b\n$$');
    expect(html).not.toMatch(/[\t\n\r]/);
    expect(html).toContain('<pre><code>x&#9;y<br>z</code></pre>');
  });
});

describe('safeUrl and defangTex', () => {
  it('accepts only absolute http(s) and mailto URLs', () => {
    expect(safeUrl(' https://a.b/c ')).toBe('https://a.b/c');
    expect(safeUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
    for (const bad of ['javascript:x', '/relative', 'ftp://x', 'https://a b', '//evil.example']) expect(safeUrl(bad)).toBeNull();
  });

  it('strips the first argument of \\href, \\class, \\cssId, \\style, \\data and removes \\require', () => {
    expect(defangTex('\\href{javascript:alert(1)}{x} + y')).toBe('{x} + y');
    expect(defangTex('\\class{c}{\\style{color:red}{z}}')).toBe('{{z}}');
    expect(defangTex('\\cssId{i}{a}\\data{k=v}{b}\\require{html}')).toBe('{a}{b}');
    expect(defangTex('\\url{http://a_b}')).toBe('\\text{http://a_b}');
    expect(defangTex('\\href {x{y}}{z}')).toBe('{z}');
    // A line break "\\\\" before a word, and longer macro names, are left alone.
    expect(defangTex('a \\\\href b \\hrefx \\styles')).toBe('a \\\\href b \\hrefx \\styles');
    expect(markdownToHtml('$\\href{javascript:alert(1)}{x}$')).toBe('<p>\\({x}\\)</p>');
  });
});
