/// <reference lib="webworker" />
/**
 * Parses an imported bank off the main thread, reporting progress, so large banks never freeze the
 * page. The questions come back in chunks: one 10,000-question message would take the main thread
 * longer to receive (structured clone) than a frame lasts.
 */
import { parseBank, type ParseStage } from './parse-bank.ts';
import type { Question } from './schema.ts';

export type ParseRequest = { text: string; file: string };
export type ParseMessage =
  | { type: 'progress'; done: number; total: number; stage: ParseStage }
  | { type: 'questions'; questions: Question[] }
  | { type: 'done'; result: ReturnType<typeof parseBank> };

const CHUNK = 500;

self.onmessage = (e: MessageEvent<ParseRequest>) => {
  const { text, file } = e.data;
  const result = parseBank(text, file, { onProgress: (done, total, stage) => self.postMessage({ type: 'progress', done, total, stage } satisfies ParseMessage) });
  const { questions } = result.bank;
  for (let i = 0; i < questions.length; i += CHUNK) self.postMessage({ type: 'questions', questions: questions.slice(i, i + CHUNK) } satisfies ParseMessage);
  self.postMessage({ type: 'done', result: { ...result, bank: { ...result.bank, questions: [] } } } satisfies ParseMessage);
};
