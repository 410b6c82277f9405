import type { Difficulty, OpenKind, QuestionType } from '@/content-model/schema';
import { TYPE_LABEL, typeName } from './labels';

/** What the badges need: a question or its catalog entry. */
interface Badged {
  type: QuestionType;
  kind?: OpenKind | undefined;
  difficulty: Difficulty;
  topic: string;
  companies: readonly string[];
  tags: readonly string[];
}

/** Type, difficulty, topic and "asked at" of a question, as small labelled chips. */
export function QuestionBadges({ question: q }: { question: Badged }) {
  return (
    <ul className="badges" aria-label="About this question">
      <li className={`badge type-${q.type}`} title={TYPE_LABEL[q.type]}>
        {typeName(q)}
      </li>
      <li className={`badge diff-${q.difficulty}`}>{q.difficulty}</li>
      <li className="badge topic">{q.topic}</li>
      {q.companies.length > 0 && <li className="badge company">Asked at {q.companies.join(', ')}</li>}
      {q.tags.map((t) => (
        <li key={t} className="badge tag">
          #{t}
        </li>
      ))}
    </ul>
  );
}
