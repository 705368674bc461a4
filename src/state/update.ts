import { create } from 'zustand';

/** Offline state the page shows: whether a newer version of the lab was installed while it ran. */
export interface UpdateState {
  /** True once a new service worker took over: the next load opens the new version. */
  ready: boolean;
  dismissed: boolean;
}

export const useUpdate = create<UpdateState>()(() => ({ ready: false, dismissed: false }));

/** Marks that a new version was installed (called by the service-worker registration). */
export function markUpdateReady(): void {
  useUpdate.setState({ ready: true });
}

/** Hides the update notice until the next load. */
export function dismissUpdate(): void {
  useUpdate.setState({ dismissed: true });
}
