/** "What am I looking at?": the ideas behind the numbers, one click away. */
import { useId, useState } from 'react';

export function Explainer() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="lab-explainer">
      <button type="button" className="btn ghost" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide the explanation' : 'What am I looking at?'}
      </button>
      {open && (
        <div id={id} className="card lab-explainer-body" data-testid="explainer">
          <p>
            <strong>Quantization</strong> stores each weight as a small integer <em>q</em> and a shared real <em>scale</em>:
            real ≈ scale · (q − zero point). With N bits there are 2ᴺ − 1 (symmetric) or 2ᴺ levels, so every weight snaps to the nearest
            level and moves by at most half a step.
          </p>
          <ul>
            <li>
              <strong>Symmetric</strong> puts zero in the middle (zero point 0) and spans ±max|w|; <strong>asymmetric</strong> fits [min, max]
              and spends a zero point to do it.
            </li>
            <li>
              <strong>Per channel</strong> gives each output filter its own scale, so a filter with small weights is not crushed by its
              neighbour&apos;s outlier.
            </li>
            <li>
              <strong>Rounding</strong> matters only on exact halves; TFLite rounds them away from zero, <code>tf.round</code> to even.
            </li>
            <li>
              <strong>SQNR</strong> compares weight power with error power. Each extra bit halves the step and adds about 6 dB.
            </li>
            <li>
              <strong>Pruning</strong> zeroes the smallest weights first; zero is always a level, so they stay exactly zero.
            </li>
          </ul>
          <p>
            The histograms show a layer&apos;s weights before (grey) and after (colour) with the grid&apos;s levels as thin vertical lines: at 2 bits
            every weight lands on one of three values. The accuracy numbers come from running the model in TensorFlow.js with those
            dequantized weights on windows it never trained on.
          </p>
        </div>
      )}
    </div>
  );
}
