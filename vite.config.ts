/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { banksPlugin } from './scripts/vite-plugin-banks.ts';
import { katexWoff2Only } from './scripts/vite-plugin-katex-woff2.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
/** The folder of banks to bundle; tests point it at fixtures. */
const contentDir = process.env.TINYPREP_CONTENT ?? 'content';

/**
 * Workers have no DOM: micromark's entity decoder ships a DOM build for browsers and a plain one
 * (its "worker" export) that the bank-parsing worker must use.
 */
const workerSafeEntities = {
  name: 'tinyprep-worker-entities',
  enforce: 'pre' as const,
  resolveId(id: string) {
    return id === 'decode-named-character-reference' ? fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)) : undefined;
  },
};

export default defineConfig({
  plugins: [react(), banksPlugin({ dir: contentDir }), katexWoff2Only()],
  resolve: { alias: { '@': src } },
  worker: { format: 'es', plugins: () => [workerSafeEntities] },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
