/**
 * The one Markdown configuration. It is used twice, so that both paths render identically:
 *  - at build time, to pre-render the bundled banks to HTML (scripts/vite-plugin-banks.ts);
 *  - in the browser, lazily, for banks a user imports (src/components/ui/LiveMarkdown.tsx).
 *
 * Safety: raw HTML in Markdown is never rendered (`skipHtml`), URLs go through
 * react-markdown's `defaultUrlTransform` (only http(s), mailto and relative links survive;
 * `javascript:`, `data:` and `vbscript:` links lose their href), and KaTeX runs with `trust: false`,
 * so `\href{javascript:…}` and `\url` render as plain text.
 */
import type { Root } from 'mdast';
import { createElement, type ComponentProps } from 'react';
import { defaultUrlTransform, type Options } from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { VFile } from 'vfile';

/**
 * `$$…$$` written on one line inside a paragraph is parsed as inline math; authors mean display
 * math (the Attempt-1 bank writes its worked solutions this way). A paragraph that holds only such
 * math becomes a display block.
 */
export function remarkDisplayMath() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value ?? '');
    tree.children = tree.children.map((node) => {
      if (node.type !== 'paragraph' || node.children.length !== 1) return node;
      const only = node.children[0]!;
      const start = only.position?.start.offset;
      if (only.type !== 'inlineMath' || start === undefined || !text.startsWith('$$', start)) return node;
      const code = {
        type: 'element' as const,
        tagName: 'code',
        properties: { className: ['language-math', 'math-display'] },
        children: [{ type: 'text' as const, value: only.value }],
      };
      return { type: 'math', value: only.value, position: node.position, data: { hName: 'pre', hChildren: [code] } };
    });
  };
}

/** External links open in a new tab without giving it a handle on this one. */
function Anchor(props: ComponentProps<'a'> & { node?: unknown }) {
  const { node: _node, href, ...rest } = props;
  const external = href !== undefined && /^https?:/i.test(href);
  return createElement('a', { ...rest, ...(href !== undefined ? { href } : {}), ...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {}) });
}

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };

const textOf = (n: HastNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));

/** The first row's header cells, "Topic, Seen, Accuracy": what the table is about, as its name. */
function headerNames(table: HastNode | undefined): string {
  const rows: HastNode[] = [];
  const walk = (n: HastNode) => (n.tagName === 'tr' ? rows.push(n) : (n.children ?? []).forEach(walk));
  if (table) walk(table);
  return (rows[0]?.children ?? [])
    .filter((c) => c.tagName === 'th')
    .map((c) => textOf(c).trim())
    .filter(Boolean)
    .join(', ');
}

/**
 * A table scrolls sideways in its own box on a narrow screen, never the page. The box is focusable,
 * so keyboard users can scroll it too, and named after the table's headers (landmarks need distinct
 * names); the table itself keeps its table semantics.
 */
function Table(props: ComponentProps<'table'> & { node?: unknown }) {
  const { node, ...rest } = props;
  const names = headerNames(node as HastNode | undefined);
  return createElement(
    'div',
    { className: 'table-scroll', tabIndex: 0, role: 'region', 'aria-label': names ? `Table: ${names}` : 'Table' },
    createElement('table', rest),
  );
}

export const markdownOptions: Omit<Options, 'children'> = {
  remarkPlugins: [remarkGfm, remarkMath, remarkDisplayMath],
  rehypePlugins: [[rehypeKatex, { throwOnError: false, strict: 'ignore', trust: false, output: 'htmlAndMathml' }]],
  skipHtml: true,
  // An unsafe URL (javascript:, data:, vbscript:) loses its href entirely, so the link is inert text
  // instead of an empty href that would reload the page.
  urlTransform: (url) => defaultUrlTransform(url) || null,
  components: { a: Anchor, table: Table },
};
