// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/index.ts';
import { WorkerError } from '../../src/views/WorkerError.tsx';
import type { WorkerFault } from '../../src/protocol.ts';
import { mount, type Mounted } from './labRender.tsx';

let m: Mounted | undefined;
afterEach(() => m?.unmount());

describe('WorkerError', () => {
  it('shows nothing while the worker is well', () => {
    m = mount(<WorkerError />);
    expect(m.container.textContent).toBe('');
  });

  const kinds: WorkerFault['kind'][] = ['failed', 'crashed', 'unresponsive', 'unreadable'];
  for (const kind of kinds) {
    it(`explains a ${kind} worker in Korean with a restart button, no English left`, () => {
      m = mount(<WorkerError />, { lang: 'ko', workerError: { kind, detail: '' } });
      const alert = m.container.querySelector('[role=alert]');
      expect(alert?.querySelector('button')?.textContent).toBe(MESSAGES.ko.restart);
      expect(alert?.textContent).not.toMatch(/[A-Za-z]{3,}/);
    });
  }

  it('passes the worker’s own message through for a failure', () => {
    m = mount(<WorkerError />, { workerError: { kind: 'failed', detail: 'inputs must be integers' } });
    expect(m.container.textContent).toContain('inputs must be integers');
  });

  it('shows a digits file it could not use as the notice for that problem, in either language', () => {
    const fault: WorkerFault = { kind: 'failed', detail: 'the digits data is corrupt: CRC-32 0x1', data: { dataset: 'digits', problem: 'checksum' } };
    m = mount(<WorkerError />, { workerError: fault });
    expect(m.container.querySelector('[role=alert] p')?.textContent).toBe(MESSAGES.en['digits.error.checksum']);
    m.unmount();
    m = mount(<WorkerError />, { lang: 'ko', workerError: { ...fault, data: { dataset: 'digits', problem: 'fetch' } } });
    expect(m.container.querySelector('[role=alert] p')?.textContent).toBe(MESSAGES.ko['digits.error.fetch']);
  });
});
