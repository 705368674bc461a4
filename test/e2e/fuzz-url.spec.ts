import { KNOB_KEYS, KNOBS } from '../../src/state/knobs.ts';
import { parseUrl } from '../../src/state/url.ts';
import { expect, test } from './fixtures.ts';
import { seeded } from './seeded.ts';

const r = seeded(20261127);
const junk = ['', 'NaN', '-1', '1e309', '-1e309', 'abc', '0x10', '1,2', '%', '%E0%A4%A', '<script>x</script>', '∞', '한국어', ' 3 ', 'null', 'undefined', 'true', 'x'.repeat(3000)];

/** A random value for a parameter: often valid, often not. */
function value(key: string): string {
  if (r.next() < 0.45) return r.pick(junk);
  if ((KNOB_KEYS as string[]).includes(key)) {
    const def = KNOBS[key as keyof typeof KNOBS];
    if (def.kind === 'enum') return r.pick(def.options);
    if (def.kind === 'bool') return r.pick(['0', '1']);
    return String(r.pick([def.min, def.max, (def.min + def.max) / 2, def.max * 10, -def.max, def.min / 3]));
  }
  switch (key) {
    case 'lesson':
      return r.pick(['1', '8', '9', 'dropout', 'vanishing', 'data']);
    case 'compare':
    case 'compare2':
      return r.pick([...KNOB_KEYS, 'none']);
    case 'values':
    case 'values2':
      return Array.from({ length: 1 + r.int(12) }, () => r.pick(['0', '0.5', 'relu', 'sigmoid', '25', '400', 'true', 'he'])).join(',');
    case 'lang':
      return r.pick(['en', 'ko', 'fr', 'KO']);
    case 'speed':
      return r.pick(['max', '1', '30', '1000', '99999']);
    case 'controls':
      return r.pick(['play', 'play,compare', 'export,bogus', '']);
    case 'lock':
      return r.pick(['l2', 'L2,learningRate', 'l2,bogus', 'dataset,trainSize', KNOB_KEYS.join(','), ',,', 'lesson']);
    case 'task':
      return r.pick(['Why?', '<b>Explain</b> & <img src=x onerror=alert(1)>', 'y'.repeat(300), '가'.repeat(281), '😀'.repeat(281), '   ']);
    case 'origin':
      return r.pick(['https://example.org', 'null', 'ftp:/x', 'http://127.0.0.1:1']);
    default:
      return r.pick(['1', 'x']);
  }
}

const KEYS = [...KNOB_KEYS, 'lesson', 'compare', 'values', 'compare2', 'values2', 'lang', 'speed', 'present', 'embed', 'controls', 'lock', 'task', 'origin', 'unknown', 'utm_source'];

function randomQuery(): string {
  const p = new URLSearchParams();
  const n = r.int(8);
  for (let i = 0; i < n; i++) {
    const k = r.pick(KEYS);
    p.append(k, value(k));
  }
  return p.toString();
}

test('200 random, malformed, huge and missing URL parameters always give a usable lab and a notice for every fix-up', async ({ page, problems }) => {
  test.setTimeout(240_000);
  const queries = Array.from({ length: 200 }, randomQuery);
  for (const [i, q] of queries.entries()) {
    await page.goto(`/?${q}`);
    // Presenter and embed modes may hide the numbers table; the counter is still there.
    await expect(page.getByTestId('step'), q).toBeAttached();
    const expected = parseUrl(q).notices.length;
    await expect(page.locator('.notices li'), `notices for ?${q.slice(0, 300)}`).toHaveCount(expected);
    if (i % 20 === 0 && (await page.getByTestId('play').count()) > 0) {
      await page.getByRole('button', { name: /^(Step|한 단계)$/ }).first().click({ timeout: 10_000 });
      await expect(page.getByTestId('step')).not.toHaveText('0');
    }
    expect(problems.list, `after ?${q.slice(0, 300)}`).toEqual([]);
  }
});
