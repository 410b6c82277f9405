/**
 * Parses a bank in a Web Worker when the platform has one (the browser), else on this thread
 * (tests, old browsers). Same parser, same result.
 */
import type { ParseResult } from './parse-bank.ts';
import type { ParseMessage } from './parse.worker.ts';

export async function parseBankAsync(text: string, file: string, onProgress?: (done: number, total: number) => void): Promise<ParseResult> {
  if (typeof Worker === 'undefined') {
    const { parseBank } = await import('./parse-bank.ts');
    return parseBank(text, file, onProgress ? { onProgress } : {});
  }
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ParseResult>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<ParseMessage>) => {
        if (e.data.type === 'progress') onProgress?.(e.data.done, e.data.total);
        else resolve(e.data.result);
      };
      worker.onerror = (e) => reject(new Error(e.message || 'the bank parser stopped unexpectedly'));
      worker.postMessage({ text, file });
    });
  } finally {
    worker.terminate();
  }
}
