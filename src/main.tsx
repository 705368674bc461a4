import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerOffline } from './offline/register.ts';
import { loadMessages } from './i18n/index.ts';
import { initLab, syncUrl } from './state/actions.ts';
import { killWorker } from './state/stream.ts';
import { loadOwnDataTools } from './state/ownData/lazy.ts';
import { provideScormBuilder } from './state/scormBuilder.ts';
import { hasDataParam } from './state/url.ts';
import { useLab } from './state/store.ts';
import { App } from './views/App.tsx';
import './views/app.css';

const root = document.getElementById('root') as HTMLElement;

/** Reads the URL, starts the lab and renders it. */
function boot(): void {
  initLab(window.location.search, navigator.languages ?? [navigator.language]);
  // Korean texts are their own chunk: load them before the first paint when the page opens in Korean.
  void loadMessages(useLab.getState().lang).then(show, show);
}

/** Renders the lab (its language's texts loaded) and connects the embed bridge and offline cache. */
function show(): void {
  syncUrl(window);
  // A fault drill for tests and curious teachers: window.backpropLab.killWorker() ends the worker like a crash.
  Object.defineProperty(window, 'backpropLab', { value: Object.freeze({ killWorker }) });
  // A page in a frame talks to its host (embed/bridge.ts, with the learning events it posts): a chunk of its own, loaded
  // only when framed, so a page on its own does not carry it (bench/README, initial JS).
  if (window.parent !== window) void import('./embed/bridge.ts').then((m) => m.startEmbedBridge(window, root));
  // Launched from an LMS (a SCORM package's ?scorm=1): its adapter is a chunk of its own, loaded only then.
  if (useLab.getState().scorm) void import('./embed/scorm.ts').then((m) => m.startScorm(window));
  // The activity maker's SCORM download: built in the page from the app's own files, with fflate, loaded when asked.
  provideScormBuilder(async (opts) => (await import('./embed/scormPackage.ts')).buildScormPackage(opts));
  // Offline after one visit (production builds only: the dev server has no sw.js).
  if (import.meta.env.PROD) void registerOffline(() => navigator.serviceWorker);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// A link with own data first loads the codec that reads it (a small chunk); any other page starts at once.
if (hasDataParam(window.location.search)) void loadOwnDataTools().then(boot, boot);
else boot();
