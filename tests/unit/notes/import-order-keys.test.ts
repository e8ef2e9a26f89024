import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KefuNotesDb, NOTES_SCHEMA_V1, NotesError, NotesStore } from '../../../lib/notes';
import { CARD, makeStore, storedData, uniqueDbName } from './helpers';

const kase = (over: Record<string, unknown>) => ({
  platform: 'amazon',
  marketplace: 'amazon.com',
  title: 'T',
  status: 'open',
  createdAt: 1,
  updatedAt: 1,
  ...over,
});
const note = (over: Record<string, unknown>) => ({ channel: 'chat', at: 1, createdAt: 1, updatedAt: 1, ...over });
const v2 = (cases: unknown[], entries: unknown[] = []) => ({
  format: 'kefu-notes',
  version: 2,
  cases,
  entries,
  templates: [],
  settings: [],
});
const v1 = (cases: unknown[], entries: unknown[] = []) => ({ format: 'kefu-notes', version: 1, cases, entries });

async function importError(p: Promise<unknown>): Promise<NotesError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof NotesError) return err;
    throw err;
  }
  throw new Error('import was accepted');
}

describe('import: one case per order', () => {
  it('a case the file moved to another order frees its old order for a new case of the file (D1)', async () => {
    for (const reversed of [false, true]) {
      const { store } = makeStore();
      await store.importJson(v2([kase({ id: 'A', orderId: 'K1', title: 'A old' })]));
      const cases = [
        kase({ id: 'A', orderId: 'K2', title: 'A moved', updatedAt: 50 }),
        kase({ id: 'D', orderId: 'K1', title: 'D: broken screen', updatedAt: 40 }),
      ];
      const result = await store.importJson(
        v2(reversed ? cases.reverse() : cases, [note({ id: 'eD', caseId: 'D', asked: 'asked about the screen' })]),
      );
      const data = await storedData(store);
      expect(data.cases.map((c) => [c.id, c.orderId, c.title])).toEqual([
        ['A', 'K2', 'A moved'],
        ['D', 'K1', 'D: broken screen'],
      ]);
      expect(data.entries.map((e) => [e.id, e.caseId])).toEqual([['eD', 'D']]);
      expect(result).toMatchObject({ casesAdded: 1, casesUpdated: 1, entriesAdded: 1 });
    }
  });

  it('still merges a new case of the file into the case of its order made on another device', async () => {
    const { store } = makeStore();
    await store.importJson(v2([kase({ id: 'A', orderId: 'K1', title: 'here' })]));
    await store.importJson(
      v2([kase({ id: 'B', orderId: 'K1', title: 'there', updatedAt: 5 })], [note({ id: 'e', caseId: 'B' })]),
    );
    const data = await storedData(store);
    expect(data.cases.map((c) => [c.id, c.title])).toEqual([['A', 'there']]);
    expect(data.entries.map((e) => e.caseId)).toEqual(['A']);
  });

  it('refuses a file with two cases for the same order, naming the second, and writes nothing (D2)', async () => {
    const { store } = makeStore();
    const before = await storedData(store);
    const err = await importError(
      store.importJson(
        v2([
          kase({ id: 'X', orderId: 'K', title: 'X: refund for the mouse', updatedAt: 10 }),
          kase({ id: 'Y', orderId: 'K', title: 'Y: warranty', updatedAt: 20 }),
        ]),
      ),
    );
    expect(err.details).toEqual(['cases[1].orderId: duplicate of cases[0]']);
    expect(await storedData(store)).toEqual(before);
  });

  it('refuses a case moved onto an order that has another case here, naming both, and writes nothing (D7)', async () => {
    const { store } = makeStore();
    await store.importJson(
      v2([kase({ id: 'C', orderId: 'K1', title: 'shared' }), kase({ id: 'D', orderId: 'K2', title: 'made here' })]),
    );
    const before = await storedData(store);
    const err = await importError(
      store.importJson(
        v2(
          [
            kase({ id: 'N', orderId: 'K9', title: 'new elsewhere' }),
            kase({ id: 'C', orderId: 'K2', title: 'shared, order fixed', updatedAt: 9 }),
          ],
          [note({ id: 'e1', caseId: 'N', asked: 'q' })],
        ),
      ),
    );
    expect(err.details).toEqual([
      'cases[1].orderId: the case "shared, order fixed" is for the same order as your case "made here"; nothing was imported',
    ]);
    expect(await storedData(store)).toEqual(before);
  });

  it('accepts two cases here swapping their orders in one file', async () => {
    const { store } = makeStore();
    await store.importJson(v2([kase({ id: 'C', orderId: 'K1' }), kase({ id: 'D', orderId: 'K2' })]));
    await store.importJson(
      v2([kase({ id: 'C', orderId: 'K2', updatedAt: 9 }), kase({ id: 'D', orderId: 'K1', updatedAt: 9 })]),
    );
    expect((await storedData(store)).cases.map((c) => [c.id, c.orderId])).toEqual([
      ['C', 'K2'],
      ['D', 'K1'],
    ]);
  });
});

