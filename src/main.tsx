import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startEmbedBridge } from './embed/bridge.ts';
import { registerOffline } from './offline/register.ts';
import { initLab, syncUrl } from './state/actions.ts';
import { App } from './views/App.tsx';
import { killWorker } from './worker/client.ts';
import './views/app.css';

const root = document.getElementById('root') as HTMLElement;
initLab(window.location.search, navigator.languages ?? [navigator.language]);
syncUrl(window);
// A fault drill for tests and curious teachers: window.backpropLab.killWorker() ends the worker like a crash.
Object.defineProperty(window, 'backpropLab', { value: Object.freeze({ killWorker }) });
startEmbedBridge(window, root);
// Offline after one visit (production builds only: the dev server has no sw.js).
if (import.meta.env.PROD) void registerOffline(() => navigator.serviceWorker);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
