/** The worked steps of a calculation: display formulas with the user's numbers, one per line. */
import { Formula } from '@/components/ui/Formula';

export function Steps({ lines, title = 'Worked steps' }: { lines: readonly string[]; title?: string }) {
  return (
    <section className="calc-steps" aria-label={title}>
      <h3>{title}</h3>
      {lines.map((tex, i) => (
        <Formula key={`${i}-${tex}`} tex={tex} display />
      ))}
    </section>
  );
}
