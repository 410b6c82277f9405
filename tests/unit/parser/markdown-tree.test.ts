// Parsing a bank in pieces (to stay linear) must give exactly the tree micromark gives for the whole text.
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mathFromMarkdown } from 'mdast-util-math';
import { frontmatter } from 'micromark-extension-frontmatter';
import { math } from 'micromark-extension-math';
import { describe, expect, it } from 'vitest';
import { markdownTree, pieceStarts } from '../../../src/content-model/markdown-tree';
import { readFixture } from '../../helpers/fixtures';

const whole = (text: string) =>
  fromMarkdown(text, { extensions: [math(), frontmatter(['yaml'])], mdastExtensions: [mathFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });

const tricky = [
  '---\ntitle: x\n# not a heading\n---\n\n# Title\n',
  '```\n# inside code\n```\n# after\n',
  '$$\n# inside math\n$$\n## after',
  '<!--\n\n# inside a comment\n\n-->\n# after',
  '<div>\n# inside html\n\n# after\n',
  '- item\n# ends the list\n  continued?\n',
  '> quote\n# ends the quote\n',
  '    # indented code\n# heading\n',
  'Setext\n===\n# next\n',
  '[ref]: https://x.y\n# h\n[ref]\n',
];
const lines = fc.constantFrom('# H', '## MCQ', '### Q1.', '- A) a', '  > why', '```', '$$', '<!--', '-->', '<div>', '', 'text', '**Answer:** B', '---', '    code', '> q');

describe('markdownTree', () => {
  it.each(['exam-style.md', 'qa-style.md', 'bad/broken-bank.md'])('equals a whole-text parse on %s', (name) => {
    const text = readFixture(name);
    expect(pieceStarts(text).length).toBeGreaterThan(3);
    expect(markdownTree(text)).toEqual(whole(text));
  });

  it.each(tricky)('equals a whole-text parse on %j', (text) => {
    expect(markdownTree(text).children).toEqual(whole(text).children);
  });

  it('equals a whole-text parse on random line soups', () => {
    fc.assert(
      fc.property(fc.array(lines, { maxLength: 40 }), (ls) => {
        const text = ls.join('\n');
        expect(markdownTree(text).children).toEqual(whole(text).children);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
