import type { Page } from '@playwright/test';
import { expect, nextFrames, test } from './fixtures.ts';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], [tabindex="0"]';

/** A short description of the focused element and whether a focus ring is drawn around it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== '');
    const all = [...document.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], [tabindex="0"]')];
    const group = el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.name}` : null;
    return { index: all.indexOf(el), group, what: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`, ring };
  });
}

/** Indices (in DOM order) of the focusable controls a person can see, with the radio group each radio belongs to. */
async function visibleControls(page: Page): Promise<{ i: number; group: string | null }[]> {
  return page.evaluate((sel) => {
    const all = [...document.querySelectorAll<HTMLElement>(sel)];
    return all
      .map((el, i) => ({ el, i }))
      .filter(({ el }) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[inert], [aria-hidden="true"]');
      })
      .map(({ el, i }) => ({ i, group: el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.name}` : null }));
  }, FOCUSABLE);
}

test('Tab alone reaches every visible control, each with a visible focus ring', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByTestId('step')).toBeVisible();
  // The runs are built (the network panel's switches come with them): the controls are all there to be counted.
  await expect(page.locator('[data-view=network] input[type=radio]').first()).toBeAttached();
  // And until the set of controls stands still over a few frames: parts that load as chunks of their own come a
  // moment later, and a control added before others shifts their places in the count (CI: four stops "missed").
  let expected = await visibleControls(page);
  await expect
    .poll(async () => {
      await nextFrames(page);
      const again = await visibleControls(page);
      const same = JSON.stringify(again) === JSON.stringify(expected);
      expected = again;
      return same;
    })
    .toBe(true);
  expect(expected.length).toBeGreaterThan(30);
  // A radio group is one tab stop (arrow keys move within it), so reaching any of its radios reaches the group.
  const stops = new Set(expected.map((c) => c.group ?? String(c.i)));
  const reached = new Set<string>();
  const noRing: string[] = [];
  for (let i = 0; i < expected.length + 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    const stop = f.group ?? String(f.index);
    if (reached.has(stop) && reached.size >= stops.size) break;
    reached.add(stop);
    if (!f.ring) noRing.push(f.what);
  }
  expect([...stops].filter((s) => !reached.has(s))).toEqual([]);
  expect(noRing).toEqual([]);
  expect(problems.list).toEqual([]);
});

test('every visible control can be operated from the keyboard', async ({ page, problems }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  const controls = await visibleControls(page);
  const failures: string[] = [];
  for (const { i } of controls) {
    await page.goto('/');
    await expect(page.getByTestId('step')).toBeVisible();
    // Mark the control first: operating it may re-render the page and move others in DOM order.
    await page.locator(FOCUSABLE).nth(i).evaluate((e) => e.setAttribute('data-kbd-target', ''));
    const el = page.locator('[data-kbd-target]');
    const kind = await el.evaluate((e) => {
      if (e instanceof HTMLSelectElement) return e.options.length > 1 ? 'select' : 'fixed';
      if (e instanceof HTMLInputElement) return e.type;
      if (e instanceof HTMLButtonElement) return 'button';
      return 'other';
    });
    await el.focus();
    const label = await el.evaluate((e) => e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 40) ?? e.id);
    const problemsBefore = problems.list.length;
    if (kind === 'button') {
      await page.evaluate(() => {
        (window as unknown as { clicked: EventTarget | null }).clicked = null;
        document.addEventListener('click', (ev) => ((window as unknown as { clicked: EventTarget | null }).clicked = ev.target), { capture: true, once: true });
      });
      // An export button saves a file: wait for it, so the next page does not cut the export short.
      const exports = (await el.getAttribute('data-testid'))?.startsWith('export-') ?? false;
      const dl = exports ? page.waitForEvent('download', { timeout: 10_000 }).catch(() => null) : null;
      await page.keyboard.press('Enter');
      await dl;
      const ok = await expect
        .poll(() => page.evaluate(() => (window as unknown as { clicked: EventTarget | null }).clicked !== null), { timeout: 1500 })
        .toBe(true)
        .then(() => true, () => false);
      if (!ok) failures.push(`button "${label}" did not respond to Enter`);
    } else if (kind === 'range' || kind === 'select') {
      const before = await el.inputValue();
      await page.keyboard.press('ArrowRight');
      if ((await el.inputValue()) === before) await page.keyboard.press('ArrowLeft');
      if (kind === 'select' && (await el.inputValue()) === before) await page.keyboard.press('ArrowDown');
      if (kind === 'select' && (await el.inputValue()) === before) await page.keyboard.press('ArrowUp');
      if ((await el.inputValue()) === before) failures.push(`${kind} "${label}" did not change with the arrow keys`);
    } else if (kind === 'checkbox' || kind === 'radio') {
      const before = await el.isChecked();
      await page.keyboard.press('Space');
      if (kind === 'checkbox' && (await el.isChecked()) === before) failures.push(`checkbox "${label}" did not toggle with Space`);
      if (kind === 'radio' && !(await el.isChecked())) failures.push(`radio "${label}" not selected with Space`);
    } else if (kind === 'number' || kind === 'text') {
      await page.keyboard.press('Control+A');
      await page.keyboard.type('7');
      await page.keyboard.press('Enter');
      if ((await el.inputValue()) !== '7') failures.push(`field "${label}" did not take typed input`);
    }
    // What the key did is on screen two frames on (and any error it raised reported).
    await nextFrames(page);
    for (const p of problems.list.slice(problemsBefore)) failures.push(`${kind} "${label}": ${p}`);
  }
  expect(failures).toEqual([]);
  expect(problems.list).toEqual([]);
});
