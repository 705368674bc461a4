// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SegmentedSwitch } from '../../../src/views/ui/SegmentedSwitch.tsx';
import { Checkbox } from '../../../src/views/ui/Choice.tsx';
import { render, type Rendered } from '../chartRender.tsx';

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

/** Attribute changes on the container's inputs while `run` runs (React re-applies name and type on every update). */
async function inputMutations(container: HTMLElement, run: () => void): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const m of records) if (m.target instanceof HTMLInputElement) seen.push(m.attributeName ?? m.type);
  });
  observer.observe(container, { attributes: true, subtree: true });
  run();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return seen;
}

const onChange = (_v: 'a' | 'b') => {};
const onPick = (_c: boolean) => {};
const options = (b = 'Bee') => [
  { value: 'a' as const, label: 'Ay' },
  { value: 'b' as const, label: b },
];

describe('segmented switch and choices', () => {
  it('leaves its inputs alone when the chart above redraws with the same choices (a new options array)', async () => {
    r = render(<SegmentedSwitch legend="Show" options={options()} value="a" onChange={onChange} />);
    const radios = [...r.container.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((i) => i.checked)).toEqual([true, false]);
    expect(new Set(radios.map((i) => i.name)).size).toBe(1);
    const quiet = await inputMutations(r.container, () => r!.rerender(<SegmentedSwitch legend="Show" options={options()} value="a" onChange={onChange} />));
    expect(quiet).toEqual([]);
    // A real change still reaches the page: a new label, and a new value.
    r.rerender(<SegmentedSwitch legend="Show" options={options('Bees')} value="b" onChange={onChange} />);
    expect(r.container.textContent).toContain('Bees');
    expect([...r.container.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((i) => i.checked)).toEqual([false, true]);
  });

  it('calls back with the picked value, and a checkbox with its new state', () => {
    const picked: string[] = [];
    r = render(
      <>
        <SegmentedSwitch legend="Show" options={options()} value="a" onChange={(v) => picked.push(v)} />
        <Checkbox checked={false} onPick={(c) => picked.push(String(c))} />
      </>,
    );
    const [, b] = r.container.querySelectorAll<HTMLInputElement>('input[type=radio]');
    act(() => b.click());
    act(() => r!.container.querySelector<HTMLInputElement>('input[type=checkbox]')!.click());
    expect(picked).toEqual(['b', 'true']);
  });

  it('a checkbox with a stable handler is not touched by its parent redrawing', async () => {
    r = render(<Checkbox checked onPick={onPick} />);
    expect(await inputMutations(r.container, () => r!.rerender(<Checkbox checked onPick={onPick} />))).toEqual([]);
  });
});
