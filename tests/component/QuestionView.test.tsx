// The read-only question view on real parsed questions: options, reveal, explanations, NAT ranges, key points.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionView } from '@/components/question/QuestionView';
import { parseBank } from '@/content-model/parse-bank';

const { bank } = parseBank(
  `## MCQ

### Q1. {#cv-one}

Which memory holds the **tensor arena**?

- A) Flash
  > Flash keeps the weights; it is too slow to write every layer.
- B) SRAM
  > Activations are rewritten for every layer, so they need RAM.

**Answer:** B

**Explanation:** Flash for weights, SRAM for activations.

## NAT

### Q1. {#cv-two}

**Unit:** ms · **Tolerance:** 1%

How long does one 100 MFLOP inference take at 25 MFLOP/s?

**Answer:** 4000

## Concept questions

### Q1: Why quantize? {#cv-three}

**Answer:** Smaller and faster.

**Key points:**
- Four times smaller at int8
- Integer kernels
`,
  'view.md',
);
const q = (id: string) => bank.questions.find((x) => x.id === id)!;

describe('QuestionView', () => {
  it('shows the prompt and options but hides answers until revealed', async () => {
    render(<QuestionView question={q('cv-one')} revealed={false} />);
    expect((await screen.findByText('tensor arena')).tagName).toBe('STRONG');
    const options = within(screen.getByRole('list', { name: 'Options' })).getAllByRole('listitem');
    expect(options.map((o) => o.textContent)).toEqual(['AOption A: Flash', 'BOption B: SRAM']);
    expect(screen.queryByText(/Correct answer/)).toBeNull();
    expect(screen.queryByText(/Activations are rewritten/)).toBeNull();
  });

  it('reveals the correct option, every option explanation and the explanation', async () => {
    render(<QuestionView question={q('cv-one')} revealed />);
    await screen.findByText(/too slow to write/);
    expect(screen.getByText('Correct answer:').parentElement).toHaveTextContent('Correct answer: B');
    const [a, b] = within(screen.getByRole('list', { name: 'Options' })).getAllByRole('listitem');
    expect(a).toHaveClass('is-wrong');
    expect(b).toHaveClass('is-correct');
    expect(within(a!).getByText(/too slow to write/)).toBeInTheDocument();
    expect(within(b!).getByText('✓ Correct')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Explanation' })).toHaveTextContent('Flash for weights, SRAM for activations.');
  });

  it('states the unit of a NAT question, then its accepted range', () => {
    const { rerender } = render(<QuestionView question={q('cv-two')} revealed={false} />);
    expect(screen.getByText('A numeric answer, in ms.')).toBeInTheDocument();
    rerender(<QuestionView question={q('cv-two')} revealed />);
    expect(screen.getByText(/accepted 3,960 to 4,040/)).toHaveTextContent('accepted 3,960 to 4,040 ms');
  });

  it('shows the model answer and the key points of an open question', async () => {
    render(<QuestionView question={q('cv-three')} revealed />);
    await screen.findByText('Smaller and faster.');
    expect(screen.getByRole('group', { name: 'Model answer' })).toHaveTextContent('Smaller and faster.');
    const points = within(screen.getByRole('group', { name: 'Key points' })).getAllByRole('listitem');
    expect(points.map((p) => p.textContent)).toEqual(['Four times smaller at int8', 'Integer kernels']);
  });
});
