import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/** Initial JavaScript budget (DESIGN §9), gzip. */
const BUDGET = 150 * 1024;

test('the initial JavaScript of the build is at most 150 kB gzip; the worker chunk is counted apart', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThan(0);
  const initial = refs.reduce((sum, f) => sum + gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length, 0);
  const workers = readdirSync('dist/assets').filter((f) => /^worker.*\.js$/.test(f));
  expect(workers.length).toBe(1);
  const worker = gzipSync(readFileSync(`dist/assets/${workers[0]}`), { level: 9 }).length;
  console.log(`initial JS ${(initial / 1024).toFixed(1)} kB gzip (${refs.join(', ')}); worker ${(worker / 1024).toFixed(1)} kB gzip; budget ${BUDGET / 1024} kB`);
  expect(initial).toBeLessThanOrEqual(BUDGET);
  expect(initial + worker).toBeLessThanOrEqual(BUDGET + 40 * 1024);
});

test('the build requests nothing from another origin: no absolute URLs to other hosts in HTML, CSS or JS', () => {
  const files = ['index.html', ...readdirSync('dist/assets').map((f) => `assets/${f}`)].filter((f) => /\.(html|css|js)$/.test(f));
  for (const f of files) {
    const text = readFileSync(`dist/${f}`, 'utf8');
    const hits = [...text.matchAll(/(?:src|href)\s*=\s*["'](https?:)?\/\/[^"']+/g)].map((m) => m[0]);
    expect(hits, f).toEqual([]);
    expect(text, f).not.toMatch(/@import\s+url\(["']?https?:/);
    expect(text, f).not.toMatch(/fonts\.googleapis|googletagmanager|google-analytics|cdn\.jsdelivr|unpkg\.com/);
  }
});
