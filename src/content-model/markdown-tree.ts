/**
 * Markdown → mdast, with exactly the syntax a bank may use for its structure:
 * CommonMark, `$…$`/`$$…$$` math (so that `$$ a - b $$` is never read as a list) and YAML frontmatter.
 * GFM (tables, strikethrough) matters only when a field is rendered, so it is not parsed here.
 *
 * Speed: micromark's time grows with the square of the document on long runs of small blocks
 * (about 8 s for 4,000 short questions here; see micromark/micromark#169). A bank is a sequence of
 * sections that each start with an ATX heading, and nothing can carry across such a heading except
 * a fenced block (``` ~~~ $$), an HTML block or a link reference definition, so the text is cut just
 * before every `#` line outside those, each piece is parsed alone, and positions are shifted back.
 * The result is identical (tests/unit/parser/markdown-tree.test.ts) and the time linear.
 */
import type { Node, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mathFromMarkdown } from 'mdast-util-math';
import { frontmatter } from 'micromark-extension-frontmatter';
import { math } from 'micromark-extension-math';

const options = {
  extensions: [math(), frontmatter(['yaml'])],
  mdastExtensions: [mathFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

/** Offsets where a new top-level piece may start: before each ATX heading outside fences and HTML blocks. */
export function pieceStarts(text: string): number[] {
  const starts = [0];
  let fence: string | null = null;
  let htmlEnd: string | null = null;
  let offset = 0;
  let first = true;
  let inFrontmatter = text.startsWith('---\n');
  for (const line of text.split('\n')) {
    const here = offset;
    offset += line.length + 1;
    if (inFrontmatter) {
      if (!first && /^(---|\.\.\.)\s*$/.test(line)) inFrontmatter = false;
      first = false;
      continue;
    }
    first = false;
    if (fence) {
      if (line.trimStart().startsWith(fence) && line.length - line.trimStart().length < 4) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,}|\${2,})/.exec(line);
    if (open) {
      // A `$$…$$` on one line opens nothing.
      const marker = open[1]!;
      if (!(marker.startsWith('$') && line.trim().length > marker.length && line.trim().endsWith(marker))) fence = marker;
      continue;
    }
    if (htmlEnd !== null) {
      // Comments and <script>/<pre>/<style>/<textarea> run to their closing marker; other HTML to a blank line.
      if (htmlEnd === '' ? line.trim() === '' : line.toLowerCase().includes(htmlEnd)) htmlEnd = null;
      continue;
    }
    const html = /^ {0,3}<(!--|script|pre|style|textarea)?/i.exec(line);
    if (html) {
      const kind = html[1]?.toLowerCase();
      const end = kind === undefined ? '' : kind === '!--' ? '-->' : `</${kind}>`;
      if (end === '' || !line.toLowerCase().includes(end)) htmlEnd = end;
      continue;
    }
    if (/^#{1,6}(\s|$)/.test(line) && here > 0) starts.push(here);
  }
  return starts;
}

function shift(node: Node, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start = { ...p.start, line: p.start.line + lines, offset: (p.start.offset ?? 0) + offset };
    p.end = { ...p.end, line: p.end.line + lines, offset: (p.end.offset ?? 0) + offset };
  }
  const kids = (node as { children?: Node[] }).children;
  if (kids) for (const k of kids) shift(k, lines, offset);
}

/** `[label]: url` definitions apply document-wide; a bank that uses them is parsed whole. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/** `onPiece(done, total)` reports progress every 200 pieces, for progress bars on large banks. */
export function markdownTree(text: string, onPiece?: (done: number, total: number) => void): Root {
  const starts = DEFINITION.test(text) ? [0] : pieceStarts(text);
  if (starts.length === 1) return fromMarkdown(text, options);
  const children: RootContent[] = [];
  let lineBase = 0;
  starts.forEach((start, i) => {
    if (onPiece && i % 200 === 0) onPiece(i, starts.length);
    const piece = text.slice(start, starts[i + 1] ?? text.length);
    const tree = fromMarkdown(piece, options);
    for (const child of tree.children) shift(child, lineBase, start);
    children.push(...tree.children);
    lineBase += piece.split('\n').length - 1;
  });
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lineBase + 1, column: 1, offset: text.length } },
  };
}
