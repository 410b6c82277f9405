import type { Rubric } from '@/content-model/schema';

/** A shared rubric's steps with their checks, for grading a design answer. */
export function RubricSteps({ rubric }: { rubric: Rubric }) {
  return (
    <ol className="rubric">
      {rubric.steps.map((s) => (
        <li key={s.title}>
          <strong>{s.title}</strong>
          {s.checks.length > 0 && <span className="muted"> — {s.checks.join(' · ')}</span>}
        </li>
      ))}
    </ol>
  );
}
