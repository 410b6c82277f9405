/**
 * `## Rubric: Title {#id}` followed by a list: each item is a step, its sub-items the checks.
 * Design questions point at a rubric with `**Rubric:** id` and are self-graded against it.
 */
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { slugify } from './ids.ts';
import type { Issue } from './issue.ts';
import { IdSchema, RubricSchema, type Rubric } from './schema.ts';
import type { RubricDraft } from './segment.ts';
import type { SourceText } from './source-text.ts';

const text = (node: Parameters<typeof toString>[0]): string => toString(node).replace(/\s+/g, ' ').trim();

export function buildRubric(draft: RubricDraft, src: SourceText): { rubric?: Rubric; issues: Issue[] } {
  const issue = (message: string, hint: string): Issue => ({
    file: src.file,
    line: draft.at.line,
    column: draft.at.column,
    severity: 'error',
    question: `Rubric: ${draft.title}`,
    field: 'rubric',
    message,
    hint,
  });
  const list = draft.blocks.find((b): b is List => b.type === 'list');
  if (!list) return { issues: [issue(`rubric "${draft.title}" has no list of steps`, 'write its steps as a numbered list, with the checks as sub-items')] };
  const id = draft.explicitId ?? slugify(draft.title, 8);
  if (!IdSchema.safeParse(id).success) return { issues: [issue(`rubric id "${id}" is not valid`, 'use lower-case letters, digits and "-", e.g. {#cv-system-design}')] };
  const steps = list.children.map((item) => {
    const [head, ...rest] = item.children;
    const sub = rest.find((n): n is List => n.type === 'list');
    return { title: head ? text(head) : '', checks: sub ? sub.children.map(text).filter(Boolean) : [] };
  });
  const parsed = RubricSchema.safeParse({ id, title: draft.title, steps, source: { file: src.file, line: draft.at.line } });
  if (!parsed.success) return { issues: parsed.error.issues.map((z) => issue(`rubric "${draft.title}": ${z.message}`, 'give every step a title')) };
  return { rubric: parsed.data, issues: [] };
}
