import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { KefuNotesDb, NOTES_SCHEMA_V1, NOTES_SCHEMA_V2, NotesStore } from '../../../lib/notes';
import { uniqueDbName } from './helpers';

const FOLLOW_UP = '2024-06-01T09:00:00.000Z';

async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(NOTES_SCHEMA_V1);
  await v1.table('cases').bulkAdd([
    {
      id: 'p',
      platform: 'taobao',
      marketplace: 'taobao',
      orderId: '3900000000000000001',
      title: '还没发货',
      status: 'pending',
      followUp: FOLLOW_UP,
      createdAt: 1,
      updatedAt: 5,
    },
    {
      id: 'o',
      platform: 'other',
      shop: 'Corner shop',
      title: 'Wrong size',
      status: 'open',
      createdAt: 2,
      updatedAt: 6,
    },
    {
      id: 'z',
      platform: 'amazon',
      marketplace: 'amazon.fr',
      orderId: '402-1111111-2222222',
      title: 'Café Zoë',
      status: 'open',
      createdAt: 4,
      updatedAt: 8,
    },
    {
      id: 'bad',
      platform: 'other',
      title: 'Bad date',
      status: 'pending',
      followUp: 'someday',
      createdAt: 3,
      updatedAt: 7,
    },
  ]);
  await v1.table('entries').bulkAdd([
    {
      id: 'e1',
      caseId: 'p',
      at: 10,
      channel: 'in-app',
      agent: '小美',
      promised: '明天发货',
      createdAt: 10,
      updatedAt: 10,
    },
    { id: 'e2', caseId: 'o', at: 11, channel: 'email', answer: 'Send a photo', createdAt: 11, updatedAt: 11 },
  ]);
  await v1.table('settings').put({ key: 'lang', value: 'zh' });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('schema v1 → v2 upgrade', () => {
  it('migrates a database really created by the v1 schema', async () => {
    const name = uniqueDbName('upgrade');
    await createV1Database(name);

    const db = new KefuNotesDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.cases.get('p')).toEqual({
      id: 'p',
      platform: 'taobao',
      marketplace: 'taobao',
      orderId: '3900000000000000001',
      title: '还没发货',
      status: 'waiting',
      followUpAt: Date.parse(FOLLOW_UP),
      createdAt: 1,
      updatedAt: 5,
    });
    expect(await db.cases.get('o')).toMatchObject({ status: 'open' });
    const bad = await db.cases.get('bad');
    expect(bad).toMatchObject({ status: 'waiting' });
    expect(bad && ('followUp' in bad || 'followUpAt' in bad)).toBe(false);
    // Its unreadable follow-up is not dropped: it is kept as the next step of a note of the case.
    expect(await db.entries.where('caseId').equals('bad').toArray()).toEqual([
      {
        id: 'v1-follow-up:bad',
        caseId: 'bad',
        at: 7,
        channel: 'other',
        nextStep: 'someday',
        createdAt: 7,
        updatedAt: 7,
      },
    ]);
    expect(await db.entries.count()).toBe(3);
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'zh' });

    // The new index and the derived search rows work on migrated data.
    const store = new NotesStore(db);
    expect((await store.dueFollowUps(Date.parse(FOLLOW_UP) + 1)).map((c) => c.id)).toEqual(['p']);
    expect((await store.searchCases('明天')).map((r) => r.case.id)).toEqual(['p']);
    expect((await store.searchCases('photo')).map((r) => r.case.id)).toEqual(['o']);
    expect((await store.searchCases('someday')).map((r) => r.case.id)).toEqual(['bad']);
    expect((await store.findCasesByIdentifier('3900000000000000001')).map((c) => c.id)).toEqual(['p']);
    // Accents folded (v3): found without them, and the case keeps them.
    expect((await store.searchCases('cafe zoe')).map((r) => r.case.title)).toEqual(['Café Zoë']);
    db.close();
  });

  it('closes and tells the UI to reload when another context opens a newer version', async () => {
    const name = uniqueDbName('vc');
    const onVersionChange = vi.fn();
    const db = new KefuNotesDb(name, { onVersionChange });
    await db.open();
    const newer = new Dexie(name);
    newer.version(db.verno + 1).stores({ cases: 'id' });
    await newer.open(); // would hang (blocked) if the old connection stayed open
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });

  it('reports a blocked upgrade while an old connection stays open', async () => {
    const name = uniqueDbName('blocked');
    const v1 = new Dexie(name);
    v1.version(1).stores(NOTES_SCHEMA_V1);
    v1.on('versionchange', () => false); // an old page that does not close
    await v1.open();
    const onBlocked = vi.fn();
    const db = new KefuNotesDb(name, { onBlocked });
    const opening = db.open();
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    v1.close();
    await opening;
    expect(db.verno).toBe(3);
    db.close();
  });
});

