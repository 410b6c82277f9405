/**
 * A Content-Security-Policy for the built app, as a <meta> tag so that it travels with the files to
 * any static host. Scripts only from this origin (no inline scripts, no eval); WebAssembly may be
 * compiled for the lab's tfjs backend; styles may be inline because KaTeX positions glyphs with
 * style attributes. Dev is left alone: Vite's dev client needs inline scripts.
 */
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'tinyprep-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  };
}
