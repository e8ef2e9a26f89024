import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeStore } from './helpers';

describe('warmSearch', () => {
  afterEach(() => vi.restoreAllMocks());

  // The search field warms the rows as it is focused, and the user's first search follows within the debounce: a search
  // that started its own read beside the warm-up read every row twice at once (seconds at 20,000 cases), so the warm-up
  // made that first search no sooner. It waits for the warm-up's read and takes its rows.
  it('a search started while the rows are being read reads them once', async () => {
    const { store, db } = makeStore();
    await store.createCase({ platform: 'amazon', marketplace: 'amazon.com', title: 'Broken kettle' });
    const proto = Object.getPrototypeOf(db.caseSearch) as { toArray: (...a: unknown[]) => unknown };
    const original = proto.toArray;
    let reads = 0;
    vi.spyOn(proto, 'toArray').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'caseSearch') reads++;
      return original.apply(this, args);
    });
    const [, , results] = await Promise.all([store.warmSearch(), store.warmSearch(), store.searchCases('kettle')]);
    expect(results.map((r) => r.case.title)).toEqual(['Broken kettle']);
    expect(reads).toBe(1);
  });

  it('a failed warm-up does not fail the search', async () => {
    const { store, db } = makeStore();
    await store.createCase({ platform: 'amazon', marketplace: 'amazon.com', title: 'Broken kettle' });
    const proto = Object.getPrototypeOf(db.caseSearch) as { toArray: (...a: unknown[]) => unknown };
    const original = proto.toArray;
    let failOnce = true;
    vi.spyOn(proto, 'toArray').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'caseSearch' && failOnce) {
        failOnce = false;
        return Promise.reject(new Error('read failed'));
      }
      return original.apply(this, args);
    });
    const warm = store.warmSearch();
    const search = store.searchCases('kettle');
    await expect(warm).rejects.toThrow('read failed');
    expect((await search).map((r) => r.case.title)).toEqual(['Broken kettle']);
  });

  // The list is a liveQuery: a search that waited for the warm-up must still see the writes that follow.
  it('a live search that waited for the warm-up still follows later writes', async () => {
    const { store } = makeStore();
    await store.createCase({ platform: 'amazon', marketplace: 'amazon.com', title: 'Broken kettle' });
    const seen: string[][] = [];
    const warm = store.warmSearch();
    const sub = liveQuery(() => store.searchCases('kettle')).subscribe({
      next: (r) => seen.push(r.map((x) => x.case.title)),
    });
    await warm;
    for (let i = 0; i < 50 && seen.length < 1; i++) await new Promise((r) => setTimeout(r, 10));
    await store.createCase({ platform: 'amazon', marketplace: 'amazon.com', title: 'Leaking kettle' });
    for (let i = 0; i < 100 && (seen.at(-1)?.length ?? 0) < 2; i++) await new Promise((r) => setTimeout(r, 10));
    sub.unsubscribe();
    expect(seen.at(-1)?.sort()).toEqual(['Broken kettle', 'Leaking kettle']);
  });
});