/**
 * A database as version 2 left it: search rows normalised without accent folding (the literal rows below are what
 * v2's `buildSearchRow` wrote for these records), a search generation, an orphan row of a deleted case.
 */
async function createV2Database(name: string): Promise<Record<string, string[]>> {
  const v2 = new Dexie(name);
  v2.version(1).stores(NOTES_SCHEMA_V1);
  v2.version(2).stores(NOTES_SCHEMA_V2);
  await v2.table('cases').bulkAdd([
    {
      id: 'm',
      platform: 'amazon',
      marketplace: 'amazon.de',
      orderId: '302-7777777-1234567',
      title: 'Müller',
      shop: 'Café Zoë',
      status: 'open',
      followUpAt: Date.parse(FOLLOW_UP),
      createdAt: 1,
      updatedAt: 5,
    },
    {
      id: 'k',
      platform: 'tmall',
      marketplace: 'tmall',
      title: '배송 지연 バッグ 退款',
      status: 'waiting',
      createdAt: 2,
      updatedAt: 6,
    },
  ]);
  await v2.table('entries').bulkAdd([
    {
      id: 'e1',
      caseId: 'm',
      at: 10,
      channel: 'email',
      agent: 'Frau Groß',
      reference: 'RÜCK-42',
      // Typed decomposed (u + U+0308): stored as typed, found all the same.
      asked: 'Rückerstattung für Mu\u0308ller?',
      createdAt: 10,
      updatedAt: 10,
    },
  ]);
  await v2.table('caseSearch').bulkAdd([
    {
      caseId: 'm',
      words: ['30277777771234567', 'rück42'],
      text: 'o\u0001302-7777777-1234567 30277777771234567\nt\u0001müller\ns\u0001café zoë\nae1\u0001frau groß\nre1\u0001rück-42 rück42\nxe1\u0001rückerstattung für müller?',
      status: 'open',
      platform: 'amazon',
      updatedAt: 5,
    },
    {
      caseId: 'k',
      words: [],
      text: 't\u0001배송 지연 バッグ 退款',
      status: 'waiting',
      platform: 'tmall',
      updatedAt: 6,
    },
    { caseId: 'gone', words: ['rück42'], text: 't\u0001müller', status: 'open', platform: 'other', updatedAt: 1 },
  ]);
  await v2.table('meta').put({ key: 'searchGeneration', value: 'v2-generation' });
  await v2.table('templates').put({
    id: 'tp',
    problemKind: 'refund-request',
    lang: 'en',
    title: 'Rückerstattung',
    body: 'Mit freundlichen Grüßen',
    builtIn: false,
    updatedAt: 4,
  });
  await v2.table('settings').put({ key: 'lang', value: 'de' });
  await v2.table('recentOrders').put({ key: 'amazon:amazon.de:302-7777777-1234567', seenAt: 3 });
  const snapshot = await stored(v2);
  expect(v2.verno).toBe(2);
  v2.close();
  return snapshot;
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

/** Every record the user owns, serialised with its property order: byte-identical means equal strings. */
async function stored(db: Dexie): Promise<Record<string, string[]>> {
  const tables = ['cases', 'entries', 'templates', 'settings', 'recentOrders'];
  const rows = await Promise.all(tables.map((t) => db.table(t).toArray()));
  return Object.fromEntries(tables.map((t, i) => [t, rows[i]!.map((r) => JSON.stringify(r))]));
}

describe('schema v2 → v3 upgrade: search rows rebuilt with accents folded', () => {
  it('makes an old "Müller" findable by "muller" and keeps every note byte-identical', async () => {
    const name = uniqueDbName('upgrade-v3');
    const before = await createV2Database(name);

    const db = new KefuNotesDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await stored(db)).toEqual(before);

    const store = new NotesStore(db);
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id);
    expect(await ids('muller')).toEqual(['m']);
    expect(await ids('Müller')).toEqual(['m']);
    expect(await ids('cafe zoe')).toEqual(['m']);
    expect(await ids('ruckerstattung')).toEqual(['m']);
    expect(await ids('gross')).toEqual(['m']);
    expect((await store.findCasesByIdentifier('ruck-42')).map((c) => c.id)).toEqual(['m']);
    const [hit] = await store.searchCases('ruckerstattung');
    expect(hit?.entries.map((e) => e.asked)).toEqual(['Rückerstattung für Mu\u0308ller?']);
    // CJK rows come out as they were.
    expect(await db.caseSearch.get('k')).toMatchObject({ text: 't\u0001배송 지연 バッグ 退款', words: [] });
    expect(await ids('バッグ')).toEqual(['k']);
    expect(await ids('배송')).toEqual(['k']);
    // Derived data only: one row per case (the orphan is gone), and a new search generation.
    expect(await db.caseSearch.toCollection().primaryKeys()).toEqual(['k', 'm']);
    expect((await db.meta.get('searchGeneration'))?.value).not.toBe('v2-generation');
    // Due follow-ups and the rest of the store still work on the upgraded data.
    expect((await store.dueFollowUps(Date.parse(FOLLOW_UP) + 1)).map((c) => c.id)).toEqual(['m']);
    db.close();
  });

  it('exports the same backup before and after the upgrade (search rows are never exported)', async () => {
    const name = uniqueDbName('upgrade-v3-export');
    await createV2Database(name);
    const db = new KefuNotesDb(name);
    const exported = await new NotesStore(db, { now: () => 0 }).exportJsonText();
    expect(exported).not.toContain('caseSearch');
    expect(exported).not.toContain('muller');
    expect(JSON.parse(exported).cases.map((c: { title: string }) => c.title)).toEqual([
      'Müller',
      '배송 지연 バッグ 退款',
    ]);
    // The backup imported elsewhere keeps its notes as they are and is searchable without accents.
    const other = new NotesStore(new KefuNotesDb(uniqueDbName('upgrade-v3-import')), { now: () => 0 });
    await other.importJson(JSON.parse(exported));
    expect((await other.searchCases('muller ruckerstattung')).map((r) => r.case.id)).toEqual(['m']);
    const { cases, entries, templates } = await other.exportJson();
    expect({ cases, entries, templates }).toEqual(pick(JSON.parse(exported), ['cases', 'entries', 'templates']));
    expect(entries[0]?.asked).toBe('Rückerstattung für Mu\u0308ller?');
    db.close();
  });
});

