// Anki plain-text export on real parsed questions: the header lines Anki reads, one note per
// line with exactly three tab-separated fields, math as MathJax delimiters, safe HTML, Anki tags.
import { describe, expect, it } from 'vitest';
import { ANKI_HEADER, ankiBack, ankiField, ankiFront, ankiTag, ankiTags, toAnkiText } from '@/features/flashcards/lib/anki';
import { questions as engineQuestions } from '../../helpers/questions';
import { eq, exportQuestions } from './export-bank';

const items = exportQuestions.map((question) => ({ question, bank: 'export-bank' }));
const text = toAnkiText(items);
const lines = text.split('\n');
const note = (id: string) => {
  const i = exportQuestions.findIndex((q) => q.id === id);
  return lines[ANKI_HEADER.length + i]!.split('\t');
};

describe('Anki text file', () => {
  it('starts with exactly the three header lines and ends with a newline', () => {
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(text.endsWith('\n')).toBe(true);
    expect(lines.at(-1)).toBe('');
  });

  it('writes one line per question with exactly three fields, whatever the Markdown holds', () => {
    const notes = lines.slice(3, -1);
    expect(notes).toHaveLength(exportQuestions.length);
    for (const n of notes) expect(n.split('\t')).toHaveLength(3);
    // The bank has multi-line prompts, code with a tab and display math over several lines.
    expect(exportQuestions.some((q) => q.prompt.includes('\n'))).toBe(true);
    expect(exportQuestions.some((q) => q.type === 'open' && q.modelAnswer.includes('\t'))).toBe(true);
  });

  it('escapes tabs and newlines inside a field', () => {
    expect(ankiField('a\tb\nc\r\nd')).toBe('a&#9;b<br>c<br>d');
    const [, back] = note('x-clamp');
    expect(back).toContain('<pre><code>int8_t clamp(int v) {<br>&#9;return v &lt; -128 ? -128 : v &gt; 127 ? 127 : v;<br>}</code></pre>');
  });

  it('converts inline math to \\(…\\) and display math to \\[…\\], both $$ styles', () => {
    expect(note('x-macs')[0]).toContain('Which layers cost \\(k^2 \\cdot C_{in} \\cdot C_{out}\\) MACs per output pixel?');
    const back = note('x-latency')[1]!;
    expect(back).toContain('<div>\\[t = \\frac{100}{25}\\,\\text{s} = 4\\,\\text{s}\\]</div>');
    expect(back).toContain('Written inline: \\[t = 4000\\,\\text{ms}\\]');
    expect(text).not.toMatch(/\$/);
  });

  it('letters the options on the front and gives the answer, every option explanation and the explanation on the back', () => {
    const [front, back] = note('x-arena');
    expect(front).toBe(
      '<p>Where does the &quot;tensor arena&quot; live, and why? It is rewritten for every layer.</p><ol type="A"><li>Flash, because it is large</li><li>SRAM</li></ol>',
    );
    expect(back).toBe(
      '<p><b>Correct answer: B</b></p><ul><li><b>B</b> SRAM</li></ul><p><b>Why</b></p><ul><li><b>A ✗</b> Flash holds weights; writing it per layer is slow, and it wears out.</li><li><b>B ✓</b> Right: activations change every layer, so they need &quot;fast&quot; RAM.</li></ul><p><b>Explanation</b></p><p>Weights in flash, activations in SRAM.</p>',
    );
  });

  it('gives NAT answers with their accepted range and open answers with key points', () => {
    expect(ankiBack(eq('x-latency'))).toMatch(/^<p><b>Answer: 4000 ms<\/b> \(accepted: 3,960 to 4,040 ms\)<\/p><p><b>Worked solution<\/b><\/p>/);
    expect(ankiFront(eq('x-latency'))).toBe('<p>100 MFLOPs at 25 MFLOP/s take how long?</p><p><i>Numeric answer, in ms.</i></p>');
    expect(ankiBack(eq('x-clamp'))).toContain('<p><b>Key points</b></p><ul><li>Saturate, do not wrap</li><li>Range is \\([-128, 127]\\)</li></ul>');
    expect(ankiFront(eq('x-macs'))).toContain('<p><i>Select every correct option.</i></p><ol type="A">');
  });

  it('passes no raw HTML and no javascript: URL from the bank', () => {
    const [front, back] = note('x-hostile');
    const all = `${front}${back}`;
    expect(all).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(front).toBe(
      '<p>Click alert(1) here or  and see \\({x}\\).</p><ol type="A"><li><a href="https://example.com/a?b=1&amp;c=&quot;2&quot;">docs</a></li><li>=HYPERLINK(&quot;<a href="http://evil">http://evil</a>&quot;)</li></ol>',
    );
    // Every tag in the file is one the exporter writes.
    const tags = [...text.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['p', 'b', 'i', 'ol', 'ul', 'li', 'a', 'div', 'pre', 'code', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td']));
  });

  it('tags each note with topic, difficulty, tags and bank, with no spaces', () => {
    expect(note('x-arena')[2]).toBe('Edge_AI,_deployment easy tensor_arena sram export-bank');
    expect(note('x-latency')[2]).toBe('FLOPs_and_latency medium export-bank');
    expect(ankiTag('  two  words\t"quoted" ')).toBe('two_words_quoted');
    expect(ankiTags({ question: eq('x-arena'), bank: 'SRAM' })).toBe('Edge_AI,_deployment easy tensor_arena sram');
    for (const n of lines.slice(3, -1)) for (const tag of n.split('\t')[2]!.split(' ')) expect(tag).toMatch(/^[^\s"]+$/);
  });

  it('exports the engine fixture bank too (every type), one line each', () => {
    const out = toAnkiText(engineQuestions.map((question) => ({ question, bank: 'engine-fixture' })));
    expect(out.split('\n').slice(3, -1)).toHaveLength(engineQuestions.length);
    expect(out).toContain('<p><b>Correct answers: A, C</b></p>');
    expect(out).toContain('<p><b>Answer: 100,352</b> (accepted: 100,351.5 to 100,352.5 MACs)</p>');
  });
});
