import 'fake-indexeddb/auto';
import { beforeEach, vi } from 'vitest';

// vi.waitFor gives up after 1 s by default: on a loaded 2-core machine a Dexie write in fake-indexeddb and the panel's
// re-render took longer now and then, and a right behaviour failed for time. 10 s unless a call says otherwise (5 s
// still ran out once with two workers and two busy processes on two cores), as the helpers' own waitFor; a check that
// never passes still fails.
const waitFor = vi.waitFor;
vi.waitFor = ((callback, options) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: 10_000, ...options })) as typeof vi.waitFor;

// The panel page's own storage (the message language chosen, components/message-lang.ts) starts empty in each test, as
// fakeBrowser's storage does after its reset.
beforeEach(() => {
  globalThis.localStorage?.clear();
});
