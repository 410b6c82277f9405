/// <reference types="vite-plugin-pwa/client" />
/** Modules made by scripts/vite-plugin-banks.ts from content/. */
declare module 'virtual:tinyprep/banks' {
  import type { BankSummary, CatalogEntry, CompiledBank, Rubric } from '@/content-model/schema';
  import type { SearchDoc } from '@/content-model/summarize';
  export const banks: BankSummary[];
  export function loadBank(id: string): Promise<CompiledBank>;
  /** One entry per bundled question. */
  export function loadCatalog(): Promise<CatalogEntry[]>;
  /** Question id → position of its bank in `banks`. */
  export function loadQuestionIndex(): Promise<Record<string, number>>;
  export function loadRubrics(): Promise<Rubric[]>;
  export function loadSearchDocs(): Promise<SearchDoc[]>;
}
