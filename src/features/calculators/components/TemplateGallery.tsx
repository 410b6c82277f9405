/**
 * The parametric question templates, each with a "Try one" that draws fresh numbers. Practice, exams
 * and review use the same templates; this is the place to see what they ask.
 */
import { useState } from 'react';
import { QuestionView } from '@/components/question/QuestionView';
import type { NatQuestion } from '@/content-model/schema';
import { freshSeed } from '@/utils/random';
import { questionTemplates } from '../templates';

export function TemplateGallery() {
  const [drawn, setDrawn] = useState<{ question: NatQuestion; seed: number } | null>(null);
  const [revealed, setRevealed] = useState(false);
  const draw = (id: string) => {
    const t = questionTemplates.find((x) => x.id === id);
    if (!t) return;
    const seed = freshSeed();
    setDrawn({ question: t.instantiate(seed), seed });
    setRevealed(false);
  };
  return (
    <section className="panel" aria-labelledby="templates-title">
      <h2 id="templates-title">Parametric questions</h2>
      <p className="muted small">
        {questionTemplates.length} question templates whose numbers are drawn fresh on every attempt; the answers come from the calculators above, with tolerances and units, and each has a
        worked solution.
      </p>
      <ul className="template-list">
        {questionTemplates.map((t) => (
          <li key={t.id}>
            <span>
              {t.title} <span className="muted small">· {t.topic} · {t.difficulty}</span>
            </span>
            <button type="button" className="btn" onClick={() => draw(t.id)} aria-label={`Try one: ${t.title}`}>
              Try one
            </button>
          </li>
        ))}
      </ul>
      {drawn && (
        <div className="card calc-question-preview" aria-live="polite">
          <p className="muted small">
            {drawn.question.title} · seed {drawn.seed}
          </p>
          <QuestionView question={drawn.question} revealed={revealed} />
          <div className="row">
            <button type="button" className="btn" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
              {revealed ? 'Hide the answer' : 'Show the answer'}
            </button>
            <button type="button" className="btn" onClick={() => draw(drawn.question.id)}>
              Other numbers
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
