import type { CatalogEntry, Question } from '@/content-model/schema';

/** A question to export, with the bank it belongs to (a question does not carry its bank id). */
export type ExportItem = { question: Question; bank: CatalogEntry['bank'] };
