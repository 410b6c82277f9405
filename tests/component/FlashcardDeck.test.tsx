// Flip-card study on real parsed questions: Space flips, ← → move, the buttons do the same, only
// the visible side is in the page, and Space on a focused button flips instead of pressing it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FlashcardDeck } from '@/features/flashcards/components/FlashcardDeck';
import { q } from '../helpers/questions';

const deck = [q('m-arena', 'mcq'), q('s-speed', 'msq'), q('n-latency', 'nat'), q('o-why', 'open')];
const progress = () => screen.getByText(/^Card \d+ of \d+$/, { selector: '.fc-progress-label, .fc-progress-label *' }).closest('p')!.textContent;
const card = () => screen.getByRole('article');

describe('FlashcardDeck', () => {
  it('shows the front with lettered options, and Space flips to the back and back again', async () => {
    const user = userEvent.setup();
    render(<FlashcardDeck questions={deck} />);
    await within(card()).findByText('Where does the tensor arena live?');
    expect(progress()).toBe('Card 1 of 4 · question');
    const options = within(within(card()).getByRole('list', { name: 'Options' })).getAllByRole('listitem');
    expect(options.map((o) => o.querySelector('.option-key')!.textContent)).toEqual(['A', 'B', 'C', 'D']);
    expect(within(card()).queryByText(/Correct answer/)).toBeNull();

    await user.keyboard(' ');
    expect(within(card()).getByText('Correct answer:').parentElement).toHaveTextContent('Correct answer: B');
    expect(within(card()).queryByText('Where does the tensor arena live?')).toBeNull();
    expect(card()).toHaveAccessibleName('Card 1, answer');
    expect(progress()).toBe('Card 1 of 4 · answer');

    await user.keyboard(' ');
    await within(card()).findByText('Where does the tensor arena live?');
    expect(within(card()).queryByText(/Correct answer/)).toBeNull();
  });

  it('moves with the arrow keys, showing the front of each new card, and stops at the ends', async () => {
    const user = userEvent.setup();
    render(<FlashcardDeck questions={deck} />);
    await user.keyboard('{ArrowLeft}');
    expect(progress()).toBe('Card 1 of 4 · question');
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    expect(progress()).toBe('Card 2 of 4 · question');
    await within(card()).findByText('Which make inference faster?');
    expect(within(card()).getByText('Select every correct option.')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(progress()).toBe('Card 4 of 4 · question');
    await user.keyboard('{ArrowRight}');
    expect(progress()).toBe('Card 4 of 4 · question');
    await user.keyboard(' ');
    expect(within(card()).getByRole('group', { name: 'Key points' })).toHaveTextContent('Four times smaller at int8');
    await user.keyboard('{ArrowLeft}');
    expect(progress()).toBe('Card 3 of 4 · question');
    await user.keyboard(' ');
    expect(within(card()).getByText(/Answer:/).parentElement).toHaveTextContent('Answer: 4000 ms');
  });

  it('works with the buttons too, and Space on a focused button flips rather than pressing it', async () => {
    const user = userEvent.setup();
    render(<FlashcardDeck questions={deck} endActions={<a href="/again">Shuffle and start again</a>} />);
    const next = screen.getByRole('button', { name: /Next/ });
    const flip = screen.getByRole('button', { name: /Flip/ });
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    await user.click(next);
    expect(progress()).toBe('Card 2 of 4 · question');
    // Focus is on Next: Space flips the card and does not move on.
    expect(next).toHaveFocus();
    await user.keyboard(' ');
    expect(progress()).toBe('Card 2 of 4 · answer');
    expect(flip).toHaveAttribute('aria-pressed', 'true');
    await user.click(flip);
    expect(progress()).toBe('Card 2 of 4 · question');
    // Enter on a focused button still presses it.
    next.focus();
    await user.keyboard('{Enter}{Enter}');
    expect(progress()).toBe('Card 4 of 4 · question');
    expect(next).toBeDisabled();
    expect(screen.getByText('That was the last card.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Shuffle and start again' })).toBeInTheDocument();
  });

  it('announces the side and position in a live region', async () => {
    const user = userEvent.setup();
    const { container } = render(<FlashcardDeck questions={deck} />);
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live).toHaveTextContent('Card 1 of 4, question showing.');
    await user.keyboard(' ');
    expect(live).toHaveTextContent('Card 1 of 4, answer showing.');
  });
});
