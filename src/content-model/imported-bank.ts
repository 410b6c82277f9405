/**
 * A bank the user imported: parsed with the same parser as the bundled banks, its ids put in their
 * own namespace ("u.…") so they can never collide with bundled questions, and kept with the
 * problems found at import so the user can see what was left out.
 */
import { z } from 'zod';
import { IssueSchema } from './issue.ts';
import type { ParseResult } from './parse-bank.ts';
import { BankSchema, QuestionSchema, type Bank } from './schema.ts';

export const ImportedBankSchema = z.object({
  bank: BankSchema,
  fileName: z.string(),
  importedAt: z.number().int().nonnegative(),
  /** Problems found when it was imported (the questions with errors are not in `bank`). */
  issues: z.array(IssueSchema),
  /** Size of the Markdown file, bytes. */
  size: z.number().int().nonnegative(),
});
export type ImportedBank = z.infer<typeof ImportedBankSchema>;

/** How a bank is kept in IndexedDB: its metadata, then its questions in chunks (see library.ts). */
export const StoredBankMetaSchema = ImportedBankSchema.extend({
  bank: BankSchema.omit({ questions: true }),
  /** Number of question chunks stored under "chunk:<bank id>:<n>". */
  chunks: z.number().int().nonnegative(),
});
export type StoredBankMeta = z.infer<typeof StoredBankMetaSchema>;

export const QuestionChunkSchema = z.array(QuestionSchema);

export const IMPORTED_PREFIX = 'u.';

export interface PreparedImport {
  imported: ImportedBank;
  /** Questions whose id was already used by another imported bank, and were given a longer one. */
  renamed: number;
  /** True when a bank with the same id exists: importing replaces it. */
  replaces: boolean;
}

/**
 * Namespaces a parsed bank for the library. `others` are the imported banks already there; a bank
 * with the same id is replaced (a re-import of an edited file keeps every id, so progress carries over).
 */
export function prepareImport(result: ParseResult, fileName: string, size: number, now: number, others: readonly ImportedBank[]): PreparedImport {
  const bankId = `${IMPORTED_PREFIX}${result.bank.id}`.slice(0, 120);
  const rest = others.filter((o) => o.bank.id !== bankId);
  const taken = new Set(rest.flatMap((o) => o.bank.questions.map((q) => q.id)));
  let renamed = 0;
  const questions = result.bank.questions.map((q) => {
    let id = `${IMPORTED_PREFIX}${q.id}`;
    if (taken.has(id)) {
      id = `${bankId}.${q.id}`;
      renamed += 1;
    }
    return { ...q, id: id.slice(0, 120) };
  });
  const bank: Bank = { ...result.bank, id: bankId, questions };
  return {
    imported: { bank, fileName, importedAt: now, issues: result.issues, size },
    renamed,
    replaces: rest.length !== others.length,
  };
}
