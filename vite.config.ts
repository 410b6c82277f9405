/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { banksPlugin } from './scripts/vite-plugin-banks.ts';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { katexWoff2Only } from './scripts/vite-plugin-katex-woff2.ts';
import { routePages } from './scripts/vite-plugin-route-pages.ts';

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
  plugins: [
    react(),
    banksPlugin({ dir: contentDir }),
    katexWoff2Only(),
    contentSecurityPolicy(),
    // The main routes get their own entry page that preloads the page's chunk (see the plugin).
    routePages({
      '/practice': 'src/features/quiz/PracticePage.tsx',
      '/exam': 'src/features/quiz/exam/ExamPage.tsx',
      '/review': 'src/features/review/ReviewPage.tsx',
      '/flashcards': 'src/features/flashcards/FlashcardsPage.tsx',
      '/calculators': 'src/features/calculators/CalculatorsPage.tsx',
      ...Object.fromEntries(
        ['model-size:ModelSize', 'compression:Compression', 'latency:Latency', 'roofline:Roofline', 'advisor:Advisor', 'quantization:Quantization'].map((pair) => {
          const [id, name] = pair.split(':');
          return [`/calculators/${id}`, ['src/features/calculators/CalculatorsPage.tsx', `src/features/calculators/components/${name}Calculator.tsx`]];
        }),
      ),
      '/lab': 'src/features/lab/LabPage.tsx',
      '/stats': 'src/features/stats/StatsPage.tsx',
      '/search': 'src/features/search/SearchPage.tsx',
      '/library': 'src/features/library/LibraryPage.tsx',
    }),
    // Offline after the first visit: every chunk, font and the lab's model are precached; a new
    // version waits until the user accepts it (src/app/pwa.ts). Registered from our own module:
    // no inline script, so the Content-Security-Policy can forbid them.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'TinyPrep — TinyML & edge-AI interview prep',
        short_name: 'TinyPrep',
        description: 'Practice TinyML, edge-AI and ML-engineering interview questions offline.',
        start_url: '/',
        display: 'standalone',
        background_color: '#f7f7fb',
        theme_color: '#4f46e5',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,json,bin,wasm,md}'],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
