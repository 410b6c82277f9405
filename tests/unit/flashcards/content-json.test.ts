// JSON export in the content model: every exported question validates with QuestionSchema and
// comes back equal to the parsed question.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '@/content-model/schema';
import { toContentJson } from '@/features/flashcards/lib/content-json';
import { questions as engineQuestions } from '../../helpers/questions';
import { exportQuestions } from './export-bank';

describe('content-model JSON export', () => {
  const all = [...exportQuestions, ...engineQuestions];
  const json = toContentJson(all);

  it('is an array of questions that validate with QuestionSchema', () => {
    const parsed = z.array(QuestionSchema).safeParse(JSON.parse(json));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toHaveLength(all.length);
  });

  it('round-trips every field, of every question type', () => {
    expect(JSON.parse(json)).toEqual(all);
    expect(new Set(all.map((q) => q.type))).toEqual(new Set(['mcq', 'msq', 'nat', 'open']));
  });

  it('would be refused by the schema if a question were damaged (the check can fail)', () => {
    const damaged = JSON.parse(json) as Record<string, unknown>[];
    damaged[0]!.answer = ['Z'];
    expect(z.array(QuestionSchema).safeParse(damaged).success).toBe(false);
  });
});