describe('import: notes made from v1 follow-ups', () => {
  it('names the file entry and the follow-up when an entry has the ID of the note a follow-up makes (D3)', async () => {
    const { store } = makeStore();
    const err = await importError(
      store.importJson(
        v1(
          [
            kase({
              id: 'c0',
              platform: 'other',
              marketplace: undefined,
              status: 'pending',
              followUp: 'after the holiday',
            }),
          ],
          [note({ id: 'v1-follow-up:c0', caseId: 'c0', asked: 'mine' })],
        ),
      ),
    );
    expect(err.details).toEqual(['entries[0].id: duplicate of cases[0].followUp']);
  });
});

describe('import: a note made from a v1 follow-up and edited here', () => {
  it('is kept; the other follow-up of a newer backup comes in beside it, once (D5)', async () => {
    const { store, clock } = makeStore();
    const fu = (followUp: string, updatedAt: number) =>
      v1([kase({ id: 'c0', platform: 'other', marketplace: undefined, status: 'pending', followUp, updatedAt })]);
    await store.importJson(fu('after the holiday', 100));
    clock.now += 1000;
    await store.updateEntry('v1-follow-up:c0', { answer: 'seller promised a refund by Friday' });
    const result = await store.importJson(fu('next week', clock.now + 1000));
    expect(result.notices.map((n) => n.text)).toEqual(['next week']);
    await store.importJson(fu('next week', clock.now + 1000));
    const notes = (await store.listEntries('c0')).map((n) => [n.id, n.nextStep, n.answer]);
    expect(notes).toHaveLength(2);
    expect(notes).toEqual(
      expect.arrayContaining([
        ['v1-follow-up:c0', 'after the holiday', 'seller promised a refund by Friday'],
        ['v1-follow-up-2:c0', 'next week', undefined],
      ]),
    );
  });
});

describe('v1 → v2 database upgrade: notes made from follow-ups', () => {
  async function upgraded(cases: Record<string, unknown>[]): Promise<NotesStore> {
    const name = uniqueDbName('upgrade');
    const old = new Dexie(name);
    old.version(1).stores(NOTES_SCHEMA_V1);
    await old.table('cases').bulkAdd(cases);
    old.close();
    return new NotesStore(new KefuNotesDb(name));
  }

  it('masks a card number like any stored note (U1)', async () => {
    const store = await upgraded([
      {
        id: 'c0',
        platform: 'other',
        title: 'x',
        status: 'pending',
        followUp: `pay with ${CARD}`,
        createdAt: 1,
        updatedAt: 2,
      },
    ]);
    const [kept] = await store.listEntries('c0');
    expect(kept?.nextStep).toBe('pay with [card ••••1111]');
  });

  it('keeps a v1 entry that already has the ID of the note, and the follow-up under another ID (U3)', async () => {
    const name = uniqueDbName('upgrade');
    const old = new Dexie(name);
    old.version(1).stores(NOTES_SCHEMA_V1);
    await old.table('cases').add({
      id: 'c0',
      platform: 'other',
      title: 'x',
      status: 'pending',
      followUp: 'someday',
      createdAt: 1,
      updatedAt: 2,
    });
    await old.table('entries').add({
      id: 'v1-follow-up:c0',
      caseId: 'c0',
      at: 1,
      channel: 'chat',
      asked: 'typed by user',
      createdAt: 1,
      updatedAt: 1,
    });
    old.close();
    const store = new NotesStore(new KefuNotesDb(name));
    const notes = await store.listEntries('c0');
    expect(notes.map((n) => [n.id, n.asked ?? n.nextStep])).toEqual(
      expect.arrayContaining([
        ['v1-follow-up:c0', 'typed by user'],
        ['v1-follow-up-2:c0', 'someday'],
      ]),
    );
    expect(notes).toHaveLength(2);
  });

  it('dates the note (and the case) of a row without updatedAt: its creation, else the upgrade time (U4)', async () => {
    const before = Date.now();
    const store = await upgraded([
      { id: 'c0', platform: 'other', title: 'x', status: 'pending', followUp: 'someday', createdAt: 3 },
      { id: 'c1', platform: 'other', title: 'y', status: 'pending', followUp: 'later' },
    ]);
    const [a] = await store.listEntries('c0');
    const [b] = await store.listEntries('c1');
    expect(a).toMatchObject({ at: 3, createdAt: 3, updatedAt: 3 });
    expect(b?.at).toBeGreaterThanOrEqual(before);
    expect(b?.createdAt).toBe(b?.at);
    expect(b?.updatedAt).toBe(b?.at);
    expect((await storedData(store)).cases.find((c) => c.id === 'c0')?.updatedAt).toBe(3);
  });
});
