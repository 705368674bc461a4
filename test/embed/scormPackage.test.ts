// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageScorm, readArgs, staleBuild } from '../../src/embed/scormCli.ts';
import { scormLaunch, scormManifest, ScormPackageError } from '../../src/embed/scormManifest.ts';
import { buildScormPackage, precachedFiles } from '../../src/embed/scormPackage.ts';

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

/** A small stand-in for a build: what sw.js precaches, and the files themselves. */
const SW = 'self.x=1;precacheAndRoute([{url:"assets/index-abc.js",revision:null},{url:"index.html",revision:"1f"},{url:"favicon.svg",revision:"2"},{url:"index.html",revision:"1f"}],{})';
const BUILD: Record<string, string> = { 'sw.js': SW, 'index.html': '<!doctype html><title>lab</title>', 'assets/index-abc.js': 'console.log(1)', 'favicon.svg': '<svg/>' };

describe('scormLaunch', () => {
  it('launches index.html with the lesson, the query as given, embed=1 and scorm=1, titled by the lesson', async () => {
    expect(await scormLaunch({ lesson: 'dropout', query: '?speed=max&learningRate=0.01' })).toMatchObject({
      href: 'index.html?lesson=dropout&speed=max&learningRate=0.01&embed=1&scorm=1',
      title: 'Backprop Lab: Dropout narrows the loss gap',
    });
    expect((await scormLaunch({ lesson: 'l2', query: 'embed=0', title: ' Week 3 ' })).href).toBe('index.html?lesson=l2&embed=0&scorm=1');
    expect((await scormLaunch({ lesson: 'l2', title: ' Week 3 ' })).title).toBe('Week 3');
  });

  it('refuses an unknown lesson naming it and the valid ids, and a query it cannot use, naming the parameter', async () => {
    await expect(scormLaunch({ lesson: 'dropouts' })).rejects.toThrow(/^Unknown lesson "dropouts"\. Valid lesson ids: onelayer, backprop, .*dropout, .*hardware, digits-vanishing, .*digits-batchnorm\.$/);
    await expect(scormLaunch({ lesson: '10' })).rejects.toThrow(ScormPackageError);
    await expect(scormLaunch({ lesson: 'dropout', query: 'lesson=l2' })).rejects.toThrow(/may not set "lesson"/);
    await expect(scormLaunch({ lesson: 'dropout', query: 'colour=red' })).rejects.toThrow(/Unknown parameter "colour"/);
    await expect(scormLaunch({ lesson: 'dropout', query: 'depth=deep' })).rejects.toThrow(/depth=deep \(invalid/);
    await expect(scormLaunch({ lesson: 'dropout', query: 'depth=99' })).rejects.toThrow(/depth=99 \(clamped/);
  });
});

describe('scormManifest', () => {
  const xml = scormManifest({ identifier: 'backprop-lab-dropout', title: 'Fish & "chips" <3', href: 'index.html?lesson=dropout&scorm=1', files: ['index.html', 'assets/a.js'] });
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const all = (name: string) => [...doc.getElementsByTagNameNS(IMSCP, name)];

  it('is SCORM 1.2 content packaging: ADL SCORM 1.2 metadata, one organization with one item, one SCO resource', () => {
    expect(doc.documentElement.namespaceURI).toBe(IMSCP);
    expect(doc.documentElement.getAttribute('identifier')).toBe('backprop-lab-dropout');
    expect(all('schema').map((e) => e.textContent)).toEqual(['ADL SCORM']);
    expect(all('schemaversion').map((e) => e.textContent)).toEqual(['1.2']);
    const [org] = all('organization');
    expect(all('organizations')[0].getAttribute('default')).toBe(org.getAttribute('identifier'));
    const items = all('item');
    const resources = all('resource');
    expect([all('organization').length, items.length, resources.length]).toEqual([1, 1, 1]);
    expect(items[0].getAttribute('identifierref')).toBe(resources[0].getAttribute('identifier'));
    // adlcp:scormtype, the prefix bound to ADL's namespace (happy-dom reads prefixed attributes by their qualified name).
    expect(doc.documentElement.getAttribute('xmlns:adlcp')).toBe(ADLCP);
    expect(resources[0].getAttribute('adlcp:scormtype')).toBe('sco');
    expect(resources[0].getAttribute('type')).toBe('webcontent');
  });

  it('escapes the title and launch address, and lists every file', () => {
    expect(all('title').map((e) => e.textContent)).toEqual(['Fish & "chips" <3', 'Fish & "chips" <3']);
    expect(all('resource')[0].getAttribute('href')).toBe('index.html?lesson=dropout&scorm=1');
    expect(all('file').map((e) => e.getAttribute('href'))).toEqual(['index.html', 'assets/a.js']);
  });
});

describe('the package, from dist/ (npm run package:scorm) and in the page (buildScormPackage)', () => {
  const dist = mkdtempSync(join(tmpdir(), 'scorm-dist-'));
  for (const [path, text] of Object.entries(BUILD)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  const fakeFetch = (files: Record<string, string>) =>
    (async (url: string) => {
      const path = new URL(url).pathname.replace(/^\/lab\//, '');
      return path in files ? new Response(files[path]) : new Response('no', { status: 404 });
    }) as unknown as typeof fetch;

  it('holds imsmanifest.xml and every built file, byte for byte, each listed in the manifest', async () => {
    const zip = unzipSync(await packageScorm({ lesson: 'dropout', query: 'speed=max' }, dist));
    expect(Object.keys(zip).sort()).toEqual(['assets/index-abc.js', 'favicon.svg', 'imsmanifest.xml', 'index.html', 'sw.js']);
    for (const [path, text] of Object.entries(BUILD)) expect(strFromU8(zip[path])).toBe(text);
    const manifest = strFromU8(zip['imsmanifest.xml']);
    expect(manifest).toContain('href="index.html?lesson=dropout&amp;speed=max&amp;embed=1&amp;scorm=1"');
    expect([...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1])).toEqual(['assets/index-abc.js', 'favicon.svg', 'index.html', 'sw.js']);
  });

  it('the page builds the same zip contents from the files sw.js precaches, fetched from its own folder', async () => {
    const blob = await buildScormPackage({ lesson: 'dropout', query: 'speed=max' }, 'https://school.example/lab/', fakeFetch(BUILD));
    expect(blob.type).toBe('application/zip');
    const inPage = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const fromDist = unzipSync(await packageScorm({ lesson: 'dropout', query: 'speed=max' }, dist));
    expect(Object.fromEntries(Object.entries(inPage).map(([k, v]) => [k, strFromU8(v)]))).toEqual(Object.fromEntries(Object.entries(fromDist).map(([k, v]) => [k, strFromU8(v)])));
  });

  it('says what is missing: no sw.js (no production build), a file that does not load, an unknown lesson', async () => {
    const base = 'https://school.example/lab/';
    await expect(buildScormPackage({ lesson: 'dropout' }, base, fakeFetch({}))).rejects.toThrow(/Could not load sw\.js .*\(HTTP 404\)\. .*npm run build/);
    const { 'favicon.svg': _, ...noIcon } = BUILD;
    await expect(buildScormPackage({ lesson: 'dropout' }, base, fakeFetch(noIcon))).rejects.toThrow(/Could not load favicon\.svg/);
    await expect(buildScormPackage({ lesson: 'nope' }, base, fakeFetch(BUILD))).rejects.toThrow(/Unknown lesson "nope"/);
  });
});

describe('precachedFiles', () => {
  it('reads the url entries of sw.js once each, sw.js first, nothing outside the app folder', () => {
    expect(precachedFiles(SW)).toEqual(['sw.js', 'assets/index-abc.js', 'index.html', 'favicon.svg']);
    expect(precachedFiles('[{url:"https://cdn.example/x.js"},{url:"/abs.js"},{url:"../up.js"},{url:"ok.css"}]')).toEqual(['sw.js', 'ok.css']);
  });
});

describe('the command line', () => {
  it('reads --lesson, --query, --title, --out and --no-build, and names a bad argument', () => {
    expect(readArgs(['--lesson', 'dropout', '--query', 'speed=max', '--out', 'x.zip', '--no-build'])).toEqual({ lesson: 'dropout', query: 'speed=max', title: undefined, out: 'x.zip', build: false });
    expect(() => readArgs(['--lesson'])).toThrow(/Unknown or incomplete argument "--lesson"/);
    expect(() => readArgs(['--query', 'a=1'])).toThrow(/Name a lesson/);
  });

  it('finds a build missing, or older than a source file', () => {
    const root = mkdtempSync(join(tmpdir(), 'scorm-root-'));
    for (const dir of ['src', 'public', 'dist']) mkdirSync(join(root, dir));
    for (const f of ['index.html', 'vite.config.ts', 'package.json', 'src/a.ts', 'public/b.css']) writeFileSync(join(root, f), '');
    expect(staleBuild(root)).toBe('dist/ has no build');
    writeFileSync(join(root, 'dist/sw.js'), 'sw');
    const t = Date.now() / 1000;
    utimesSync(join(root, 'src/a.ts'), t - 100, t - 100);
    for (const f of ['index.html', 'vite.config.ts', 'package.json', 'public/b.css']) utimesSync(join(root, f), t - 100, t - 100);
    utimesSync(join(root, 'dist/sw.js'), t - 50, t - 50);
    expect(staleBuild(root)).toBeNull();
    utimesSync(join(root, 'src/a.ts'), t, t);
    expect(staleBuild(root)).toBe('src changed since the last build');
  });
});
