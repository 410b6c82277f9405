/**
 * Parses a bank in a Web Worker when the platform has one (the browser), else on this thread
 * (tests, old browsers). Same parser, same result.
 */
import type { ParseProgress, ParseResult } from './parse-bank.ts';
import type { ParseMessage } from './parse.worker.ts';

export async function parseBankAsync(text: string, file: string, onProgress?: ParseProgress): Promise<ParseResult> {
  if (typeof Worker === 'undefined') {
    const { parseBank } = await import('./parse-bank.ts');
    return parseBank(text, file, onProgress ? { onProgress } : {});
  }
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  try {
    const questions: ParseResult['bank']['questions'] = [];
    return await new Promise<ParseResult>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<ParseMessage>) => {
        const m = e.data;
        if (m.type === 'progress') onProgress?.(m.done, m.total, m.stage);
        else if (m.type === 'questions') questions.push(...m.questions);
        else resolve({ ...m.result, bank: { ...m.result.bank, questions } });
      };
      worker.onerror = (e) => reject(new Error(e.message || 'the bank parser stopped unexpectedly'));
      worker.postMessage({ text, file });
    });
  } finally {
    worker.terminate();
  }
}
