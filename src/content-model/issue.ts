/**
 * A problem found in a bank. Like unified's VFile messages, each one carries a
 * position; like Astro's content errors, it says what happened and then what to do.
 */
import { z } from 'zod';

export const IssueSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  /** Error: the question (or bank) is left out. Warning: it is kept, but probably not as meant. */
  severity: z.enum(['error', 'warning']),
  /** The question as the bank labels it ("MSQ Q4"), when the problem is inside one. */
  question: z.string().optional(),
  /** The field at fault: "answer", "options", "frontmatter.difficulty", … */
  field: z.string(),
  /** What is wrong, in one sentence. */
  message: z.string().min(1),
  /** What to do about it. */
  hint: z.string().min(1),
});
export type Issue = z.infer<typeof IssueSchema>;

/** `content/q.md:12:1 · MSQ Q4 · answer — Q4 has … Fix: …` — one line per issue, clickable in terminals and editors. */
export function formatIssue(issue: Issue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const what = [issue.question, issue.field].filter(Boolean).join(' · ');
  const tag = issue.severity === 'warning' ? 'warning' : 'error';
  return `${where} ${tag} [${what}] ${issue.message} → ${issue.hint}`;
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');
