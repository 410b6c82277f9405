/// <reference lib="webworker" />
/** Parses an imported bank off the main thread, reporting progress, so large banks never freeze the page. */
import { parseBank } from './parse-bank.ts';

export type ParseRequest = { text: string; file: string };
export type ParseMessage = { type: 'progress'; done: number; total: number } | { type: 'done'; result: ReturnType<typeof parseBank> };

self.onmessage = (e: MessageEvent<ParseRequest>) => {
  const { text, file } = e.data;
  const result = parseBank(text, file, { onProgress: (done, total) => self.postMessage({ type: 'progress', done, total } satisfies ParseMessage) });
  self.postMessage({ type: 'done', result } satisfies ParseMessage);
};
