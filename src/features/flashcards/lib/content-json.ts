/**
 * JSON export in the content model: an array of questions exactly as QuestionSchema describes
 * them (src/content-model/schema.ts), so another tool — or TinyPrep — can validate it with the
 * same schema. Indented for people reading it.
 */
import type { Question } from '@/content-model/schema';

export const toContentJson = (questions: readonly Question[]): string => `${JSON.stringify(questions, null, 2)}\n`;
