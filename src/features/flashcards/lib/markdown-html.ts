/**
 * Markdown → safe HTML for other programs (Anki), without KaTeX: math stays TeX between
 * `\(…\)` (inline) and `\[…\]` (display), the delimiters Anki's MathJax reads.
 *
 * Safety by construction: the HTML is written here from the Markdown tree, element by element
 * from a short allow-list, and every text and attribute is escaped. Raw HTML in the Markdown is
 * dropped (as the app's renderer does with `skipHtml`); links keep only absolute http(s) and mailto
 * URLs (a `javascript:` or app-relative link becomes its text); images become their alt text, so
 * an exported deck never fetches anything.
 *
 * The output has no tab or newline characters outside `<pre>` text, where a newline becomes
 * `<br>` and a tab `&#9;`, so it fits in one field of a tab-separated line.
 *
 * Parsing uses the same syntax as the app's renderer: CommonMark + GFM (tables, strikethrough,
 * autolinks) + `$`/`$$` math, and `$$…$$` alone in a paragraph is display math.
 */
import type { Nodes, Parents, RootContent, TableCell } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import remarkGfm from 'remark-gfm';

/**
 * remark-gfm is a unified plugin: it only pushes its micromark and mdast extensions onto the
 * processor's data. Calling it on a minimal stand-in gives exactly the GFM the app renders with,
 * without pulling a unified processor into this chunk.
 */
function gfmExtensions(): { micromark: unknown[]; mdast: MdastExtension[] } {
  const data: { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: MdastExtension[]; toMarkdownExtensions?: unknown[] } = {};
  (remarkGfm as unknown as (this: { data: () => typeof data }) => void).call({ data: () => data });
  return { micromark: data.micromarkExtensions ?? [], mdast: data.fromMarkdownExtensions ?? [] };
}

