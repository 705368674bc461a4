import { strToU8, zipSync } from 'fflate';
import { en } from '../i18n/en.ts';
import type { MessageKey } from '../i18n/index.ts';
import { LESSONS, type Lesson } from '../state/lessons.ts';
import { loadOwnDataTools } from '../state/ownData/lazy.ts';
import { hasDataParam, parseUrl } from '../state/url.ts';
import { URL_PARAMS } from '../state/urlParams.ts';

/** What a SCORM package holds: one lesson, optional knobs etc. as a query string (`speed=max&learningRate=0.05`), a title. */
export interface ScormPackageOptions {
  lesson: string;
  query?: string;
  /** The course's name for it; default "Backprop Lab: <the lesson's English title>". */
  title?: string;
}

/** Parameters the package writes itself (the lesson comes from `lesson`; scorm=1 marks the LMS launch). */
const OWN_PARAMS = ['lesson', 'scorm'];
const KNOWN_PARAMS = new Set(URL_PARAMS.flatMap((p) => p.params));

/** A package whose lesson or query cannot be used: the message names what and why. */
export class ScormPackageError extends Error {
  override name = 'ScormPackageError';
}

/** The lesson, launch address (relative to the package root) and title of a package; throws ScormPackageError naming what is wrong. */
export async function scormLaunch(opts: ScormPackageOptions): Promise<{ lesson: Lesson; href: string; title: string }> {
  const lesson = LESSONS.find((l) => l.id === opts.lesson);
  if (!lesson) throw new ScormPackageError(`Unknown lesson "${opts.lesson}". Valid lesson ids: ${LESSONS.map((l) => l.id).join(', ')}.`);
  const query = new URLSearchParams((opts.query ?? '').replace(/^\?/, ''));
  for (const key of new Set(query.keys())) {
    if (OWN_PARAMS.includes(key)) throw new ScormPackageError(`The query may not set "${key}": the package sets it (the lesson comes from --lesson).`);
    if (!KNOWN_PARAMS.has(key)) throw new ScormPackageError(`Unknown parameter "${key}" in the query. Known: ${[...KNOWN_PARAMS].filter((k) => !OWN_PARAMS.includes(k)).join(', ')}.`);
  }
  const params = new URLSearchParams([['lesson', lesson.id], ...query]);
  if (!params.has('embed')) params.set('embed', '1');
  params.set('scorm', '1');
  const search = params.toString();
  if (hasDataParam(search)) await loadOwnDataTools();
  const { notices } = parseUrl(search);
  if (notices.length) {
    throw new ScormPackageError(`The query has values the lab cannot use as given: ${notices.map((n) => `${n.param}=${n.given} (${n.kind}, would use ${n.used})`).join('; ')}.`);
  }
  const title = opts.title?.trim() || `Backprop Lab: ${en[`lessons.${lesson.id}.title` as MessageKey]}`;
  return { lesson, href: `index.html?${search}`, title };
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

/**
 * imsmanifest.xml of a SCORM 1.2 package (ADL SCORM CAM 1.2, IMS Content Packaging 1.1.2): metadata schema "ADL SCORM"
 * 1.2, one organization with one item, one SCO resource launching `href` and listing `files`.
 */
export function scormManifest(p: { identifier: string; title: string; href: string; files: readonly string[] }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xml(p.identifier)}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    '  <organizations default="backprop-lab-org">',
    '    <organization identifier="backprop-lab-org">',
    `      <title>${xml(p.title)}</title>`,
    '      <item identifier="backprop-lab-item" identifierref="backprop-lab-sco" isvisible="true">',
    `        <title>${xml(p.title)}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="backprop-lab-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(p.href)}">`,
    ...p.files.map((f) => `      <file href="${xml(f)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ];
  return lines.join('\n');
}

/**
 * The package as zip bytes: imsmanifest.xml beside the built app's files (paths relative to the app's folder,
 * index.html among them). Shared by `npm run package:scorm` (files from dist/) and the page (files it fetches).
 */
export async function scormZip(opts: ScormPackageOptions, files: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const { lesson, href, title } = await scormLaunch(opts);
  if (!files.has('index.html')) throw new ScormPackageError('The built app has no index.html: build it first (npm run build).');
  const paths = [...files.keys()].filter((f) => f !== 'imsmanifest.xml').sort();
  const manifest = scormManifest({ identifier: `backprop-lab-${lesson.id}`, title, href, files: paths });
  const entries: Record<string, Uint8Array> = { 'imsmanifest.xml': strToU8(manifest) };
  for (const f of paths) entries[f] = files.get(f)!;
  return zipSync(entries, { level: 6 });
}
