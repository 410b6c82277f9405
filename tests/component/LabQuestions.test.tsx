// Questions measured in the lab: checked with tolerance, handed to the deck as valid NAT questions,
// or previewed when no deck is connected; and the recipe controls speak to assistive technology.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NatQuestionSchema } from '@/content-model/schema';
import { LabQuestions } from '@/features/lab/components/LabQuestions';
import { QuantControls } from '@/features/lab/components/QuantControls';
import { TFLITE_INT8, type QuantConfig } from '@/features/lab/lib/config';
import type { LayerWeights } from '@/features/lab/lib/layer-weights';

const layers: LayerWeights[] = [
  { name: 'conv1', kind: 'conv1d', kernelShape: [2, 1, 2], kernel: Float32Array.from([0.2, -0.1, 0.05, 0.1]), bias: new Float32Array(2) },
  { name: 'conv2', kind: 'conv1d', kernelShape: [2, 1, 2], kernel: Float32Array.from([-0.5, 0.3, 0.1, 0]), bias: new Float32Array(2) },
];

describe('LabQuestions', () => {
  it('checks an answer within 1 % and shows the working', async () => {
    const user = userEvent.setup();
    render(<LabQuestions layers={layers} onApplyRecipe={() => {}} />);
    // conv2 is asked about first: weights in [−0.5, 0.3] → scale 0.5/127 = 0.003937.
    expect(screen.getByLabelText('Layer')).toHaveValue('conv2');
    await user.type(screen.getByLabelText('Your answer'), '0.0041');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/Not quite/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Your answer'));
    await user.type(screen.getByLabelText('Your answer'), '0.003937{Enter}');
    expect(await screen.findByText(/✓ Right: 0.003937 is within 1 %/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the working' }));
    expect(screen.getByText(/accepted from 0.003898 to 0.003976/)).toBeInTheDocument();
  });

  it('hands a schema-valid NAT question to the deck', async () => {
    const user = userEvent.setup();
    const onMakeQuestion = vi.fn();
    render(<LabQuestions layers={layers} onApplyRecipe={() => {}} onMakeQuestion={onMakeQuestion} />);
    await user.selectOptions(screen.getByLabelText('Ask for'), 'zero-point-asymmetric');
    await user.click(screen.getByRole('button', { name: 'Add this question to my deck' }));
    expect(onMakeQuestion).toHaveBeenCalledTimes(1);
    const q: unknown = onMakeQuestion.mock.calls[0]![0];
    const parsed = NatQuestionSchema.safeParse(q);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.answer).toMatchObject({ value: 31, min: 31, max: 31 });
    expect(screen.getByRole('button', { name: 'Added to your deck' })).toBeDisabled();
    expect(screen.queryByTestId('question-preview')).toBeNull();
  });

  it('previews the question when no deck is connected, and sets the lab to the question’s recipe', async () => {
    const user = userEvent.setup();
    const onApplyRecipe = vi.fn();
    render(<LabQuestions layers={layers} onApplyRecipe={onApplyRecipe} />);
    await user.click(screen.getByRole('button', { name: 'Set the lab to this recipe' }));
    expect(onApplyRecipe).toHaveBeenCalledWith({ bits: 8, scheme: 'symmetric', granularity: 'per-tensor', rounding: 'half-away', sparsity: 0 });
    await user.click(screen.getByRole('button', { name: 'Add this question to my deck' }));
    const preview = await screen.findByTestId('question-preview');
    expect(preview).toHaveTextContent(/lab-conv2-scale-symmetric-/);
    expect(preview).toHaveTextContent(/scale = 0.003937008/);
  });
});

describe('QuantControls', () => {
  it('labels every control and reports changes as a full recipe', () => {
    let config: QuantConfig = TFLITE_INT8;
    const onChange = vi.fn((c: QuantConfig) => (config = c));
    const { rerender } = render(<QuantControls config={config} onChange={onChange} />);
    const bits = screen.getByRole('slider', { name: /Bit width/ });
    expect(bits).toHaveAttribute('aria-valuetext', '8 bits');
    expect(screen.getByText(/Integers -127 … 127: 255 levels, zero point 0/)).toBeInTheDocument();
    fireEvent.change(bits, { target: { value: '4' } });
    expect(config).toEqual({ ...TFLITE_INT8, bits: 4 });
    rerender(<QuantControls config={config} onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: /Asymmetric/ }));
    expect(config).toEqual({ ...TFLITE_INT8, bits: 4, scheme: 'asymmetric' });
    rerender(<QuantControls config={config} onChange={onChange} />);
    expect(screen.getByText(/Integers -8 … 7: 16 levels/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the TFLite int8 defaults' }));
    expect(config).toEqual(TFLITE_INT8);
    expect(screen.getByRole('group', { name: 'Rounding' })).toBeInTheDocument();
  });
});
