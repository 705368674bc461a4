import { markUpdateReady } from '../state/update.ts';

/** The parts of `navigator.serviceWorker` the registration uses (a real one, or a fake in tests). */
export interface ServiceWorkers {
  readonly controller: unknown;
  register(url: string, options: { scope: string }): Promise<unknown>;
  addEventListener(type: 'controllerchange', fn: () => void): void;
}

/**
 * Registers the service worker that precaches the build (vite-plugin-pwa writes `sw.js` next to
 * index.html), relative to the page so it works from any sub-path. The worker takes over as soon
 * as a new version is installed (skipWaiting + clientsClaim), so a page that was already
 * controlled and sees its controller change is one version behind: it shows a small notice, and
 * the next load is the new version. Resolves false where there is no service worker (dev server,
 * file://, a sandboxed frame without storage) or registering fails.
 */
export async function registerOffline(getWorkers: () => ServiceWorkers | undefined, swUrl = './sw.js'): Promise<boolean> {
  let sw: ServiceWorkers | undefined;
  try {
    sw = getWorkers(); // throws SecurityError in an opaque origin (a frame sandboxed without allow-same-origin)
  } catch {
    return false;
  }
  if (!sw) return false;
  // The first install of all is no update: only a page that already had a version is behind.
  const hadVersion = sw.controller !== null && sw.controller !== undefined;
  if (hadVersion) sw.addEventListener('controllerchange', markUpdateReady);
  try {
    await sw.register(swUrl, { scope: './' });
    return true;
  } catch {
    return false;
  }
}
