/**
 * One entry page per main route: dist/<route>.html is the built index.html plus
 * `<link rel="modulepreload">` for that route's page chunk and everything it imports statically,
 * and `<link rel="stylesheet">` for its CSS. Without them the browser learns about the page chunk
 * only after the main bundle has run, one full round trip later; on a slow mobile link that round
 * trip is most of the time before the page's heading paints (Lighthouse's LCP).
 *
 * `vite preview` and most static hosts serve /practice from practice.html; any other path still
 * falls back to index.html, so nothing depends on these pages existing.
 */
import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * Route path → the module(s) of its page, from the project root: the one `routes.tsx` imports
 * lazily, plus any lazy part the page shows at once (a calculator's widget).
 */
export type RoutePages = Record<string, string | readonly string[]>;

/** The files a chunk needs before it can run: itself, its static imports (transitively) and their CSS. */
export function chunkClosure(bundle: OutputBundle, entry: OutputChunk): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (js.has(fileName) || chunk?.type !== 'chunk') return;
    js.add(fileName);
    for (const f of chunk.viteMetadata?.importedCss ?? []) css.add(f);
    chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  return { js: [...js], css: [...css] };
}

/**
 * index.html with the links a route needs added before </head>; files index.html already links are
 * skipped. The page chunks' own links carry `data-route-page`: the app waits for its first page
 * before rendering only when the entry page preloads it (src/main.tsx).
 */
export function withPreloads(html: string, base: string, files: { js: string[]; css: string[] }, pageChunks: readonly string[]): string {
  const linked = (f: string) => html.includes(`"${base}${f}"`);
  const links = [
    ...files.css.filter((f) => !linked(f)).map((f) => `<link rel="stylesheet" crossorigin href="${base}${f}">`),
    ...files.js
      .filter((f) => !linked(f))
      .map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}"${pageChunks.includes(f) ? ' data-route-page' : ''}>`),
  ];
  return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
}

export function routePages(pages: RoutePages): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'tinyprep-route-pages',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') return; // a library or SSR build
      for (const [route, modules] of Object.entries(pages)) {
        const chunks = (typeof modules === 'string' ? [modules] : modules).map((file) => {
          const id = resolve(root, file);
          const chunk = Object.values(bundle).find((c): c is OutputChunk => c.type === 'chunk' && c.facadeModuleId === id);
          if (!chunk) this.error(`route ${route}: no chunk is built from ${file}. Check the path in vite.config.ts, and that it is still imported lazily.`);
          return chunk;
        });
        const closures = chunks.map((c) => chunkClosure(bundle, c));
        const files = { js: [...new Set(closures.flatMap((c) => c.js))], css: [...new Set(closures.flatMap((c) => c.css))] };
        this.emitFile({
          type: 'asset',
          fileName: `${route.replace(/^\/|\/$/g, '')}.html`,
          source: withPreloads(index.source, base, files, chunks.map((c) => c.fileName)),
        });
      }
    },
  };
}
