import { parseMessage } from '../../src/embed/validate.ts';
import { KNOB_KEYS } from '../../src/state/knobs.ts';
import { APP, HOST, expect, readStep, test } from './fixtures.ts';
import { seeded } from './seeded.ts';

const r = seeded(8128);
const scalars: unknown[] = [0, -1, 1.5, 1e308, -1e308, NaN, Infinity, -Infinity, '', 'x', 'relu', '0.5', true, false, null, undefined, 'y'.repeat(5000)];

/** A random value: a scalar, an array or a nested object, sometimes deep or long. */
function any(depth = 0): unknown {
  const k = r.int(depth > 3 ? 1 : 4);
  if (k === 0) return r.pick(scalars);
  if (k === 1) return r.next() < 0.1 ? Array(2000).fill(r.pick(scalars)) : Array.from({ length: r.int(5) }, () => any(depth + 1));
  if (k === 2) return Object.fromEntries(Array.from({ length: r.int(4) }, (_, i) => [r.pick(['type', 'target', 'key', 'value', `k${i}`]), any(depth + 1)]));
  return new Date(0);
}

/** A random payload, often aimed at the lab, sometimes a valid command. */
function payload(): unknown {
  const roll = r.next();
  if (roll < 0.15) return any();
  const type = r.pick(['play', 'pause', 'reset', 'step', 'set', 'set', 'set', 'fly', '', 7]);
  const m: Record<string, unknown> = { target: r.next() < 0.9 ? 'backprop-lab' : r.pick(['backprop', 'BACKPROP-LAB', 3]), type };
  if (type === 'step' && r.next() < 0.8) m.count = r.pick([1, 3, 0, -2, 2.5, 1e9, '4', NaN]);
  if (type === 'set') {
    const form = r.int(4);
    if (form === 0 || form === 3) {
      m.key = r.pick([...KNOB_KEYS, 'colour', '__proto__', 42]);
      m.value = r.next() < 0.5 ? r.pick(scalars) : r.pick(['relu', 'sigmoid', 0.01, 3, true, 'moons']);
    }
    if (form === 1 || form === 3) m.lesson = r.pick(['dropout', 3, 9, 'x', null]);
    if (form === 2) {
      m.compare = r.pick(['activation', 'trainSize', 'none', null, 'nope']);
      m.values = r.next() < 0.7 ? r.pick([['relu', 'tanh'], [25, 400], [], Array(12).fill(1), 'relu']) : any();
    }
  }
  return m;
}

test('200 random postMessage payloads to an embedded lab: no crash, each bad one warned about, the lab still works', async ({ page, problems }) => {
  test.setTimeout(120_000);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Backprop Lab ignored a message')) warnings.push(m.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { errors: string[] }).errors = [];
    window.addEventListener('error', (e) => (window as unknown as { errors: string[] }).errors.push(String(e.message)));
  });
  await page.goto(`${HOST}/embed-host.html?fixed=1&src=${encodeURIComponent(`${APP}/?embed=1&lesson=loss&speed=100`)}`);
  const frame = page.frameLocator('#lab');
  await expect(frame.getByTestId('step')).toBeAttached();
  await expect.poll(() => page.evaluate(() => (window as unknown as { received: { data: { type?: string } }[] }).received.some((x) => x.data?.type === 'ready'))).toBe(true);

  let invalid = 0;
  for (let i = 0; i < 200; i++) {
    const p = payload();
    if (parseMessage(p).kind === 'invalid') invalid++;
    await page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), p);
    // Every 25 messages, let the lab catch up: it has read every bad one so far once it has warned about each.
    if (i % 25 === 24) await expect.poll(() => warnings.length, { timeout: 10_000 }).toBe(invalid);
  }
  await expect.poll(() => warnings.length, { timeout: 10_000 }).toBe(invalid);
  expect(invalid).toBeGreaterThan(30);

  // Still a working lab: reset, then exactly three steps on command.
  await page.evaluate(() => {
    const w = window as unknown as { send(m: unknown): void };
    w.send({ target: 'backprop-lab', type: 'pause' });
    w.send({ target: 'backprop-lab', type: 'set', lesson: 'loss' });
    w.send({ target: 'backprop-lab', type: 'reset' });
  });
  await expect.poll(() => readStep(frame)).toBe(0);
  await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ target: 'backprop-lab', type: 'step', count: 3 }));
  await expect.poll(() => readStep(frame)).toBe(3);
  const frameErrors = await page.frames()[1].evaluate(() => (window as unknown as { errors: string[] }).errors);
  expect(frameErrors).toEqual([]);
  expect(problems.list).toEqual([]);
});
