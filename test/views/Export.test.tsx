// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { historyCsv, csvField } from '../../src/views/controls/export/csv.ts';
import { fileStem } from '../../src/views/ui/download.ts';
import { readExport } from '../../src/state/ownData/tools.ts';
import { exportJson } from '../../src/views/controls/export/json.ts';
import { LiveNumbers } from '../../src/views/numbers/LiveNumbers.tsx';
import { StageBar } from '../../src/views/StageBar.tsx';
import type { LabState } from '../../src/state/store.ts';
import { fakeHistory, fakeRun, stats } from './fakeRuns.ts';
import { mount, type Mounted } from './labRender.tsx';

const runs = [fakeRun('A', [2, 4, 4, 1]), fakeRun('B', [2, 4, 1])];
const history = { A: fakeHistory(5, 3), B: fakeHistory(4, 2) };

describe('historyCsv', () => {
  it('starts with a header naming a gradient column per layer of the deepest run', () => {
    const [header] = historyCsv(runs, history).split('\r\n');
    expect(header).toBe('runId,label,step,epoch,trainLoss,valLoss,trainAcc,valAcc,grad_L1,grad_L2,grad_L3');
  });

  it('has one row per recorded step per run, with that point’s numbers', () => {
    const lines = historyCsv(runs, history).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 5 + 4);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.filter((r) => r[0] === 'A').map((r) => Number(r[2]))).toEqual([0, 10, 20, 30, 40]);
    expect(rows.filter((r) => r[0] === 'B')).toHaveLength(4);
    const a1 = rows[1];
    expect(a1[1]).toBe('activation=sigmoid');
    expect(Number(a1[4])).toBeCloseTo(0.69);
    expect(Number(a1[10])).toBeCloseTo(1e-1);
    const b0 = rows[5];
    expect(b0[10]).toBe('');
    expect(b0).toHaveLength(11);
  });

  it('quotes fields with commas or quotes and leaves non-finite numbers empty', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(NaN)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });

  it('is just the header when nothing was recorded yet', () => {
    expect(historyCsv(runs, {}).trimEnd().split('\r\n')).toHaveLength(1);
  });
});

describe('exportJson', () => {
  it('parses back to the configuration, the query that reproduces it, each run’s own config and its history', () => {
    const text = exportJson(
      {
        lessonId: 'vanishing',
        config: DEFAULT_CONFIG,
        comparison: { knob: 'activation', values: ['sigmoid', 'relu'] },
        runs,
        history,
        step: 40,
        ownData: null,
      },
      'lesson=vanishing&depth=8',
      '2024-01-01T00:00:00.000Z',
    );
    const doc = JSON.parse(text);
    expect(doc.config).toEqual(DEFAULT_CONFIG);
    expect(doc.query).toBe('lesson=vanishing&depth=8');
    expect(doc.comparison.knob).toBe('activation');
    expect(doc.runs.map((r: { id: string }) => r.id)).toEqual(['A', 'B']);
    expect(doc.runs[1].config.activation).toBe('relu');
    expect(doc.runs[0].config.activation).toBe('sigmoid');
    expect(doc.runs[0].history).toHaveLength(5);
    expect(doc.runs[1].history[3].step).toBe(30);
  });

  it('carries own data whole, and the import reader gives back the same points and the query', () => {
    const points = Array.from({ length: 400 }, (_, i) => ({ x: Math.fround(i / 400), y: Math.fround(-(i + 1) / 400), label: i % 3, split: i % 4 === 0 ? ('val' as const) : ('train' as const) }));
    const ownData = { classes: 3 as const, points };
    const text = exportJson({ lessonId: 'vanishing', config: { ...DEFAULT_CONFIG, dataset: 'own' }, comparison: { knob: null, values: [] }, runs, history, step: 0, ownData }, 'lesson=vanishing&dataset=own', 'x');
    const back = readExport(text);
    expect(back.ok && back.value.data?.points).toEqual(points);
    expect(back.ok && back.value.query).toBe('lesson=vanishing&dataset=own');
  });

  it('names files after the lesson and step, safe for any file system', () => {
    expect(fileStem('vanishing', 1200)).toBe('backprop-lab-vanishing-step1200');
    expect(fileStem('../x y', 3)).toBe('backprop-lab-xy-step3');
  });
});

