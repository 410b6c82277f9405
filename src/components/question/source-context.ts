import { createContext, useContext } from 'react';
import type { QuestionSource } from '@/study/source';

/** The app's question source (bundled + imported banks + parametric templates). */
export const QuestionSourceContext = createContext<QuestionSource | null>(null);

export function useQuestionSource(): QuestionSource {
  const source = useContext(QuestionSourceContext);
  if (!source) throw new Error('useQuestionSource: no QuestionSourceContext provider above this component');
  return source;
}
