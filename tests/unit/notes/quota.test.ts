import Dexie, { type DBCore, type Middleware } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { isQuotaError, KefuNotesDb, NotesError, NotesStore } from '../../../lib/notes';
import { storedData, uniqueDbName } from './helpers';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** DBCore middleware: writes to `table` fail with a QuotaExceededError while `failing.on` is true. */
function quotaOn(table: string, failing: { on: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'test-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req) => (failing.on && name === table ? Promise.reject(quotaError()) : t.mutate(req)),
        };
      },
    }),
  };
}

async function setup() {
  const failing = { on: false };
  const db = new KefuNotesDb(uniqueDbName('quota'));
  db.use(quotaOn('caseSearch', failing));
  let n = 0;
  const store = new NotesStore(db, { now: () => 1_700_000_000_000, newId: () => `q-${++n}` });
  const c = await store.createCase({ platform: 'other', title: 'case' });
  await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'first' });
  return { db, store, c, failing };
}

describe('quota errors', () => {
  it('recognises the shapes a quota error takes', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [quotaError()] })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('a failing write late in the transaction becomes NotesError("quota") and leaves the db as it was', async () => {
    const { db, store, c, failing } = await setup();
    const before = await storedData(store);
    failing.on = true;
    // The entry row is written first; the search row write then fails: the entry must be rolled back too.
    const err = await store.addEntry({ caseId: c.id, channel: 'phone', asked: 'second' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotesError);
    expect(err).toMatchObject({ code: 'quota', message: expect.stringContaining('no storage space left') });
    await expect(store.updateCase(c.id, { title: 'renamed' })).rejects.toMatchObject({ code: 'quota' });
    await expect(store.deleteCase(c.id)).rejects.toMatchObject({ code: 'quota' });
    const file = await store.exportJson();
    file.entries.push({ id: 'new', caseId: c.id, at: 1, channel: 'email', createdAt: 1, updatedAt: 1 });
    await expect(store.importJson(file)).rejects.toMatchObject({ code: 'quota' });
    failing.on = false;
    expect(await storedData(store)).toEqual(before);
    expect(await db.entries.count()).toBe(1);
  });

  it('a table bulkPut throwing Dexie.QuotaExceededError inside the import transaction writes nothing', async () => {
    const { db, store } = await setup();
    const before = await storedData(store);
    const file = await store.exportJson();
    file.cases.push({ id: 'n', platform: 'other', title: 'new', status: 'open', createdAt: 1, updatedAt: 1 });
    file.entries.push({ id: 'ne', caseId: 'n', at: 1, channel: 'email', createdAt: 1, updatedAt: 1 });
    const spy = vi.spyOn(db.entries, 'bulkPut').mockImplementation(() => {
      throw new Dexie.QuotaExceededError('disk full');
    });
    await expect(store.importJson(file)).rejects.toMatchObject({ code: 'quota' });
    spy.mockRestore();
    expect(await storedData(store)).toEqual(before);
    expect(await db.cases.get('n')).toBeUndefined();
  });
});
