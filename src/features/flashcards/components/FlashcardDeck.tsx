/**
 * Flip-card study: one card at a time. Space flips (wherever the focus is, except in a text field),
 * ← and → move; the buttons do the same for pointer users. The flip animates unless the user asked
 * for reduced motion (flashcards.css). Only the visible side is in the page, so a screen reader
 * reads what a sighted user sees; a live region says which side is showing.
 */
import { useState, type MouseEvent, type ReactNode } from 'react';
import { typeName } from '@/components/question/labels';
import { useHotkeys } from '@/components/ui/useHotkeys';
import type { Question } from '@/content-model/schema';
import { CardBack, CardFront } from './CardFaces';

interface Props {
  questions: readonly Question[];
  /** Shown after the last card ("Shuffle again", "Back to the selection"). */
  endActions?: ReactNode;
}

export function FlashcardDeck({ questions, endActions }: Props) {
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [motion, setMotion] = useState<'flip' | 'move' | 'none'>('none');
  const n = questions.length;
  const q = questions[Math.min(index, n - 1)];

  const flip = () => {
    setFlipped((f) => !f);
    setMotion('flip');
  };
  const move = (delta: number) => {
    const next = Math.max(0, Math.min(n - 1, index + delta));
    if (next === index) return;
    setIndex(next);
    setFlipped(false);
    setMotion('move');
  };
  useHotkeys({ ' ': flip, ArrowLeft: () => move(-1), ArrowRight: () => move(1) }, n > 0);

  if (!q) return <p className="muted">No cards to show.</p>;
  const last = index === n - 1;
  // A click on the card flips it, except on a link inside it.
  const onCardClick = (e: MouseEvent) => {
    if (!(e.target instanceof Element && e.target.closest('a, button, input, summary'))) flip();
  };

  return (
    <section className="fc-deck" aria-label="Flashcards">
      <div className="fc-progress">
        <p className="fc-progress-label">
          Card {index + 1} of {n}
          <span className="muted"> · {flipped ? 'answer' : 'question'}</span>
        </p>
        <div className="fc-progress-track" aria-hidden="true">
          <div className="fc-progress-fill" style={{ width: `${((index + 1) / n) * 100}%` }} />
        </div>
      </div>
      {/* The card is a region, not a button: it holds lists and tables. Space and the Flip button flip it. */}
      <article className="fc-card" aria-roledescription="flashcard" aria-label={`Card ${index + 1}, ${flipped ? 'answer' : 'question'}`} onClick={onCardClick}>
        <div key={`${index}-${flipped ? 'back' : 'front'}`} className={`fc-side ${flipped ? 'fc-side-back' : 'fc-side-front'} fc-anim-${motion}`}>
          <h2 className="fc-meta">
            <span className="fc-side-name">{flipped ? 'Answer' : 'Question'}</span> · {q.label}
            {q.label.startsWith(typeName(q)) ? '' : ` · ${typeName(q)}`} · {q.topic} · {q.difficulty}
          </h2>
          {flipped ? <CardBack question={q} /> : <CardFront question={q} />}
        </div>
      </article>
      <div className="fc-controls" role="group" aria-label="Card controls">
        <button type="button" className="btn" onClick={() => move(-1)} disabled={index === 0}>
          ← Previous <kbd>←</kbd>
        </button>
        <button type="button" className="btn primary fc-flip" aria-pressed={flipped} onClick={flip}>
          Flip <kbd>Space</kbd>
        </button>
        <button type="button" className="btn" onClick={() => move(1)} disabled={last}>
          Next <kbd>→</kbd>
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        Card {index + 1} of {n}, {flipped ? 'answer' : 'question'} showing.
      </p>
      {last && endActions && (
        <div className="fc-end panel">
          <p>That was the last card.</p>
          {endActions}
        </div>
      )}
    </section>
  );
}
