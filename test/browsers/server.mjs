// Serves the build (dist/) under the app's strict CSP, with test/browsers/capture.js put first in every
// HTML page, for the Firefox and WebKit smoke suites (test/browsers/run.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, '../../dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};
const CAPTURE = '<script src="/__capture.js"></script>';

/** Starts the server on 127.0.0.1:port; resolves to a function that stops it. */
export function serve(port, csp) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
    const file = rel === '__capture.js' ? join(here, 'capture.js') : join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(dist) && rel !== '__capture.js') {
      res.writeHead(403);
      return res.end();
    }
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) body = Buffer.from(body.toString('utf8').replace(/<head>/i, `<head>${CAPTURE}`));
      res.writeHead(200, { 'content-type': type, 'content-security-policy': csp, 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, "127.0.0.1", () => resolve(() => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); })));
  });
}
