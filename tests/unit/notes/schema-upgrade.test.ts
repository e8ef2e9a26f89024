import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { KefuNotesDb, NOTES_SCHEMA_V1, NotesStore } from '../../../lib/notes';
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
    expect(db.verno).toBe(2);
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
    db.close();
  });

  it('closes and tells the UI to reload when another context opens a newer version', async () => {
    const name = uniqueDbName('vc');
    const onVersionChange = vi.fn();
    const db = new KefuNotesDb(name, { onVersionChange });
    await db.open();
    const v3 = new Dexie(name);
    v3.version(3).stores({ cases: 'id' });
    await v3.open(); // would hang (blocked) if the old connection stayed open
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    v3.close();
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
    expect(db.verno).toBe(2);
    db.close();
  });
});
