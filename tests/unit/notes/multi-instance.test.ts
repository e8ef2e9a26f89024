// @vitest-environment happy-dom
import { liveQuery } from 'dexie';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { KefuNotesDb, NotesStore } from '../../../lib/notes';
import { useLiveQuery } from '../../../lib/notes/use-live-query';
import { uniqueDbName } from './helpers';

describe('two connections to the same database (side panel + background)', () => {
  it('keeps both writes and notifies a liveQuery on the other connection', async () => {
    const name = uniqueDbName('multi');
    const a = new NotesStore(new KefuNotesDb(name));
    const b = new NotesStore(new KefuNotesDb(name));
    const seen: number[] = [];
    const sub = liveQuery(() => b.db.entries.count()).subscribe({ next: (n) => seen.push(n) });
    await vi.waitFor(() => expect(seen).toEqual([0]));

    const c = await a.createCase({ platform: 'other', title: 'from the panel' });
    await b.addEntry({ caseId: c.id, channel: 'chat', asked: 'from the worker' });
    await a.addEntry({ caseId: c.id, channel: 'phone', asked: 'from the panel again' });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(2));
    sub.unsubscribe();

    expect((await a.listEntries(c.id)).map((e) => e.asked)).toEqual(['from the worker', 'from the panel again']);
    expect((await b.searchCases('panel')).map((r) => r.case.id)).toEqual([c.id]);

    // A's cached search rows must not hide B's later write.
    expect(await a.searchCases('快递')).toEqual([]);
    await b.addEntry({ caseId: c.id, channel: 'chat', answer: '快递已经到了' });
    expect((await a.searchCases('快递'))[0]?.entries.map((e) => e.answer)).toEqual(['快递已经到了']);
    a.db.close();
    b.db.close();
  });

  it('two concurrent updateCase calls changing different fields both survive', async () => {
    const name = uniqueDbName('race');
    const a = new NotesStore(new KefuNotesDb(name));
    const b = new NotesStore(new KefuNotesDb(name));
    const c = await a.createCase({ platform: 'other', title: 'before' });
    // Same connection and two connections (two panels): neither write may be built on a stale read.
    await Promise.all([a.updateCase(c.id, { title: 'renamed' }), a.updateCase(c.id, { status: 'waiting' })]);
    await Promise.all([
      a.updateCase(c.id, { shop: 'Shop A' }),
      b.updateCase(c.id, { followUpAt: 1_700_000_000_000 }),
      b.updateCase(c.id, { status: 'escalated' }),
    ]);
    expect(await a.getCase(c.id)).toMatchObject({
      title: 'renamed',
      status: 'escalated',
      shop: 'Shop A',
      followUpAt: 1_700_000_000_000,
    });
    // The search row was rebuilt from the final case, not from one of the racing copies.
    expect((await b.searchCases('renamed')).map((r) => r.case.shop)).toEqual(['Shop A']);
    a.db.close();
    b.db.close();
  });

  it('useLiveQuery re-renders a Preact component when another connection writes', async () => {
    const name = uniqueDbName('hook');
    const ui = new NotesStore(new KefuNotesDb(name));
    const worker = new NotesStore(new KefuNotesDb(name));
    function CaseTitles() {
      const cases = useLiveQuery(() => ui.listCases(), [], null);
      return h('p', null, cases === null ? 'loading' : cases.map((c) => c.title).join(', ') || 'none');
    }
    const root = document.createElement('div');
    render(h(CaseTitles, null), root);
    expect(root.textContent).toBe('loading');
    await vi.waitFor(() => expect(root.textContent).toBe('none'));
    await worker.createCase({ platform: 'other', title: '退款' });
    await vi.waitFor(() => expect(root.textContent).toBe('退款'));
    render(null, root); // unmount unsubscribes
    await worker.createCase({ platform: 'other', title: 'later' });
    expect(root.textContent).toBe('');
    ui.db.close();
    worker.db.close();
  });
});
