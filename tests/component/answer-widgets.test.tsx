// The answer widgets on real parsed questions: what the learner sees and what the callbacks receive.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceInput } from '@/components/question/ChoiceInput';
import { GradeButtons } from '@/components/question/GradeButtons';
import { NatInput } from '@/components/question/NatInput';
import { OpenAnswerInput } from '@/components/question/OpenAnswerInput';
import { q } from '../helpers/questions';

describe('ChoiceInput', () => {
  it('letters options by display position and reports bank keys (MCQ: radios)', async () => {
    const onChange = vi.fn();
    render(<ChoiceInput question={q('m-arena', 'mcq')} order={['C', 'A', 'D', 'B']} selected={[]} onChange={onChange} locked={false} reveal={false} name="t" />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(4);
    expect(screen.getByRole('radio', { name: 'A: EEPROM' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'D: SRAM' }));
    expect(onChange).toHaveBeenCalledWith(['B']);
  });

  it('toggles checkboxes for MSQ', async () => {
    function Harness() {
      const [sel, setSel] = useState<string[]>([]);
      return (
        <>
          <ChoiceInput question={q('s-speed', 'msq')} order={['A', 'B', 'C', 'D']} selected={sel} onChange={setSel} locked={false} reveal={false} name="m" />
          <output>{sel.join(',')}</output>
        </>
      );
    }
    render(<Harness />);
    expect(screen.getByText('Select every correct option.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'A: Integer kernels' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'C: Operator fusion' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'A: Integer kernels' }));
    expect(screen.getByRole('status')).toHaveTextContent('C');
  });

  it('after checking, marks each option right or wrong and locks the inputs', () => {
    render(<ChoiceInput question={q('s-speed', 'msq')} order={['A', 'B', 'C', 'D']} selected={['A', 'B']} locked reveal name="r" />);
    const items = within(screen.getByRole('group')).getAllByRole('listitem');
    expect(items.map((li) => li.className.trim())).toEqual(['is-correct', 'is-chosen-wrong', 'is-correct', 'is-wrong']);
    expect(items[0]).toHaveTextContent('✓ Correct, and you chose it');
    expect(items[2]).toHaveTextContent('✓ Correct — you missed it');
    expect(items[1]).toHaveTextContent('✗ Your choice — not correct');
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });

  it('greys out an option ruled out by a hint', () => {
    render(<ChoiceInput question={q('m-arena', 'mcq')} order={['A', 'B', 'C', 'D']} selected={[]} locked={false} reveal={false} eliminated={['D']} name="h" />);
    expect(screen.getByRole('radio', { name: /D: The cloud/ })).toBeDisabled();
    expect(screen.getByText('(ruled out by the hint)')).toBeInTheDocument();
  });
});

describe('NatInput', () => {
  function Harness({ onSubmit }: { onSubmit: () => void }) {
    const [v, setV] = useState('');
    return <NatInput question={q('n-latency', 'nat')} value={v} onChange={setV} locked={false} onSubmit={onSubmit} />;
  }

  it('says how it reads the answer, with unit conversion, and submits on Enter', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const box = screen.getByLabelText('Your answer (in ms)');
    expect(screen.getByText(/Commas, scientific notation/)).toBeInTheDocument();
    await userEvent.type(box, '4.2 s');
    expect(screen.getByText('Reads as 4,200 ms.')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'false');
    await userEvent.type(box, '{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('explains an answer it cannot read', async () => {
    render(<Harness onSubmit={() => undefined} />);
    const box = screen.getByLabelText('Your answer (in ms)');
    await userEvent.type(box, '4 kg');
    expect(screen.getByText('"kg" is not a unit TinyPrep knows; answer in ms')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('OpenAnswerInput', () => {
  it('lets the learner write, then reveals the model answer and key points to tick', async () => {
    const onToggle = vi.fn();
    const onText = vi.fn();
    const { rerender } = render(<OpenAnswerInput question={q('o-why', 'open')} text="" covered={[]} revealed={false} locked={false} onText={onText} onToggle={onToggle} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'smaller' } });
    expect(onText).toHaveBeenCalledWith('smaller');
    expect(screen.queryByText('Model answer')).toBeNull();
    rerender(<OpenAnswerInput question={q('o-why', 'open')} text="smaller" covered={[1]} revealed locked={false} onText={onText} onToggle={onToggle} />);
    expect(await screen.findByText('Smaller, faster, cheaper.')).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([false, true, false, false]);
    expect(screen.getByText('1 of 4 covered')).toBeInTheDocument();
    await userEvent.click(boxes[3]!);
    expect(onToggle).toHaveBeenCalledWith(3);
  });
});

describe('GradeButtons', () => {
  it('shows the four grades with intervals, the suggestion starred and the choice checked', async () => {
    const onChange = vi.fn();
    render(<GradeButtons value={2} suggested={3} intervals={{ 1: 60_000, 2: 360_000, 3: 600_000, 4: 8 * 86_400_000 }} onChange={onChange} />);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(['Again 1 min1', 'Hard 6 min2', 'Good ★10 min3', 'Easy 8 d4']);
    expect(screen.getByRole('radio', { name: /Hard/ })).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(screen.getByRole('radio', { name: /Easy/ }));
    expect(onChange).toHaveBeenCalledWith(4);
  });
});
