/**
 * KaTeX's CSS lists each font as woff2, woff and ttf. Every browser TinyPrep supports takes
 * woff2, so the other two (≈1 MB) are dropped from the CSS and therefore never emitted.
 */
import type { Plugin } from 'vite';

const FALLBACKS = /,url\(fonts\/[\w-]+\.woff\) format\("woff"\),url\(fonts\/[\w-]+\.ttf\) format\("truetype"\)/g;

export function katexWoff2Only(): Plugin {
  return {
    name: 'tinyprep-katex-woff2',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css/.test(id)) return undefined;
      return { code: code.replace(FALLBACKS, ''), map: null };
    },
  };
}
