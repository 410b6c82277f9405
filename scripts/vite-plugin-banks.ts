/**
 * Vite plugin: the banks in content/ become lazy JS chunks, with their Markdown pre-rendered
 * to safe HTML, so that showing a question needs neither the Markdown stack nor KaTeX's JS.
 *
 *   virtual:tinyprep/banks           summaries (small; on the first load) + loaders
 *   virtual:tinyprep/bank/<id>       one compiled bank (a chunk of its own)
 *   virtual:tinyprep/catalog         one entry per question (id, bank, type, topic, …) for filters
 *   virtual:tinyprep/question-index  question id → bank, so that /q/:id loads only that bank
 *   virtual:tinyprep/rubrics         every rubric, for design questions
 *   virtual:tinyprep/search-docs     the words of every question, for the search page
 *
 * A bank that fails `npm run bank -- check --strict` fails `vite build` with file:line messages, and shows the same messages
 * in the dev server's error overlay until it is fixed.
 */
import { resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import type { Plugin, ViteDevServer } from 'vite';
import { formatIssue, hasErrors } from '../src/content-model/issue.ts';
import type { Bank, CompiledBank } from '../src/content-model/schema.ts';
import { catalogEntry, markdownOf, searchDoc, summarizeBank } from '../src/content-model/summarize.ts';
import { htmlKey } from '../src/lib/html-registry.ts';
import { markdownOptions } from '../src/lib/markdown-options.ts';
import { readBanks, type LoadedBanks } from './read-banks.ts';

const PREFIX = 'virtual:tinyprep/';
const MANIFEST = `${PREFIX}banks`;
const BANK = `${PREFIX}bank/`;
const CATALOG = `${PREFIX}catalog`;
const INDEX = `${PREFIX}question-index`;
const RUBRICS = `${PREFIX}rubrics`;
const SEARCH = `${PREFIX}search-docs`;

export function renderMarkdown(md: string): string {
  return renderToStaticMarkup(createElement(Markdown, markdownOptions, md));
}

export function compileBank(bank: Bank): CompiledBank {
  const html: Record<string, string> = {};
  for (const q of bank.questions) for (const md of markdownOf(q)) html[htmlKey(md)] ??= renderMarkdown(md);
  return { bank, html };
}

/** A JS module whose default export is `value`; JSON.parse of a string is faster to start than an object literal. */
const jsonModule = (value: unknown): string => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function banksPlugin(options: { dir?: string } = {}): Plugin {
  let dir = '';
  let root = '';
  let loaded: LoadedBanks | null = null;
  let isBuild = false;

  const load = (): LoadedBanks => (loaded ??= readBanks([dir], root, true));
  const report = (l: LoadedBanks) => l.issues.map(formatIssue).join('\n');

  return {
    name: 'tinyprep-banks',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'content');
      isBuild = config.command === 'build';
    },
    buildStart() {
      if (!isBuild) return;
      const l = load();
      if (hasErrors(l.issues)) this.error(`the banks in ${options.dir ?? 'content'}/ have problems:\n${report(l)}`);
      for (const i of l.issues) this.warn(formatIssue(i));
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir)) return;
        loaded = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(`\0${PREFIX}`)) server.moduleGraph.invalidateModule(mod);
        }
        const l = load();
        if (l.issues.length) server.config.logger.warn(report(l));
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const l = load();
      if (hasErrors(l.issues)) throw new Error(`The banks in content/ have problems; fix them and save:\n${report(l)}`);
      const banks = l.results.map((r) => r.bank);
      const name = id.slice(1);
      if (name === MANIFEST) {
        const loaders = banks.map((b) => `${JSON.stringify(b.id)}: () => import(${JSON.stringify(BANK + b.id)})`).join(',\n  ');
        return [
          `export const banks = ${JSON.stringify(banks.map(summarizeBank))};`,
          `const loaders = {\n  ${loaders}\n};`,
          `export function loadBank(id) {`,
          `  const load = loaders[id];`,
          `  return load ? load().then((m) => m.default) : Promise.reject(new Error('There is no bank "' + id + '".'));`,
          `}`,
          `export const loadCatalog = () => import(${JSON.stringify(CATALOG)}).then((m) => m.default);`,
          `export const loadQuestionIndex = () => import(${JSON.stringify(INDEX)}).then((m) => m.default);`,
          `export const loadRubrics = () => import(${JSON.stringify(RUBRICS)}).then((m) => m.default);`,
          `export const loadSearchDocs = () => import(${JSON.stringify(SEARCH)}).then((m) => m.default);`,
        ].join('\n');
      }
      if (name === CATALOG) return jsonModule(banks.flatMap((b) => b.questions.map((q) => catalogEntry(q, b.id))));
      // Ids to bank positions (in the manifest's order): a few KB instead of the whole catalog.
      if (name === INDEX) return jsonModule(Object.fromEntries(banks.flatMap((b, i) => b.questions.map((q) => [q.id, i]))));
      if (name === RUBRICS) return jsonModule(banks.flatMap((b) => b.rubrics));
      if (name === SEARCH) return jsonModule(banks.flatMap((b) => b.questions.map((q) => searchDoc(q, b.id))));
      if (name.startsWith(BANK)) {
        const bank = banks.find((b) => b.id === name.slice(BANK.length));
        if (!bank) throw new Error(`There is no bank "${name.slice(BANK.length)}" in content/.`);
        return jsonModule(compileBank(bank));
      }
      return undefined;
    },
  };
}
