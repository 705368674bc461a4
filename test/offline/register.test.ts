import { beforeEach, describe, expect, it } from 'vitest';
import { registerOffline, type ServiceWorkers } from '../../src/offline/register.ts';
import { useUpdate } from '../../src/state/update.ts';

/** A fake navigator.serviceWorker: records registrations and lets the test fire controllerchange. */
function fakeWorkers(controller: unknown, fail = false) {
  const listeners: (() => void)[] = [];
  const registered: { url: string; scope: string }[] = [];
  const sw: ServiceWorkers = {
    controller,
    register: async (url, { scope }) => {
      if (fail) throw new Error('SecurityError');
      registered.push({ url, scope });
      return {};
    },
    addEventListener: (_type, fn) => listeners.push(fn),
  };
  return { sw, registered, changeController: () => listeners.forEach((fn) => fn()) };
}

describe('registerOffline', () => {
  beforeEach(() => useUpdate.setState({ ready: false, dismissed: false }));

  it('registers ./sw.js with the page folder as scope, so it works from any sub-path', async () => {
    const f = fakeWorkers(null);
    expect(await registerOffline(() => f.sw)).toBe(true);
    expect(f.registered).toEqual([{ url: './sw.js', scope: './' }]);
  });

  it('says nothing on the first install of all (the page had no version before)', async () => {
    const f = fakeWorkers(null);
    await registerOffline(() => f.sw);
    f.changeController();
    expect(useUpdate.getState().ready).toBe(false);
  });

  it('shows the update notice when a page that had a version gets a new controller', async () => {
    const f = fakeWorkers({ scriptURL: 'sw.js' });
    await registerOffline(() => f.sw);
    expect(useUpdate.getState().ready).toBe(false);
    f.changeController();
    expect(useUpdate.getState().ready).toBe(true);
  });

  it('resolves false without service workers, when reading them throws, or when registering fails', async () => {
    expect(await registerOffline(() => undefined)).toBe(false);
    expect(
      await registerOffline(() => {
        throw new DOMException('opaque origin', 'SecurityError');
      }),
    ).toBe(false);
    expect(await registerOffline(() => fakeWorkers(null, true).sw)).toBe(false);
  });
});
