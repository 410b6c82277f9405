/** Modules made by scripts/vite-plugin-banks.ts from content/. */
declare module 'virtual:tinyprep/banks' {
  import type { BankSummary, CompiledBank, Rubric } from '@/content-model/schema';
  export const banks: BankSummary[];
  export function loadBank(id: string): Promise<CompiledBank>;
  /** Question id → id of the bank that holds it. */
  export function loadQuestionIndex(): Promise<Record<string, string>>;
  export function loadRubrics(): Promise<Rubric[]>;
}
