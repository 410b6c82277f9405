/** /flashcards/study?…: the cards of a selection (from the URL) as flip cards. */
import { Suspense, useState } from 'react';
import { Link } from 'wouter';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import type { Selection } from '@/study/schema';
import { freshSeed } from '@/utils/random';
import { FlashcardDeck } from './components/FlashcardDeck';
import { useDeck } from './hooks/useDeck';
import { deckQuery, useSelectionUrl } from './hooks/useSelectionUrl';
import './flashcards.css';

function Deck({ selection, seed }: { selection: Selection; seed: number }) {
  const { questions } = useDeck(selection, seed);
  const query = deckQuery(selection, seed);
  // A new seed for "Shuffle again", fixed while this deck is shown so the link stays the same.
  const [nextSeed] = useState(freshSeed);
  const reshuffle = deckQuery(selection, nextSeed);
  if (questions.length === 0) {
    return (
      <div className="panel">
        <p>No card matches this selection.</p>
        <Link href={`/flashcards?${query}`} className="btn primary">
          Change the selection
        </Link>
      </div>
    );
  }
  return (
    <>
      <nav className="row fc-links" aria-label="This deck">
        <Link href={`/flashcards?${query}`}>← Change the selection</Link>
        <Link href={`/flashcards/print?${query}`}>Print these cards</Link>
      </nav>
      <FlashcardDeck
        key={query}
        questions={questions}
        endActions={
          <div className="row">
            <Link href={`/flashcards/study?${reshuffle}`} className="btn primary">
              Shuffle and start again
            </Link>
            <Link href={`/flashcards?${query}`} className="btn">
              Back to the selection
            </Link>
          </div>
        }
      />
    </>
  );
}

export default function StudyPage() {
  useDocumentTitle('Flashcards');
  const { selection, seed } = useSelectionUrl();
  return (
    <>
      <h1>Flashcards</h1>
      <Suspense fallback={<p className="loading" role="status">Loading the cards…</p>}>
        <Deck selection={selection} seed={seed} />
      </Suspense>
    </>
  );
}
