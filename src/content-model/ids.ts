import { shortHash } from '../utils/hash.ts';

/** Lower-case, ASCII, words joined by "-". "Q4: What's INT8?" → "q4-what-s-int8". */
export function slugify(text: string, maxWords = 6): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Text with Markdown punctuation, case and spacing removed: what a reader would call "the same prompt". */
export function normalizeForId(markdown: string): string {
  return markdown
    .toLowerCase()
    .replace(/[*_`~>#[\]()!|\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A question id derived from its prompt, so that reordering a bank keeps progress.
 * Editing the prompt's words changes it; authors who edit often pin an explicit `{#id}`.
 */
export function deriveQuestionId(prompt: string): string {
  const words = slugify(prompt.replace(/\$[^$]*\$/g, ' '), 6) || 'q';
  return `${words}-${shortHash(normalizeForId(prompt))}`;
}
