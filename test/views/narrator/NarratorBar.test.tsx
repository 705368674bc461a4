// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { ko } from '../../../src/i18n/ko.ts';
import { useLab } from '../../../src/state/store.ts';
import { NarratorBar } from '../../../src/views/narrator/NarratorBar.tsx';
import { point, runInfo, stats } from '../chartFixtures.ts';
import { changeValue, click, mount, setStore, type Mounted } from '../labRender.tsx';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const layers = [stats({ gradNorm: 1e-6, saturated: 0.4 }), stats({ gradNorm: 1e-2, saturated: 0.9 }), stats({ gradNorm: 0.1 })];
const trained = {
  runs: [runInfo('A', [8, 8]), runInfo('B', [8, 8])],
  history: {
    A: [point(0, layers), point(120, layers, { trainLoss: 0.69312, valLoss: 0.6942, trainAcc: 0.5, valAcc: 0.4987 })],
    B: [point(0, layers), point(120, layers, { trainLoss: 0.1234, valLoss: 0.2, trainAcc: 0.97, valAcc: 0.955 })],
  },
  step: 125,
};

describe('NarratorBar', () => {
  it('has a polite, atomic live region that is empty until something is said', () => {
    m = mount(<NarratorBar />);
    const live = m.container.querySelector('[data-testid="narrator-live"]') as HTMLElement;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.getAttribute('aria-atomic')).toBe('true');
    expect(live.textContent).toBe('');
    expect(m.container.textContent).toContain(en['narrator.nothingYet']);
  });

  it("describes every run at once, with the numbers table's rounding, when Describe now is pressed", () => {
    m = mount(<NarratorBar />, trained);
    click(m.container.querySelector('[data-testid="describe"]')!);
    const text = m.container.querySelector('[data-testid="narrator-live"]')!.textContent ?? '';
    expect(text.startsWith('Paused at step 125. A · Sigmoid: step 120; training loss 0.693, validation loss 0.694;')).toBe(true);
    expect(text).toContain('B · ReLU: step 120; training loss 0.123, validation loss 0.200; training accuracy 0.970, validation accuracy 0.955; first/last gradient 10⁻⁴; no dead units.');
    expect(text).toContain('first/last gradient 10⁻⁴; most saturated: layer 2, 90 %.');
  });

  it('speaks Korean when the page is Korean, and keeps the verbosity in the store (and so the URL)', () => {
    m = mount(<NarratorBar />, { ...trained, lang: 'ko' });
    click(m.container.querySelector('[data-testid="describe"]')!);
    expect(m.container.querySelector('[data-testid="narrator-live"]')!.textContent).toContain('125단계에서 멈춤.');
    const select = m.container.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([ko['narrator.verbosity.milestones'], ko['narrator.verbosity.periodic'], ko['narrator.verbosity.off']]);
    changeValue(select, 'off');
    expect(useLab.getState().narrator).toBe('off');
  });

  it('answers the D key (the describe counter) as the button does', () => {
    m = mount(<NarratorBar />, trained);
    setStore({ describeAsked: useLab.getState().describeAsked + 1 });
    expect(m.container.querySelector('[data-testid="narrator-live"]')!.textContent).toMatch(/^Paused at step 125\./);
  });
});
