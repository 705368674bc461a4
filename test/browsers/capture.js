// Put first in every HTML page by test/browsers/server.mjs (same origin, so the strict CSP allows it):
// WebDriver gives WebKit no console, so the page keeps its own list of problems in window.__labProblems.
(() => {
  const problems = (window.__labProblems = []);
  const text = (x) => (x instanceof Error ? `${x.name}: ${x.message}` : String(x));
  const error = console.error;
  console.error = function (...args) {
    problems.push(`console error: ${args.map(text).join(' ')}`);
    return error.apply(this, args);
  };
  // Capture phase: also failed <script>, <link> and <img> loads, which do not bubble.
  window.addEventListener('error', (e) => problems.push(`uncaught: ${e.message || e.target?.src || e.target?.href || 'error'}`), true);
  window.addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${text(e.reason)}`));
  document.addEventListener('securitypolicyviolation', (e) => problems.push(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`));
})();
