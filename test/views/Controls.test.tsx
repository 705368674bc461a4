// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import type { KnobKey } from '../../src/protocol.ts';
import { KNOB_KEYS, KNOBS } from '../../src/state/knobs.ts';
import { LESSONS } from '../../src/state/lessons.ts';
import { useLab } from '../../src/state/store.ts';
import { ControlsPanel } from '../../src/views/controls/ControlsPanel.tsx';
import { KNOB_GROUPS, showsControl } from '../../src/views/controls/groups.ts';
import { decadeStops } from '../../src/knobTable.ts';
import { nearestStop, sliderSpec, SPEED_STOPS } from '../../src/views/ui/sliderSpec.ts';
import { changeValue, click, mount, type Mounted } from './labRender.tsx';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});
const $ = <E extends Element>(sel: string) => m!.container.querySelector<E>(sel);

describe('ControlsPanel', () => {
  it('gives every knob a control with a label pointing at it and a one-line hint', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: null, values: [] } });
    for (const k of KNOB_KEYS) {
      const input = $<HTMLElement>(`#knob-${k}`);
      expect(input, k).not.toBeNull();
      expect($(`label[for="knob-${k}"]`)?.textContent, k).toBeTruthy();
      expect($(`#knob-${k}-hint`)?.textContent?.length ?? 0, k).toBeGreaterThan(10);
      expect(input!.getAttribute('aria-describedby')).toBe(`knob-${k}-hint`);
    }
  });

  it('shows a select with every option for each enum knob', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: null, values: [] } });
    const enums = KNOB_KEYS.filter((k) => KNOBS[k].kind === 'enum');
    expect(enums).toEqual(['dataset', 'activation', 'init', 'loss', 'optimizer', 'kernels']);
    for (const k of enums) {
      const select = $<HTMLSelectElement>(`select#knob-${k}`);
      expect(select, k).not.toBeNull();
      const def = KNOBS[k];
      expect([...select!.options].map((o) => o.value)).toEqual(def.kind === 'enum' ? [...def.options] : []);
    }
  });

  it('writes a new dataset, a log-slider learning rate and batch norm into the store', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: null, values: [] } });
    changeValue($<HTMLSelectElement>('#knob-dataset')!, 'moons');
    expect(useLab.getState().config.dataset).toBe('moons');
    const lr = sliderSpec('learningRate');
    if (lr?.kind !== 'stops') throw new Error('learning rate should be on log stops');
    changeValue($<HTMLInputElement>('#knob-learningRate')!, String(lr.stops.indexOf(0.001)));
    expect(useLab.getState().config.learningRate).toBe(0.001);
    expect($('#knob-learningRate + output')?.textContent).toBe('0.001');
    click($('#knob-batchNorm')!);
    expect(useLab.getState().config.batchNorm).toBe(true);
    changeValue($<HTMLInputElement>('#knob-noise')!, '0.2');
    expect(useLab.getState().config.noise).toBe(0.2);
  });

  it('turns off only the knobs that shape built-in data (the noise knobs) when training on own data, saying why', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: null, values: [] }, config: { ...useLab.getState().config, dataset: 'own' } });
    const off = KNOB_KEYS.filter((k) => $<HTMLInputElement | HTMLSelectElement>(`#knob-${k}`)!.disabled);
    expect(off).toEqual(['noise', 'labelNoise']);
    expect($('#knob-noise-hint')?.textContent).toBe(en['own.noiseOff']);
  });

  it('turns off the noise knobs for the digits too, saying the images are taken as given', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: null, values: [] }, config: { ...useLab.getState().config, dataset: 'digits' } });
    const off = KNOB_KEYS.filter((k) => $<HTMLInputElement | HTMLSelectElement>(`#knob-${k}`)!.disabled);
    expect(off).toEqual(['noise', 'labelNoise']);
    expect($('#knob-labelNoise-hint')?.textContent).toBe(en['digits.noiseOff']);
  });

  it('disables the compared knob with a note that it is set per run', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: 'activation', values: ['sigmoid', 'relu'] } });
    expect($<HTMLSelectElement>('#knob-activation')!.disabled).toBe(true);
    expect($('#knob-activation-hint')!.textContent).toMatch(/per run/);
    expect($<HTMLSelectElement>('#knob-init')!.disabled).toBe(false);
  });

  it('switches the compared knob, adds and removes runs, and adds a second knob for a grid', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: 'activation', values: ['sigmoid', 'relu'] } });
    changeValue($<HTMLSelectElement>('#compare-knob')!, 'depth');
    expect(useLab.getState().comparison).toEqual({ knob: 'depth', values: [8, 9] });
    click($('.add-value')!);
    expect(useLab.getState().comparison.values).toEqual([8, 9, 10]);
    click(m.container.querySelectorAll('.compare-row .icon-button')[0]);
    expect(useLab.getState().comparison.values).toEqual([9, 10]);
    changeValue($<HTMLSelectElement>('#compare-knob2')!, 'batchNorm');
    expect(useLab.getState().comparison).toMatchObject({ knob: 'depth', values: [9, 10], knob2: 'batchNorm', values2: [false, true] });
    changeValue($<HTMLSelectElement>('#compare-knob')!, '');
    expect(useLab.getState().comparison).toEqual({ knob: null, values: [] });
  });

  it('edits the value of run B with an editor of the knob’s kind', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: 'activation', values: ['sigmoid', 'relu'] } });
    const b = $<HTMLSelectElement>('select#cmp-1')!;
    expect([...b.options].map((o) => o.value)).toContain('tanh');
    changeValue(b, 'tanh');
    expect(useLab.getState().comparison.values).toEqual(['sigmoid', 'tanh']);
  });

  it('stops adding runs at eight', () => {
    m = mount(<ControlsPanel />, { comparison: { knob: 'width', values: [1, 2, 3, 4, 6, 8, 12] } });
    click($('.add-value')!);
    expect(useLab.getState().comparison.values).toHaveLength(8);
    expect($('.add-value')).toBeNull();
  });

  it('sets the speed on a log slider, "as fast as possible" to max, and back to the lesson’s pace', () => {
    m = mount(<ControlsPanel />, { speed: 30 });
    expect($<HTMLInputElement>('#speed-pace')!.checked).toBe(false);
    changeValue($<HTMLInputElement>('#speed')!, String(SPEED_STOPS.indexOf(200)));
    expect(useLab.getState().speed).toBe(200);
    click($('#speed-max')!);
    expect(useLab.getState().speed).toBe('max');
    expect($<HTMLInputElement>('#speed')!.disabled).toBe(true);
    click($('#speed-pace')!);
    expect(useLab.getState().speed).toBeNull();
    expect($<HTMLInputElement>('#speed-max')!.checked).toBe(false);
  });

  it('shows the open lesson’s pace when no speed is chosen', () => {
    const lesson = LESSONS.find((l) => l.id === 'loss')!;
    m = mount(<ControlsPanel />, { speed: null, lessonId: 'loss' });
    expect($<HTMLInputElement>('#speed-pace')!.checked).toBe(true);
    expect($('#speed')!.getAttribute('aria-valuetext')).toBe(`${lesson.pace} steps per second (the lesson’s pace)`);
    expect($('.speed output')!.textContent).toBe(String(lesson.pace));
  });

  it('shows only the groups ?controls= lists, and only the essentials in presenter mode', () => {
    m = mount(<ControlsPanel />, { controls: ['play', 'network'] });
    // Outside presenter mode the transport is in the stage bar, over the charts.
    expect($('[data-testid="play"]')).toBeNull();
    expect([...m.container.querySelectorAll('.knob-group')].map((g) => g.getAttribute('data-group'))).toEqual(['network']);
    expect($('#speed')).toBeNull();
    expect($('.compare')).toBeNull();
    m.unmount();
    m = mount(<ControlsPanel />, { present: true });
    expect($('[data-testid="play"]')).not.toBeNull();
    expect(m.container.querySelectorAll('.knob-group')).toHaveLength(0);
    expect($('#compare-knob')).toBeNull();
    expect($('#cmp-0')).not.toBeNull();
    expect($('.export')).toBeNull();
  });
});