describe('LiveNumbers', () => {
  let m: Mounted | null = null;
  afterEach(() => {
    m?.unmount();
    m = null;
  });

  it('shows a row per run with latest losses, parameters and gradient norms, and the speed', () => {
    m = mount(<LiveNumbers />, {
      runs,
      history,
      step: 40,
      stepsPerSecond: 250,
      examplesPerSecond: 8000,
      comparison: { knob: 'activation', values: ['sigmoid', 'relu'] },
      live: { A: { id: 'A', status: 'diverged', step: 0, seconds: 0, stepsPerSecond: 0, batchLoss: NaN, layers: [stats(0.5), stats(0.25)], masks: [] } },
    });
    const rows = [...m.container.querySelector('.table-scroll')!.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-run'))).toEqual(['A', 'B']);
    expect(rows[0].querySelector('th')!.textContent).toContain('Diverged');
    expect(m.container.querySelector('[data-testid="trainLoss-A"]')!.textContent).toBe('0.660');
    expect(m.container.querySelector('[data-testid="params-A"]')!.textContent).toBe(String(2 * 4 + 4 + 4 * 4 + 4 + 4 + 1));
    // One hidden layer and the output: both shown; a screen reader hears them named.
    expect(m.container.querySelector('[data-testid="grad-compact-A"]')!.textContent).toBe('0.500 · 0.250');
    expect(m.container.querySelector('[data-testid="grad-compact-A"]')!.getAttribute('aria-hidden')).toBe('true');
    expect(m.container.querySelector('[data-testid="grad-layers-A"]')!.textContent).toBe('layer 1: 0.500 · output: 0.250');
  });

  it('leaves the step counter and the speed to the stage bar, which shows them beside Play', () => {
    const store: Partial<LabState> = { runs, history, step: 40, epoch: 3, stepsPerSecond: 250, examplesPerSecond: 8000, comparison: { knob: 'activation', values: ['sigmoid', 'relu'] } };
    m = mount(<LiveNumbers />, store);
    expect(m.container.querySelector('[data-testid="step"]')).toBeNull();
    m.unmount();
    m = mount(<StageBar />, store);
    expect(m.container.querySelector('[data-testid="step"]')!.textContent).toBe('40');
    expect(m.container.querySelector('[data-testid="play"]')).not.toBeNull();
    expect(m.container.querySelector('[data-testid="compute"]')!.textContent).toMatch(/250\s*steps\/s.*8000\s*examples\/s/);
  });

  it('shows a deep run’s ‖∂L/∂W‖ as its first and last hidden layer on one line, and every layer to a screen reader', () => {
    const norms = [2.1e-5, 3e-4, 1e-3, 0.004, 0.02, 0.05, 0.1, 0.31, 0.8];
    m = mount(<LiveNumbers />, {
      runs: [fakeRun('A', [2, 16, 16, 16, 16, 16, 16, 16, 16, 1])],
      history: { A: fakeHistory(5, 9) },
      comparison: { knob: null, values: [] },
      live: { A: { id: 'A', status: 'training', step: 40, seconds: 1, stepsPerSecond: 0, batchLoss: 0.5, layers: norms.map((g) => stats(g)), masks: [] } },
    });
    expect(m.container.querySelector('[data-testid="grad-compact-A"]')!.textContent).toBe('L1\u00a02×10⁻⁵ …\u00a0L8\u00a00.31');
    const full = m.container.querySelector('[data-testid="grad-layers-A"]')!;
    expect(full.className).toBe('visually-hidden');
    expect(full.textContent).toBe(
      'layer 1: 2.1e-5 · layer 2: 3.0e-4 · layer 3: 0.001 · layer 4: 0.004 · layer 5: 0.020 · layer 6: 0.050 · layer 7: 0.100 · layer 8: 0.310 · output: 0.800',
    );
  });
});
