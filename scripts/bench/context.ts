/**
 * What every benchmark suite shares: the production build of the app, a bare React build made
 * in the same run (the floor every bundle figure is compared with), a preview server, and
 * Debian's Chromium. Figures are ratios against floors measured in the same run, because these
 * machines are noisy.
 */
import react from '@vitejs/plugin-react';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from './static-server.ts';

export interface Figure {
  /** Stable key in the JSON. */
  id: string;
  label: string;
  value: number;
  unit: string;
  /** The floor measured in the same run, and value ÷ floor. */
  floor?: { label: string; value: number };
  ratio?: number;
  /** The budget (on the ratio when there is a floor, else on the value) and whether it holds. */
  budget?: { max?: number; min?: number; on: 'ratio' | 'value' };
  pass?: boolean;
  note?: string;
}

export interface BenchContext {
  root: string;
  appDir: string;
  floorDir: string;
  baseUrl: string;
  browser: () => Promise<Browser>;
}

export interface Suite {
  name: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Checks a figure against its budget and fills in `ratio` and `pass`. */
export function judged(f: Figure): Figure {
  const ratio = f.floor ? f.value / f.floor.value : undefined;
  const subject = f.budget?.on === 'ratio' ? ratio : f.value;
  const pass =
    f.budget && subject !== undefined ? (f.budget.max === undefined || subject <= f.budget.max) && (f.budget.min === undefined || subject >= f.budget.min) : undefined;
  return { ...f, ...(ratio !== undefined ? { ratio: Number(ratio.toFixed(3)) } : {}), ...(pass !== undefined ? { pass } : {}) };
}

/** Median of n timed runs after `warm` untimed ones, in ms. */
export async function medianMs(fn: () => unknown, n = 7, warm = 2): Promise<number> {
  for (let i = 0; i < warm; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)]!;
}

/** JS files an HTML page loads before anything else: its module script and modulepreloads. */
export function initialScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(srcs)].map((s) => join(dir, s.replace(/^\//, '')));
}

export const gzipSize = (files: readonly string[]): number => files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? res(a.port) : rej(new Error('no port'))));
    });
  });
}

/** A bare React 19 + ReactDOM page, built with the same Vite and plugin: the floor for bundle sizes. */
async function buildFloor(root: string, outDir: string): Promise<void> {
  const src = join(root, '.bench', 'floor-src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'index.html'), '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>');
  writeFileSync(join(src, 'main.jsx'), "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Hello</h1>);\n");
  await build({ root: src, configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir, emptyOutDir: true } });
}

export async function createContext(root: string): Promise<{ ctx: BenchContext; close: () => Promise<void> }> {
  const appDir = resolve(root, '.bench', 'app');
  const floorDir = resolve(root, '.bench', 'floor');
  process.env.NODE_ENV = 'production';
  await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir: appDir, emptyOutDir: true } });
  await buildFloor(root, floorDir);
  const port = await freePort();
  // Served compressed, as a production host would (see static-server.ts).
  const server = await serveStatic(appDir, port);
  let browser: Browser | undefined;
  const ctx: BenchContext = {
    root,
    appDir,
    floorDir,
    baseUrl: `http://127.0.0.1:${port}`,
    browser: async () => (browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS })),
  };
  return {
    ctx,
    close: async () => {
      await browser?.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
