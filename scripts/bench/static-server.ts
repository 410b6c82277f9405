/**
 * The built app served the way a production host serves it: Brotli or gzip when the browser asks,
 * long-lived caching for hashed assets, and index.html for every app route. Lighthouse measures
 * bytes on the wire, so an uncompressed dev server would misstate every figure.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.wasm', '.md']);

interface Entry {
  raw: Buffer;
  br?: Buffer;
  gz?: Buffer;
  type: string;
}

function load(dir: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const raw = readFileSync(p);
        const ext = extname(p);
        const entry: Entry = { raw, type: TYPES[ext] ?? 'application/octet-stream' };
        if (COMPRESSIBLE.has(ext) && raw.length > 512) {
          entry.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
          entry.gz = gzipSync(raw, { level: 9 });
        }
        files.set(`/${normalize(p.slice(dir.length + 1)).replace(/\\/g, '/')}`, entry);
      }
    }
  };
  walk(dir);
  return files;
}

export function serveStatic(dir: string, port: number): Promise<Server> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no build in ${dir}`);
  const files = load(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    // A route with its own entry page (dist/practice.html, as `vite preview` and most static hosts
    // serve it) gets it; other routes get the app's index.
    const route = path.replace(/\/$/, '');
    const entry = files.get(path) ?? (extname(path) ? undefined : (files.get(`${route}.html`) ?? files.get(`${route}/index.html`) ?? files.get('/index.html')));
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const [body, encoding] = entry.br && accept.includes('br') ? [entry.br, 'br'] : entry.gz && accept.includes('gzip') ? [entry.gz, 'gzip'] : [entry.raw, undefined];
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
