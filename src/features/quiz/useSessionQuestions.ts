import { use } from 'react';
import { useQuestionSource } from '@/components/question/source-context';
import type { Question } from '@/content-model/schema';
import type { QuestionSource } from '@/study/source';
import type { Session } from '@/study/schema';

const cache = new WeakMap<QuestionSource, Map<string, Promise<Map<string, Question>>>>();

/** The questions of a session, loaded once per session (suspends while loading). */
export function useSessionQuestions(session: Session): Map<string, Question> {
  const source = useQuestionSource();
  let bySession = cache.get(source);
  if (!bySession) cache.set(source, (bySession = new Map<string, Promise<Map<string, Question>>>()));
  let p = bySession.get(session.id);
  if (!p) {
    p = source.load(
      session.items.map((i) => i.questionId),
      new Map(session.items.map((i) => [i.questionId, i.instanceSeed])),
    );
    bySession.set(session.id, p);
  }
  return use(p);
}
