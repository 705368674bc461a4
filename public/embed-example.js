// The embedding example: a host page that drives a framed Backprop Lab with postMessage.
// (A separate file, so the page also works under a CSP that forbids inline scripts.)
const frame = document.getElementById('lab');
const statusLine = document.getElementById('status');
const select = document.getElementById('lesson');
// The lab lives in this page's folder; pin messages to its origin.
const labOrigin = new URL(frame.src, location.href).origin;

function send(msg) {
  frame.contentWindow.postMessage({ target: 'backprop-lab', ...msg }, labOrigin);
}
const fmt = (x, digits) => (typeof x === 'number' ? x.toFixed(digits) : '—');

function showRuns(runs) {
  const body = document.getElementById('runs');
  body.replaceChildren(
    ...runs.map((r) => {
      const tr = document.createElement('tr');
      const cells = [r.label, fmt(r.trainLoss, 3), fmt(r.valLoss, 3), r.valAcc === null ? '—' : Math.round(r.valAcc * 100) + ' %'];
      cells.forEach((text, i) => {
        const td = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) td.scope = 'row';
        td.textContent = r.diverged && i === 0 ? text + ' (diverged)' : text;
        tr.append(td);
      });
      return tr;
    }),
  );
}

// Save and Restore keep the lab's state in this page's own storage (the lab itself stores nothing).
const STORE_KEY = 'backprop-lab-example-state';
const restoreButton = document.getElementById('restore');
function readSaved() {
  try {
    return JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
  } catch {
    return null;
  }
}
restoreButton.disabled = readSaved() === null;

// Each statement as one line, newest first: time, verb, what, result ("answered: What will dropout do…? → c, right").
function logStatement(st) {
  const name = (st.object.definition.name || {})['en-US'] || st.object.id;
  const r = st.result || {};
  const outcome = r.success === true ? ', right' : r.success === false ? ', wrong' : '';
  const li = document.createElement('li');
  li.textContent = `${st.timestamp.slice(11, 19)} ${st.verb.display['en-US']}: ${name}${r.response ? ` → ${r.response}${outcome}` : ''}`;
  li.title = JSON.stringify(st, null, 2);
  document.getElementById('statements').prepend(li);
}

window.addEventListener('message', (e) => {
  // Only the lab in our frame, from its own origin, and only its own messages.
  if (e.source !== frame.contentWindow || e.origin !== labOrigin) return;
  const m = e.data;
  if (!m || m.source !== 'backprop-lab') return;
  if (m.type === 'ready') {
    statusLine.textContent = 'Connected · paused';
    select.value = m.lesson;
  } else if (m.type === 'progress') {
    document.getElementById('stepCount').textContent = String(m.step);
    select.value = m.lesson;
    statusLine.textContent = m.playing ? 'Connected · training' : 'Connected · paused';
    showRuns(m.runs);
  } else if (m.type === 'state') {
    localStorage.setItem(STORE_KEY, JSON.stringify(m.state));
    restoreButton.disabled = false;
    statusLine.textContent = `Saved: lesson ${m.state.lesson}, step ${m.state.step}`;
  } else if (m.type === 'statement') {
    logStatement(m.statement);
  } else if (m.type === 'resize') {
    frame.style.height = Math.max(200, m.height) + 'px';
  }
});

document.getElementById('play').addEventListener('click', () => send({ type: 'play' }));
document.getElementById('pause').addEventListener('click', () => send({ type: 'pause' }));
document.getElementById('step').addEventListener('click', () => send({ type: 'step', count: 10 }));
document.getElementById('reset').addEventListener('click', () => send({ type: 'reset' }));
document.getElementById('save').addEventListener('click', () => send({ type: 'getState' }));
restoreButton.addEventListener('click', () => {
  const state = readSaved();
  if (state) send({ type: 'setState', state, replay: document.getElementById('replay').checked });
});
select.addEventListener('change', () => send({ type: 'set', lesson: select.value }));
