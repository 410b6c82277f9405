/**
 * Anki plain-text export (File → Import in Anki 2.1.55+): one note per line, three tab-separated
 * fields — Front, Back, Tags — after the header lines Anki reads:
 *
 *     #separator:tab
 *     #html:true
 *     #tags column:3
 *
 * Fields are HTML (see markdown-html.ts: safe, no raw HTML from the bank, math as `\(…\)` and
 * `\[…\]` for Anki's MathJax) and never contain a tab or a line break, so each note is one line.
 * Tags: the topic, the difficulty, the question's tags and the bank id, each made a valid Anki
 * tag (no spaces: Anki separates tags with spaces).
 */
import type { Question } from '@/content-model/schema';
import { acceptedText, answerHint } from './answer-text';
import type { ExportItem } from './export-item';
import { escapeHtml, markdownToHtml } from './markdown-html';

export const ANKI_HEADER = ['#separator:tab', '#html:true', '#tags column:3'] as const;

/** A field value safe for one tab-separated line: tabs become `&#9;`, line breaks `<br>`. */
export const ankiField = (html: string): string => html.replace(/\t/g, '&#9;').replace(/\r\n?|\n/g, '<br>');

/**
 * An Anki tag: whitespace runs become `_`; double quotes and control characters are removed
 * (Anki would split or quote on them). Returns '' when nothing is left.
 */
export function ankiTag(text: string): string {
  return [...text.trim().replace(/\s+/g, '_')].filter((c) => c !== '"' && c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127).join('');
}

/** The note's tags, space-separated, without duplicates (Anki tags ignore case). */
export function ankiTags(item: ExportItem): string {
  const q = item.question;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of [q.topic, q.difficulty, ...q.tags, item.bank]) {
    const tag = ankiTag(raw);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out.join(' ');
}

/** Front: the prompt, how to answer, and the options lettered A, B, C… */
export function ankiFront(q: Question): string {
  const hint = answerHint(q);
  const options =
    q.type === 'mcq' || q.type === 'msq'
      ? `<ol type="A">${q.options.map((o) => `<li>${markdownToHtml(o.text, { inline: true })}</li>`).join('')}</ol>`
      : '';
  return `${markdownToHtml(q.prompt)}${hint ? `<p><i>${escapeHtml(hint)}</i></p>` : ''}${options}`;
}

const section = (title: string, html: string) => `<p><b>${escapeHtml(title)}</b></p>${html}`;

/** Back: the answer, why each option is right or wrong, the worked solution, model answer and key points. */
export function ankiBack(q: Question): string {
  const parts: string[] = [];
  if (q.type === 'mcq' || q.type === 'msq') {
    const correct = q.options.filter((o) => q.answer.includes(o.key));
    const label = q.type === 'msq' ? 'Correct answers' : 'Correct answer';
    parts.push(
      `<p><b>${label}: ${escapeHtml(q.answer.join(', '))}</b></p><ul>${correct.map((o) => `<li><b>${o.key}</b> ${markdownToHtml(o.text, { inline: true })}</li>`).join('')}</ul>`,
    );
    const notes = q.options.filter((o) => o.explanation);
    if (notes.length) {
      const items = notes.map((o) => `<li><b>${o.key} ${q.answer.includes(o.key) ? '✓' : '✗'}</b> ${markdownToHtml(o.explanation!, { inline: true })}</li>`);
      parts.push(section('Why', `<ul>${items.join('')}</ul>`));
    }
  } else if (q.type === 'nat') {
    parts.push(`<p><b>Answer: ${escapeHtml(q.answer.display)}</b> (accepted: ${escapeHtml(acceptedText(q))})</p>`);
  } else {
    parts.push(section('Model answer', markdownToHtml(q.modelAnswer)));
    if (q.keyPoints.length) parts.push(section('Key points', `<ul>${q.keyPoints.map((k) => `<li>${markdownToHtml(k, { inline: true })}</li>`).join('')}</ul>`));
  }
  if (q.explanation) parts.push(section(q.type === 'nat' ? 'Worked solution' : 'Explanation', markdownToHtml(q.explanation)));
  return parts.join('');
}

/** The whole file: header lines, then one note per line, ending with a newline. */
export function toAnkiText(items: readonly ExportItem[]): string {
  const lines = items.map((item) => [ankiFront(item.question), ankiBack(item.question), ankiTags(item)].map(ankiField).join('\t'));
  return `${[...ANKI_HEADER, ...lines].join('\n')}\n`;
}
