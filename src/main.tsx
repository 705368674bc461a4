import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initLab, syncUrl } from './state/actions.ts';
import { App } from './views/App.tsx';
import './views/app.css';

initLab(window.location.search, navigator.languages ?? [navigator.language]);
syncUrl(window);
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
