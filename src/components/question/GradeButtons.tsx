/** Again / Hard / Good / Easy, with when each brings the question back; the suggested one is preselected. */
import type { Grade } from '@/study/schema';
import { GRADE_LABEL } from '@/study/engine/scheduler';
import { formatDuration } from '@/utils/format';

interface Props {
  value: Grade | undefined;
  suggested: Grade | undefined;
  intervals?: Record<Grade, number>;
  onChange: (g: Grade) => void;
  disabled?: boolean;
}

const GRADES: Grade[] = [1, 2, 3, 4];

export function GradeButtons({ value, suggested, intervals, onChange, disabled = false }: Props) {
  return (
    <div className="grade-buttons" role="radiogroup" aria-label="How well did you know it? (spaced repetition)">
      {GRADES.map((g) => (
        <button
          key={g}
          type="button"
          role="radio"
          aria-checked={value === g}
          className={`btn grade grade-${g}${value === g ? ' selected' : ''}`}
          disabled={disabled}
          onClick={() => onChange(g)}
          title={suggested === g ? 'Suggested from your answer' : undefined}
        >
          <span>
            {GRADE_LABEL[g]} {suggested === g && <span aria-hidden="true">★</span>}
          </span>
          {intervals && <span className="grade-interval">{formatDuration(intervals[g])}</span>}
          <kbd aria-hidden="true">{g}</kbd>
        </button>
      ))}
    </div>
  );
}
