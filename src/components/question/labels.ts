import type { OpenKind, QuestionType } from '@/content-model/schema';

export const TYPE_LABEL: Record<QuestionType, string> = {
  mcq: 'Single choice',
  msq: 'Multiple select',
  nat: 'Numeric',
  open: 'Open',
};

export const TYPE_SHORT: Record<QuestionType, string> = { mcq: 'MCQ', msq: 'MSQ', nat: 'NAT', open: 'Open' };

export const KIND_LABEL: Record<OpenKind, string> = {
  concept: 'Concept',
  design: 'System design',
  coding: 'Coding',
  scenario: 'Scenario',
  behavioral: 'Behavioral',
};

/** "MCQ", "NAT", or the open kind ("System design"). */
export const typeName = (q: { type: QuestionType; kind?: OpenKind | undefined }): string => (q.type === 'open' ? KIND_LABEL[q.kind ?? 'concept'] : TYPE_SHORT[q.type]);
