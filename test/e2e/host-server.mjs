// A second local origin for iframe tests: serves test/e2e/hosts/* and public/embed-example.html.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? 4175);
const root = fileURLToPath(new URL('.', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/health') return res.end('ok');
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
  const rel = normalize(url.pathname).replace(/^[/\\]+/, '');
  const file = rel === 'embed-example.html' ? join(root, '../../public/embed-example.html') : join(root, 'hosts', rel);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end('not found');
  }
}).listen(port, '127.0.0.1');
