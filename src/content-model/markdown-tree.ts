/**
 * Markdown → mdast, with exactly the syntax a bank may use for its structure:
 * CommonMark, `$…$`/`$$…$$` math (so that `$$ a - b $$` is never read as a list) and YAML frontmatter.
 * GFM (tables, strikethrough) matters only when a field is rendered, so it is not parsed here.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mathFromMarkdown } from 'mdast-util-math';
import { frontmatter } from 'micromark-extension-frontmatter';
import { math } from 'micromark-extension-math';

export function markdownTree(text: string): Root {
  return fromMarkdown(text, {
    extensions: [math(), frontmatter(['yaml'])],
    mdastExtensions: [mathFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}
