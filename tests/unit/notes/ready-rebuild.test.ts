import Dexie, { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { KefuNotesDb, NotesStore } from '../../../lib/notes';
import { uniqueDbName } from './helpers';

/**
 * Hostile checks of the on('ready') rebuild (rows written by the v2 release after a rollback). Synthetic data: a v3
 * database whose search row and generation are overwritten the way the v2 release writes them (no `f1:` tag,
 * unfolded text), as in schema-upgrade.test.ts "a rollback to the v2 release and back".
 */
async function untaggedDatabase(name: string, generation: unknown = 'mx3p60uz-old'): Promise<void> {
  const db = new KefuNotesDb(name);
  const store = new NotesStore(db);
  const c = await store.createCase({ platform: 'amazon', marketplace: 'amazon.de', title: 'Müller' });
  await store.addEntry({ caseId: c.id, channel: 'email', asked: 'Rückerstattung' });
  db.close();
  const raw = new Dexie(name);
  await raw.open();
  await raw.transaction('rw', ['caseSearch', 'meta', 'cases'], async () => {
    const row = await raw.table('caseSearch').get(c.id);
    await raw.table('caseSearch').put({ ...row, text: 't\u0001müller\nx\u0001rückerstattung' });
    await raw.table('meta').put({ key: 'searchGeneration', value: generation });
  });
  raw.close();
}

const ids = async (store: NotesStore, q: string) => (await store.searchCases(q)).map((r) => r.case.title);

describe('on(ready) rebuild of rows written by the older release', () => {
  it('two contexts opening at once: both open, both find the case, one generation in the end', async () => {
    const name = uniqueDbName('two');
    await untaggedDatabase(name);
    const panel = new KefuNotesDb(name);
    const worker = new KefuNotesDb(name);
    await Promise.all([panel.open(), worker.open()]);
    expect(await ids(new NotesStore(panel), 'muller')).toEqual(['Müller']);
    expect(await ids(new NotesStore(worker), 'ruckerstattung')).toEqual(['Müller']);
    const [a, b] = await Promise.all([panel.meta.get('searchGeneration'), worker.meta.get('searchGeneration')]);
    expect(a?.value).toMatch(/^f3:/);
    expect(a?.value).toBe(b?.value);
    panel.close();
    worker.close();
  });

  it('a rebuild that failed is retried on the next open even after a note was written meanwhile', async () => {
    const name = uniqueDbName('retry');
    await untaggedDatabase(name);
    const panel = new KefuNotesDb(name);
    // The rebuild's transaction fails once (e.g. QuotaExceededError while the disk is full).
    const clear = panel.Table.prototype.clear;
    panel.Table.prototype.clear = () => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError'));
    await panel.open(); // the notes still open
    panel.Table.prototype.clear = clear;
    const store = new NotesStore(panel);
    await store.createCase({ platform: 'amazon', marketplace: 'amazon.fr', title: 'Noël' }); // space freed, a write
    panel.close();

    const again = new KefuNotesDb(name);
    await again.open();
    expect(await ids(new NotesStore(again), 'muller')).toEqual(['Müller']);
    again.close();
  });

  it('an addEntry from the open worker racing the panel rebuild is kept and findable', async () => {
    const name = uniqueDbName('race');
    const worker = new KefuNotesDb(name);
    const wstore = new NotesStore(worker);
    const c = await wstore.createCase({ platform: 'amazon', marketplace: 'amazon.fr', title: 'Café' });
    await untaggedDatabase(name);
    const panel = new KefuNotesDb(name);
    const opening = panel.open();
    const adding = wstore.addEntry({ caseId: c.id, channel: 'chat', asked: 'Ça ne marche pas, Zoë' });
    await Promise.all([opening, adding]);
    const store = new NotesStore(panel);
    expect(await ids(store, 'zoe')).toEqual(['Café']);
    expect(await ids(store, 'muller')).toEqual(['Müller']);
    expect(await ids(wstore, 'ca ne marche')).toEqual(['Café']);
    panel.close();
    worker.close();
  });

  it('a liveQuery in the worker sees the rebuilt rows, never a half state', async () => {
    const name = uniqueDbName('live');
    const worker = new KefuNotesDb(name);
    const wstore = new NotesStore(worker);
    await wstore.createCase({ platform: 'amazon', marketplace: 'amazon.fr', title: 'Noël' });
    await untaggedDatabase(name);
    const seen: string[][] = [];
    const sub = liveQuery(() => ids(wstore, 'muller')).subscribe({ next: (v) => seen.push(v) });
    // Its first answer before the rebuild starts, so the rebuild is what it then sees.
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    const panel = new KefuNotesDb(name);
    await panel.open();
    // The re-query comes when the rebuild's transaction commits: a wait, not a fixed sleep (a loaded machine is slow).
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Müller']));
    sub.unsubscribe();
    for (const v of seen) expect([[], ['Müller']]).toContainEqual(v);
    panel.close();
    worker.close();
  });

  it('a brand-new empty database has no generation row, opens, and search works from the first note', async () => {
    const name = uniqueDbName('fresh');
    const db = new KefuNotesDb(name);
    await db.open();
    expect(await db.meta.get('searchGeneration')).toBeUndefined();
    const store = new NotesStore(db);
    await store.createCase({ platform: 'other', title: 'İstanbul Straße Œuvre' });
    expect(await ids(store, 'istanbul strasse oeuvre')).toEqual(['İstanbul Straße Œuvre']);
    expect((await db.meta.get('searchGeneration'))?.value).toMatch(/^f3:/);
    db.close();
  });

  it('a damaged search generation (not text) does not stop the notes from opening', async () => {
    const name = uniqueDbName('damaged-gen');
    await untaggedDatabase(name, 42);
    const db = new KefuNotesDb(name);
    await db.open();
    expect(await ids(new NotesStore(db), 'muller')).toEqual(['Müller']);
    db.close();
  });

  it('a damaged entry (agent not text) leaves that case unsearchable but the database opens', async () => {
    const name = uniqueDbName('damaged-entry');
    await untaggedDatabase(name);
    const raw = new Dexie(name);
    await raw.open();
    const e = (await raw.table('entries').toArray())[0];
    await raw.table('entries').put({ ...e, agent: 7 });
    raw.close();
    const db = new KefuNotesDb(name);
    await db.open();
    expect(await db.cases.count()).toBe(1);
    db.close();
  });
});
