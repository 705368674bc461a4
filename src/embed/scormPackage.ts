import { scormZip, ScormPackageError, type ScormPackageOptions } from './scormManifest.ts';

/** The file list of the build as its service worker precaches it (`url:"…"` entries of sw.js), with sw.js itself. */
export function precachedFiles(swText: string): string[] {
  const urls = [...swText.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(['sw.js', ...urls])].filter((u) => !/^[a-z]+:|^\/|\.\./i.test(u));
}

/**
 * The SCORM 1.2 package of a lesson, built in the page from the app's own files (the precache list in sw.js, fetched
 * relative to `base`, the app's folder): the same zip as `npm run package:scorm`. Rejects with a ScormPackageError that
 * says what is wrong (unknown lesson or query value, no build, a file that did not load). Nothing leaves the page.
 */
export async function buildScormPackage(opts: ScormPackageOptions, base: string = new URL('./', document.baseURI).href, fetchFile: typeof fetch = fetch): Promise<Blob> {
  const get = async (path: string): Promise<Response> => {
    let r: Response;
    try {
      r = await fetchFile(new URL(path, base).href);
    } catch {
      throw new ScormPackageError(`Could not load ${path} for the SCORM package.`);
    }
    if (!r.ok) throw new ScormPackageError(`Could not load ${path} for the SCORM package (HTTP ${r.status}).${path === 'sw.js' ? ' The package is made from a production build (npm run build).' : ''}`);
    return r;
  };
  const sw = new Uint8Array(await (await get('sw.js')).arrayBuffer());
  const paths = precachedFiles(new TextDecoder().decode(sw));
  if (!paths.includes('index.html')) throw new ScormPackageError('sw.js lists no index.html: the package is made from a production build (npm run build).');
  const files = new Map<string, Uint8Array>([['sw.js', sw]]);
  await Promise.all(paths.filter((p) => p !== 'sw.js').map(async (p) => files.set(p, new Uint8Array(await (await get(p)).arrayBuffer()))));
  const zip = await scormZip(opts, files);
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
