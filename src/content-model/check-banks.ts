/**
 * Checks that need every bank at once: question ids unique across banks (progress is
 * keyed by id), bank ids unique, and `**Rubric:**` references that resolve.
 */
import type { Issue } from './issue.ts';
import type { Bank } from './schema.ts';

export function checkBanks(banks: readonly Bank[]): Issue[] {
  const issues: Issue[] = [];
  const bankIds = new Map<string, Bank>();
  const questionIds = new Map<string, { bank: Bank; label: string; line: number }>();
  const rubricIds = new Set(banks.flatMap((b) => b.rubrics.map((r) => r.id)));

  for (const bank of banks) {
    const other = bankIds.get(bank.id);
    if (other) {
      issues.push({
        file: bank.file,
        line: 1,
        column: 1,
        severity: 'error',
        field: 'id',
        message: `bank id "${bank.id}" is also the id of ${other.file}`,
        hint: 'set a different "id:" in the frontmatter of one of them',
      });
    }
    bankIds.set(bank.id, bank);
    for (const q of bank.questions) {
      const seen = questionIds.get(q.id);
      if (seen && seen.bank !== bank) {
        issues.push({
          file: bank.file,
          line: q.source.line,
          column: 1,
          severity: 'error',
          question: q.label,
          field: 'id',
          message: `${q.label} has the id "${q.id}", already used by ${seen.label} in ${seen.bank.file}:${seen.line}`,
          hint: 'question ids are shared by all banks; give this one its own {#id}',
        });
      } else if (!seen) questionIds.set(q.id, { bank, label: q.label, line: q.source.line });
      if (q.type === 'open' && q.rubric && !rubricIds.has(q.rubric)) {
        issues.push({
          file: bank.file,
          line: q.source.line,
          column: 1,
          severity: 'error',
          question: q.label,
          field: 'rubric',
          message: `${q.label} uses rubric "${q.rubric}", which no bank defines`,
          hint: rubricIds.size ? `use one of: ${[...rubricIds].join(', ')}` : 'define it with a heading "## Rubric: Title {#id}" and a list of steps',
        });
      }
    }
  }
  return issues;
}
