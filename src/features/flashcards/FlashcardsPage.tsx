/**
 * /flashcards: choose cards with the shared selection form, then study them as flip cards, print
 * them double-sided, or export them. The links carry the selection and a shuffle seed, so each
 * one reproduces the same cards in the same order.
 */
import { Suspense, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { FormSkeleton, SelectionForm } from '@/components/question/SelectionForm';
import { useCatalog } from '@/components/question/source-context';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { defaultSelection, matches } from '@/study/engine/select';
import { freshSeed } from '@/utils/random';
import { ExportPanel } from './components/ExportPanel';
import { useSelectionContext } from './hooks/useDeck';
import { deckQuery } from './hooks/useSelectionUrl';
import { selectionFromQuery } from '@/study/selection-query';
import './flashcards.css';

export default function FlashcardsPage() {
  useDocumentTitle('Flashcards');
  return (
    <>
      <h1>Flashcards</h1>
      <p className="lead">Flip through any selection, print it as double-sided cards, or take it to Anki or a spreadsheet.</p>
      <Suspense fallback={<FormSkeleton label="Loading the question catalog…" />}>
        <DeckChooser />
      </Suspense>
    </>
  );
}

/** The selection form, its actions and the exports; it suspends on the catalog while the page around it paints. */
function DeckChooser() {
  const { catalog, banks } = useCatalog({ afterPaint: true });
  const search = useSearch();
  const [initial] = useState(() => selectionFromQuery(search, { ...defaultSelection(), count: 20 }));
  const [selection, setSelection] = useState(initial.selection);
  const [seed, setSeed] = useState(() => initial.seed ?? freshSeed());
  const context = useSelectionContext();
  const matching = catalog.filter((e) => matches(e, selection, context)).length;
  const query = deckQuery(selection, seed);

  return (
    <>
      <section className="panel" aria-label="Choose the cards">
        <SelectionForm catalog={catalog} banks={banks} value={selection} onChange={setSelection} context={context} countLabel="Cards" />
        <div className="row actions">
          {matching > 0 ? (
            <>
              <Link href={`/flashcards/study?${query}`} className="btn primary">
                Study these cards
              </Link>
              <Link href={`/flashcards/print?${query}`} className="btn">
                Print…
              </Link>
            </>
          ) : (
            <p className="note note-invalid">No question matches these choices. Remove a filter or two.</p>
          )}
          <button type="button" className="btn ghost" onClick={() => setSeed(freshSeed())}>
            Shuffle
          </button>
          <button type="button" className="btn ghost" onClick={() => setSelection({ ...defaultSelection(), count: selection.count })}>
            Clear choices
          </button>
        </div>
        <p className="muted small">
          Shuffle number {seed}: the same number and choices always give the same cards in the same order.
        </p>
      </section>
      <ExportPanel catalog={catalog} selection={selection} context={context} seed={seed} />
    </>
  );
}
