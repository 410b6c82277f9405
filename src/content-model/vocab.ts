/**
 * The closed word lists of the content model, as plain arrays so that UI code can list
 * them without loading zod. schema.ts builds its enums from these; nothing else defines them.
 */
export const QUESTION_TYPES = ['mcq', 'msq', 'nat', 'open'] as const;
export const OPEN_KINDS = ['concept', 'design', 'coding', 'scenario', 'behavioral'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
