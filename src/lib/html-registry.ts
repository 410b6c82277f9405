/**
 * Pre-rendered HTML for Markdown strings, filled when a compiled bank is loaded.
 * A component asks for the HTML of the Markdown it was given; if none was pre-rendered
 * (an imported bank), it renders the Markdown itself, lazily.
 */
import { shortHash } from '../utils/hash.ts';

const registry = new Map<string, string>();

/** Key of a Markdown string: its hash and length, so that a hash collision also needs equal length. */
export const htmlKey = (markdown: string): string => `${shortHash(markdown)}.${markdown.length.toString(36)}`;

export function registerHtml(html: Record<string, string>): void {
  for (const [k, v] of Object.entries(html)) registry.set(k, v);
}

export const lookupHtml = (markdown: string): string | undefined => registry.get(htmlKey(markdown));
