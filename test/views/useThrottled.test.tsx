// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from '../../src/views/charts/useThrottled.ts';
import { render, type Rendered } from './chartRender.tsx';

let r: Rendered | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  r?.unmount();
  vi.useRealTimers();
});

function Show({ value, ms }: { value: number; ms: number }) {
  return <output>{useThrottled(value, ms)}</output>;
}

const shown = () => Number(r!.container.querySelector('output')?.textContent);

describe('useThrottled', () => {
  it('passes every change through when the interval is 0', () => {
    r = render(<Show value={1} ms={0} />);
    r.rerender(<Show value={2} ms={0} />);
    expect(shown()).toBe(2);
  });

  it('holds changes back within the interval and delivers the newest one when it ends', () => {
    r = render(<Show value={1} ms={100} />);
    r.rerender(<Show value={2} ms={100} />);
    expect(shown()).toBe(2);
    act(() => vi.advanceTimersByTime(10));
    r.rerender(<Show value={3} ms={100} />);
    r.rerender(<Show value={4} ms={100} />);
    expect(shown()).toBe(2);
    act(() => vi.advanceTimersByTime(100));
    expect(shown()).toBe(4);
  });
});
