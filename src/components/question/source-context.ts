import { createContext, use, useContext, useSyncExternalStore } from 'react';
import type { CatalogEntry } from '@/content-model/schema';
import type { QuestionSource, SourceBank } from '@/study/source';
import { afterFirstPaint } from '@/utils/after-first-paint';

/** The app's question source (bundled + imported banks + parametric templates). */
export const QuestionSourceContext = createContext<QuestionSource | null>(null);

export function useQuestionSource(): QuestionSource {
  const source = useContext(QuestionSourceContext);
  if (!source) throw new Error('useQuestionSource: no QuestionSourceContext provider above this component');
  return source;
}

/**
 * The catalog and bank list, re-read (suspending briefly) whenever the set of questions changes.
 * `afterPaint`: for a form below a page's heading, wait until the page has painted, so the catalog's
 * requests do not hold up that first paint (see afterFirstPaint). Pages whose main content is the
 * catalog itself leave it off.
 */
export function useCatalog({ afterPaint = false }: { afterPaint?: boolean } = {}): {
  catalog: readonly CatalogEntry[];
  banks: readonly SourceBank[];
  version: number;
} {
  const source = useQuestionSource();
  const version = useSyncExternalStore(source.subscribe, source.version);
  if (afterPaint) use(afterFirstPaint());
  return { catalog: use(source.catalog()), banks: use(source.banks()), version };
}
