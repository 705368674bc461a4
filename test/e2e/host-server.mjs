// A second local origin for iframe tests: serves test/e2e/hosts/* and public/embed-example.html,
// and the built app (dist/) from a sub-path, /course/week-3/lab/, as a course site would.
// As an LMS for test/e2e/scorm.spec.ts: /lms/* is the SCORM package that test unzips into test-results/scorm-package/,
// and /scorm-again/scorm12.min.js the SCORM 1.2 runtime its host page (hosts/scorm-lms.html) offers as window.API.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? 4175);
const root = fileURLToPath(new URL('.', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
const SUB = 'course/week-3/lab/';
// POST /bump-sw makes the sub-path's sw.js differ by a comment: the browser sees a new version (test/e2e/offline.spec.ts).
let swBuild = 0;

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/health') return res.end('ok');
  if (url.pathname === '/bump-sw' && req.method === 'POST') {
    swBuild += 1;
    return res.end(String(swBuild));
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
  const rel = normalize(url.pathname).replace(/^[/\\]+/, '');
  let file = join(root, 'hosts', rel);
  if (rel === 'embed-example.html') file = join(root, '../../public/embed-example.html');
  else if (rel === 'scorm-again/scorm12.min.js') file = join(root, '../../node_modules/scorm-again/dist/scorm12.min.js');
  else if (rel.startsWith('lms/')) file = join(root, '../../test-results/scorm-package', rel.slice('lms/'.length));
  else if (rel.startsWith(SUB) || `${rel}/` === SUB) file = join(root, '../../dist', rel.slice(SUB.length) || 'index.html');
  try {
    let body = await readFile(file);
    if (rel === `${SUB}sw.js` && swBuild > 0) body = Buffer.concat([body, Buffer.from(`\n// build ${swBuild}\n`)]);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end('not found');
  }
}).listen(port, '127.0.0.1');