let parseOptions: Parameters<typeof fromMarkdown>[1] | undefined;
function options(): NonNullable<Parameters<typeof fromMarkdown>[1]> {
  if (!parseOptions) {
    const gfm = gfmExtensions();
    parseOptions = {
      extensions: [math(), ...(gfm.micromark as NonNullable<NonNullable<Parameters<typeof fromMarkdown>[1]>['extensions']>)],
      mdastExtensions: [mathFromMarkdown(), ...gfm.mdast],
    };
  }
  return parseOptions;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\t': '&#9;' };

/** Escapes text for HTML content or a quoted attribute; tabs become `&#9;` and line breaks spaces. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'\t]/g, (c) => ESCAPES[c]!).replace(/\r\n?|\n/g, ' ');

/** Escaped text whose line breaks matter (code blocks): newlines become `<br>`. */
const escapeLines = (text: string): string =>
  text
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/[&<>"'\t]/g, (c) => ESCAPES[c]!))
    .join('<br>');

/** Absolute http(s) and mailto URLs only; anything else (javascript:, data:, relative app links) is refused. */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  const hasControlOrSpace = [...trimmed].some((c) => c.charCodeAt(0) <= 32);
  return /^(https?:\/\/|mailto:)/i.test(trimmed) && !hasControlOrSpace ? trimmed : null;
}

/** End of the `{…}` group opening at `open` (index after its `}`), or -1 when unbalanced. */
function groupEnd(tex: string, open: number): number {
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * MathJax (which Anki uses) autoloads its `html` extension: `\href{javascript:…}{x}` would become a
 * live link, and `\class`, `\cssId`, `\style`, `\data` reach the page's HTML; `\require` loads
 * code. The app's KaTeX never trusts them either, so here they lose their first argument
 * (`\href{url}{x}` → `{x}`); `\url{u}` becomes plain text and `\require{…}` disappears.
 */
export function defangTex(tex: string): string {
  let out = '';
  let i = 0;
  const re = /\\(href|class|cssId|style|data|require|url)(?![A-Za-z])\s*/g;
  for (let m = re.exec(tex); m; m = re.exec(tex)) {
    // A backslash before the match escapes it (\\href is a line break, then "href").
    let slashes = 0;
    for (let j = m.index - 1; j >= 0 && tex[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 1) continue;
    out += tex.slice(i, m.index);
    const argStart = m.index + m[0].length;
    const end = tex[argStart] === '{' ? groupEnd(tex, argStart) : -1;
    if (m[1] === 'url' && end > 0) out += `\\text{${tex.slice(argStart + 1, end - 1).replace(/[\\{}$]/g, '')}}`;
    i = end > 0 ? end : argStart;
    re.lastIndex = i;
  }
  return out + tex.slice(i);
}

interface Ctx {
  source: string;
}

const children = (node: Parents, ctx: Ctx): string => node.children.map((c) => render(c, ctx)).join('');

/** `$$x$$` written inside a paragraph is parsed as inline math; the author meant display math. */
function isDoubleDollar(node: { position?: { start: { offset?: number } } | undefined }, ctx: Ctx): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && ctx.source.startsWith('$$', start);
}

const texDisplay = (tex: string) => `\\[${escapeHtml(defangTex(tex).trim())}\\]`;
const texInline = (tex: string) => `\\(${escapeHtml(defangTex(tex).trim())}\\)`;

function cell(tag: 'th' | 'td', node: TableCell, align: string | null | undefined, ctx: Ctx): string {
  const style = align ? ` style="text-align:${align}"` : '';
  return `<${tag}${style}>${children(node, ctx)}</${tag}>`;
}

function render(node: Nodes | RootContent, ctx: Ctx): string {
  switch (node.type) {
    case 'root':
      return children(node, ctx);
    case 'paragraph': {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'inlineMath' && isDoubleDollar(only, ctx)) return `<div>${texDisplay(only.value)}</div>`;
      return `<p>${children(node, ctx)}</p>`;
    }
    case 'heading':
      // Card fields are small: headings inside a question become bold paragraphs.
      return `<p><b>${children(node, ctx)}</b></p>`;
    case 'thematicBreak':
      return '<hr>';
    case 'blockquote':
      return `<blockquote>${children(node, ctx)}</blockquote>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${node.start}"` : '';
      return `<${tag}${start}>${children(node, ctx)}</${tag}>`;
    }
    case 'listItem': {
      // Tight list items hold one paragraph each: write its content without <p>, as browsers do.
      const tight = node.spread !== true && node.children.length === 1 && node.children[0]!.type === 'paragraph';
      const check = node.checked === true ? '☑ ' : node.checked === false ? '☐ ' : '';
      return `<li>${check}${tight ? children(node.children[0] as Parents, ctx) : children(node, ctx)}</li>`;
    }
    case 'code':
      return `<pre><code>${escapeLines(node.value)}</code></pre>`;
    case 'math':
      return `<div>${texDisplay(node.value)}</div>`;
    case 'inlineMath':
      return isDoubleDollar(node, ctx) ? texDisplay(node.value) : texInline(node.value);
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<i>${children(node, ctx)}</i>`;
    case 'strong':
      return `<b>${children(node, ctx)}</b>`;
    case 'delete':
      return `<s>${children(node, ctx)}</s>`;
    case 'break':
      return '<br>';
    case 'link': {
      const href = safeUrl(node.url);
      const inner = children(node, ctx);
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    }
    case 'image':
      return node.alt ? `[${escapeHtml(node.alt)}]` : '';
    case 'imageReference':
      return node.alt ? `[${escapeHtml(node.alt)}]` : '';
    case 'table': {
      const [head, ...body] = node.children;
      const row = (r: (typeof node.children)[number], tag: 'th' | 'td') => `<tr>${r.children.map((c, i) => cell(tag, c, node.align?.[i], ctx)).join('')}</tr>`;
      return `<table>${head ? `<thead>${row(head, 'th')}</thead>` : ''}${body.length ? `<tbody>${body.map((r) => row(r, 'td')).join('')}</tbody>` : ''}</table>`;
    }
    case 'html':
    case 'definition':
    case 'yaml':
      // Raw HTML is never passed on; link definitions and frontmatter have no visible text.
      return '';
    case 'footnoteReference':
      return `<sup>[${escapeHtml(node.label ?? node.identifier)}]</sup>`;
    default: {
      // Anything else (linkReference, footnoteDefinition, table parts out of place, node types a
      // future parser adds): its content, escaped.
      const other = node as { children?: unknown; value?: unknown };
      if (Array.isArray(other.children)) return children(node, ctx);
      return typeof other.value === 'string' ? escapeHtml(other.value) : '';
    }
  }
}

/**
 * Markdown → HTML as described above. `inline`: a single paragraph is written without its `<p>`,
 * for option text and other short phrases.
 */
export function markdownToHtml(md: string, { inline = false }: { inline?: boolean } = {}): string {
  const tree = fromMarkdown(md, options());
  const ctx: Ctx = { source: md };
  if (inline && tree.children.length === 1 && tree.children[0]!.type === 'paragraph') {
    const p = tree.children[0];
    const only = p.children.length === 1 ? p.children[0] : undefined;
    if (!(only?.type === 'inlineMath' && isDoubleDollar(only, ctx))) return children(p, ctx);
  }
  return render(tree, ctx);
}
