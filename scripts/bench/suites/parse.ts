/** Parsing a generated 2,000-question bank, against remark-parse alone on the same text. */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { pieceStarts } from '../../../src/content-model/markdown-tree.ts';
import { parseBank } from '../../../src/content-model/parse-bank.ts';
import { generateBank } from '../../generate-bank.ts';
import { medianMs, type Suite } from '../context.ts';

const suite: Suite = {
  name: 'parse',
  async run() {
    const text = generateBank(2000, 7);
    const result = parseBank(text, 'generated.md');
    if (result.bank.questions.length !== 2000 || result.issues.length) {
      throw new Error(`the generated bank did not parse cleanly: ${result.bank.questions.length} questions, ${result.issues.length} issues`);
    }
    const remark = unified().use(remarkParse);
    // remark-parse is quadratic on long banks (micromark/micromark#169), so this floor is slow: 3 runs.
    const floor = await medianMs(() => remark.parse(text), 3, 0);
    const ours = await medianMs(() => parseBank(text, 'generated.md'), 5, 1);
    // The fair floor for our linear, piecewise parse: remark-parse on the very same pieces.
    const starts = pieceStarts(text);
    const pieces = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
    const piecewise = await medianMs(() => pieces.forEach((p) => remark.parse(p)), 5, 1);
    return [
      {
        id: 'parse-2000',
        label: `Parse + validate a 2,000-question bank (${Math.round(text.length / 1024)} KiB)`,
        value: Number(ours.toFixed(1)),
        unit: 'ms',
        floor: { label: 'remark-parse alone, same text', value: Number(floor.toFixed(1)) },
        budget: { max: 1.5, on: 'ratio' },
      },
      {
        id: 'parse-2000-vs-pieces',
        label: 'Same parse, against remark-parse on the same pieces',
        value: Number(ours.toFixed(1)),
        unit: 'ms',
        floor: { label: `remark-parse on the ${pieces.length} pieces`, value: Number(piecewise.toFixed(1)) },
        note: 'what parse + math + frontmatter + segmentation + zod validation cost over bare tokenizing',
      },
    ];
  },
};
export default suite;
