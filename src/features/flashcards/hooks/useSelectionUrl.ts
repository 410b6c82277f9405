/**
 * The selection and seed a page was opened with (`?bank=…&count=…&seed=…`). A URL without a seed
 * gets a fresh one, written back into the address (replacing it), so that a reload or a shared
 * link shows the same cards in the same order.
 */
import { useEffect, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { defaultSelection } from '@/study/engine/select';
import type { Selection } from '@/study/schema';
import { freshSeed } from '@/utils/random';
import { selectionFromQuery, selectionToQuery } from '@/study/selection-query';

export function useSelectionUrl(): { selection: Selection; seed: number; search: string } {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const parsed = selectionFromQuery(search, defaultSelection());
  const [fallbackSeed] = useState(freshSeed);
  const seed = parsed.seed ?? fallbackSeed;
  useEffect(() => {
    if (parsed.seed !== undefined) return;
    const params = new URLSearchParams(search);
    params.set('seed', String(seed));
    navigate(`${location}?${params.toString()}`, { replace: true });
  }, [parsed.seed, search, seed, location, navigate]);
  return { selection: parsed.selection, seed, search };
}

/** The query string of a selection, for links between the flashcard pages. */
export const deckQuery = (selection: Selection, seed: number): string => selectionToQuery(selection, seed);