describe('control tables', () => {
  it('puts every knob in exactly one group', () => {
    expect(KNOB_GROUPS.flatMap((g) => g.knobs).sort()).toEqual([...KNOB_KEYS].sort());
  });

  it('shows the groups, and the knobs in each, in the order of the controls', () => {
    expect(KNOB_GROUPS).toEqual([
      { name: 'data', knobs: ['dataset', 'noise', 'labelNoise', 'trainSize'] },
      { name: 'network', knobs: ['depth', 'width', 'activation', 'init', 'loss', 'batchNorm'] },
      { name: 'training', knobs: ['optimizer', 'learningRate', 'batchSize', 'seed', 'kernels'] },
      { name: 'regularisation', knobs: ['dropoutInput', 'dropoutHidden', 'l2'] },
    ]);
  });

  it('has every lesson value of a log-stop knob among its stops, so lessons sit exactly on the slider', () => {
    for (const lesson of LESSONS) {
      for (const k of ['learningRate', 'l2', 'trainSize', 'width', 'batchSize'] as KnobKey[]) {
        const spec = sliderSpec(k);
        if (spec?.kind !== 'stops') throw new Error(`${k} should use stops`);
        const values = [lesson.config[k], ...(lesson.comparison.knob === k ? lesson.comparison.values : [])] as number[];
        for (const v of values) expect(spec.stops, `${lesson.id} ${k}=${v}`).toContain(v);
      }
    }
  });

  it('spaces log stops 1-2-3-5 per decade and finds the nearest by ratio', () => {
    expect(decadeStops(-1, 1)).toEqual([0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5, 10]);
    expect(nearestStop([0.05, 0.1], 0.075)).toBe(1);
    expect(nearestStop([0.05, 0.1], 0.065)).toBe(0);
    expect(nearestStop([0, 1e-5], 0)).toBe(0);
    expect(sliderSpec('seed')).toBeNull();
    expect(sliderSpec('depth')).toEqual({ kind: 'linear', min: 0, max: 20, step: 1 });
  });

  it('keeps play and compare in presenter mode and hides the rest', () => {
    expect(showsControl(null, true, 'play')).toBe(true);
    expect(showsControl(null, true, 'compare')).toBe(true);
    expect(showsControl(null, true, 'speed')).toBe(false);
    expect(showsControl(['data'], false, 'play')).toBe(false);
    expect(showsControl(null, false, 'export')).toBe(true);
  });
});
