// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backpropStepsEn as E } from '../../src/i18n/parts/backpropSteps.en.ts';
import { traceRun, type BackpropTrace } from '../../src/state/backprop.ts';
import { findLesson } from '../../src/state/lessons.ts';
import { runSpecs } from '../../src/state/runs.ts';
import { BackpropStepper } from '../../src/views/network/backprop/BackpropStepper.tsx';
import { click, mount, setStore, type Mounted } from './labRender.tsx';

const lesson = findLesson('backprop')!;
const config = runSpecs(lesson.config, lesson.comparison)[0].config;
let trace: BackpropTrace;
let m: Mounted | null = null;

beforeAll(async () => {
  trace = await traceRun(config);
});
afterEach(() => {
  m?.unmount();
  m = null;
});

const $ = (sel: string) => m!.container.querySelector(sel);
const $$ = (sel: string) => [...m!.container.querySelectorAll(sel)];
const live = () => $('[data-testid="backprop-live"]')!.textContent ?? '';
const index = () => Number($('[data-testid="backprop"]')?.getAttribute('data-phase-index'));
const key = (k: string, target: EventTarget = window) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });

/** Mounts the step-through of run A and waits for its trace (the engine loads on demand). */
async function open(c = config) {
  m = mount(<BackpropStepper runId="A" config={c} width={480} height={240} rem={16} />);
  for (let i = 0; i < 50 && !$('[data-testid="backprop"]') && !$('[data-testid="backprop-note"]'); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

/** The unrounded numbers the current phase's text shows, in order. */
const shown = () => $$('.backprop-detail .num').map((n) => Number(n.getAttribute('data-value')));

describe('BackpropStepper', () => {
  it('opens on the forward pass of the first hidden layer with each unit’s z and a from the trace', async () => {
    await open();
    expect(index()).toBe(0);
    expect($('.backprop-detail h3')!.textContent).toBe(E['backprop.forward.title'].replace('{layer}', 'H1'));
    const H1 = trace.layers[0];
    const items = $$('.backprop-detail .formulas li');
    expect(items).toHaveLength(H1.outputs);
    items.forEach((li, i) => {
      const nums = [...li.querySelectorAll('.num')].map((n) => Number(n.getAttribute('data-value')));
      // w₁·x₁ + w₂·x₂ + b = z; a = σ(z) = a
      expect(nums).toEqual([H1.W[2 * i], trace.x[0], H1.W[2 * i + 1], trace.x[1], H1.b[i], H1.z[i], H1.z[i], H1.a[i]]);
    });
    // The diagram labels the inputs and the first layer, nothing beyond yet.
    expect($$('.backprop-diagram text.value').map((t) => Number(t.getAttribute('data-value')))).toEqual([...trace.x, ...H1.a]);
    expect($('[data-testid="backprop-back"]')!.hasAttribute('disabled')).toBe(true);
  });

  it('goes through every phase with Next and back with Back, announcing each politely', async () => {
    await open();
    const total = trace.layers.length * 2 + 3;
    expect($('[data-testid="backprop-live"]')!.getAttribute('aria-live')).toBe('polite');
    const seen = new Set<string>();
    const kinds: string[] = [];
    for (let i = 0; i < total; i++) {
      seen.add(live());
      kinds.push($('.backprop-detail')!.getAttribute('data-phase')!);
      expect(live()).toContain(`Phase ${i + 1} of ${total}`);
      if (i < total - 1) click($('[data-testid="backprop-next"]')!);
    }
    expect(kinds).toEqual(['forward', 'forward', 'forward', 'error', 'backward', 'backward', 'gradients', 'update', 'chain']);
    expect(seen.size).toBe(total);
    expect($('[data-testid="backprop-next"]')!.hasAttribute('disabled')).toBe(true);
    click($('[data-testid="backprop-back"]')!);
    expect(index()).toBe(total - 2);
  });

  it('shows the output error as a − y with the engine’s δ', async () => {
    await open();
    for (let i = 0; i < 3; i++) click($('[data-testid="backprop-next"]')!);
    const out = trace.layers[2];
    expect(shown()).toEqual([out.a[0], trace.y[0], out.delta[0]]);
  });

  it('shows each hidden δ as (w · δ above) × slope, every factor the trace’s', async () => {
    await open();
    for (let i = 0; i < 5; i++) click($('[data-testid="backprop-next"]')!);
    expect($('.backprop-detail h3')!.textContent).toBe(E['backprop.backward.title'].replace('{layer}', 'H1'));
    const [H1, H2] = trace.layers;
    $$('.backprop-detail .formulas li').forEach((li, j) => {
      const nums = [...li.querySelectorAll('.num')].map((n) => Number(n.getAttribute('data-value')));
      const products = H2.delta.flatMap((d, i) => [H2.W[i * H2.inputs + j], d]);
      expect(nums).toEqual([...products, H1.slope![j], H1.dA![j], H1.slope![j], H1.delta[j]]);
    });
  });

  it('lays out each gradient as δ × input tables and the update as w, −η·∂L/∂w, w after', async () => {
    await open();
    for (let i = 0; i < 6; i++) click($('[data-testid="backprop-next"]')!);
    const tables = $$('.backprop-table');
    expect(tables).toHaveLength(3);
    const H2 = trace.layers[1];
    const cells = [...tables[1].querySelectorAll('tbody td .num')].map((n) => Number(n.getAttribute('data-value')));
    expect(cells).toEqual(H2.delta.flatMap((_, i) => [...H2.dW.slice(i * 3, i * 3 + 3), H2.db[i]]));
    click($('[data-testid="backprop-next"]')!);
    const firstRow = [...$$('.backprop-table.update')[0].querySelectorAll('tbody tr')[0].querySelectorAll('.num')].map((n) => Number(n.getAttribute('data-value')));
    const H1 = trace.layers[0];
    expect(firstRow).toEqual([H1.W[0], trace.learningRate, H1.dW[0], H1.WAfter[0]]);
  });

  it('moves with N and B anywhere and with the arrows inside the box, but not while typing', async () => {
    await open();
    key('n');
    key('N');
    expect(index()).toBe(2);
    key('b');
    expect(index()).toBe(1);
    const next = $('[data-testid="backprop-next"]') as HTMLButtonElement;
    key('ArrowRight', next);
    expect(index()).toBe(2);
    key('ArrowLeft', next);
    expect(index()).toBe(1);
    const field = document.createElement('input');
    document.body.appendChild(field);
    key('n', field);
    expect(index()).toBe(1);
    field.remove();
  });

  it('keeps its phase when the worker re-sends the same settings as a new object, and starts again for new ones', async () => {
    await open();
    key('n');
    key('n');
    expect(index()).toBe(2);
    // The worker answers each (re)configure with fresh run objects: equal settings, another object.
    m!.rerender(<BackpropStepper runId="A" config={{ ...config }} width={480} height={240} rem={16} />);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(index()).toBe(2);
    // Another seed is another step to trace: back to its forward pass.
    m!.rerender(<BackpropStepper runId="A" config={{ ...config, seed: config.seed + 1 }} width={480} height={240} rem={16} />);
    for (let i = 0; i < 50 && index() !== 0; i++) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 20));
      });
    }
    expect(index()).toBe(0);
  });

  it('says why instead when the net is too big or uses batch norm', async () => {
    await open({ ...config, depth: 8, width: 16 });
    expect($('[data-testid="backprop-note"]')!.textContent).toContain('at most 6 hidden layers');
    m!.unmount();
    await open({ ...config, batchNorm: true });
    expect($('[data-testid="backprop-note"]')!.textContent).toBe(E['backprop.batchNorm'].replace('{run}', 'A'));
  });

  it('notes that training has moved on once the step counter passes 0', async () => {
    await open();
    expect($('.backprop')!.textContent).not.toContain(E['backprop.stale']);
    setStore({ step: 10 });
    expect($('.backprop')!.textContent).toContain(E['backprop.stale']);
  });
});