describe('schema v2 → v3 upgrade of a damaged record', () => {
  it('still opens: the damaged case stays as it was, the others are rebuilt', async () => {
    const name = uniqueDbName('upgrade-v3-damaged');
    const v2 = new Dexie(name);
    v2.version(1).stores(NOTES_SCHEMA_V1);
    v2.version(2).stores(NOTES_SCHEMA_V2);
    const damaged = { id: 'd', platform: 'other', title: 42, status: 'open', createdAt: 1, updatedAt: 1 };
    await v2
      .table('cases')
      .bulkAdd([damaged, { id: 'z', platform: 'other', title: 'Zoë', status: 'open', createdAt: 2, updatedAt: 2 }]);
    v2.close();

    const db = new KefuNotesDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.cases.get('d')).toEqual(damaged);
    expect((await new NotesStore(db).searchCases('zoe')).map((r) => r.case.id)).toEqual(['z']);
    db.close();
  });
});

describe('a rollback to the v2 release and back', () => {
  /**
   * What 444a9b8 (schema v2) does with a v3 database: Dexie 4 meets a VersionError, reopens it at its own version
   * (3) without an upgrade, and a new note rebuilds its case's search row with v2's normalisation (no accent folding)
   * and a new search generation, as v2's `rewriteSearchRow` + `bumpSearchGeneration` do. The row below is the literal
   * text v2's `buildSearchRow` writes for this case and its two entries. Seen in Chromium with the real builds:
   * /work/main/.tmp/s18/upgrade (phases D and E).
   */
  async function noteAddedByTheV2Release(name: string): Promise<void> {
    const v2 = new Dexie(name);
    v2.version(1).stores(NOTES_SCHEMA_V1);
    v2.version(2).stores(NOTES_SCHEMA_V2);
    await v2.open();
    expect(v2.backendDB().version).toBe(30); // Dexie's version 3, opened as it is
    await v2.transaction('rw', ['entries', 'caseSearch', 'meta'], async () => {
      await v2
        .table('entries')
        .add({ id: 'e2', caseId: 'm', at: 20, channel: 'chat', asked: 'Föhn kaputt', createdAt: 20, updatedAt: 20 });
      await v2.table('caseSearch').put({
        caseId: 'm',
        words: ['30277777771234567', 'rück42'],
        text: 'o\u0001302-7777777-1234567 30277777771234567\nt\u0001müller\ns\u0001café zoë\nae1\u0001frau groß\nre1\u0001rück-42 rück42\nxe1\u0001rückerstattung für müller?\nxe2\u0001föhn kaputt',
        status: 'open',
        platform: 'amazon',
        updatedAt: 5,
      });
      await v2.table('meta').put({ key: 'searchGeneration', value: 'mx3p60uz-df0eb266-2895-42da-a1c3-505947c767f1' });
    });
    v2.close();
  }

  it('rebuilds the rows the old release wrote: the case stays findable with and without accents', async () => {
    const name = uniqueDbName('rollback');
    await createV2Database(name);
    const upgraded = new KefuNotesDb(name);
    await upgraded.open();
    upgraded.close();

    await noteAddedByTheV2Release(name);
    const rolledBack = new Dexie(name);
    await rolledBack.open();
    const before = await stored(rolledBack);
    rolledBack.close();

    const db = new KefuNotesDb(name);
    await db.open();
    const store = new NotesStore(db);
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id);
    expect(await ids('muller')).toEqual(['m']);
    expect(await ids('Müller')).toEqual(['m']);
    expect(await ids('fohn')).toEqual(['m']);
    expect(await ids('Föhn')).toEqual(['m']);
    expect(await ids('ruckerstattung')).toEqual(['m']);
    // Only derived rows were written.
    expect(await stored(db)).toEqual(before);
    db.close();
  });

  it('rebuilds rows of the release before German spellings were kept (f1:), so mueller finds Müller', async () => {
    const name = uniqueDbName('f1-rows');
    await createV2Database(name);
    const first = new KefuNotesDb(name);
    await first.open();
    // As that release left them: folded text only, its generation tagged f1:.
    await first.transaction('rw', [first.caseSearch, first.meta], async () => {
      const rows = await first.caseSearch.toArray();
      await first.caseSearch.bulkPut(rows.map((r) => ({ ...r, text: r.text.replace(/ ?mueller/g, '') })));
      await first.meta.put({ key: 'searchGeneration', value: 'f1:mx3p60uz-old' });
    });
    first.close();

    const db = new KefuNotesDb(name);
    await db.open();
    const ids = async (q: string) => (await new NotesStore(db).searchCases(q)).map((r) => r.case.id);
    expect(await ids('mueller')).toEqual(['m']);
    expect((await db.meta.get('searchGeneration'))?.value).toMatch(/^f3:/);
    db.close();
  });

  it('rebuilds rows of the release before traditional Chinese was folded (f2:), so 訂單 finds 订单', async () => {
    const name = uniqueDbName('f2-rows');
    const first = new KefuNotesDb(name);
    const store = new NotesStore(first);
    const c = await store.createCase({ platform: 'taobao', orderId: '3012345678901234567', title: '換貨' });
    await store.addEntry({ caseId: c.id, channel: 'chat', promised: '賣家補發' });
    // As that release left them: traditional text unfolded, its generation tagged f2:.
    await first.transaction('rw', [first.caseSearch, first.meta], async () => {
      const row = await first.caseSearch.get(c.id);
      await first.caseSearch.put({ ...row!, text: 't\u0001換貨\nx\u0001賣家補發' });
      await first.meta.put({ key: 'searchGeneration', value: 'f2:mx3p60uz-old' });
    });
    first.close();

    const db = new KefuNotesDb(name);
    await db.open();
    const ids = async (q: string) => (await new NotesStore(db).searchCases(q)).map((r) => r.case.id);
    expect(await ids('换货')).toEqual([c.id]);
    expect(await ids('卖家补发')).toEqual([c.id]);
    expect((await db.meta.get('searchGeneration'))?.value).toMatch(/^f3:/);
    db.close();
  });

  it('a database its own release wrote is not rebuilt on open (its search generation is kept)', async () => {
    const name = uniqueDbName('no-rebuild');
    await createV2Database(name);
    const first = new KefuNotesDb(name);
    await first.open();
    const generation = (await first.meta.get('searchGeneration'))?.value;
    first.close();

    const again = new KefuNotesDb(name);
    await again.open();
    expect((await again.meta.get('searchGeneration'))?.value).toBe(generation);
    again.close();
  });
});
