import { describe, expect, it } from 'vitest';
import type { Case, Entry } from '../../../lib/notes';
import { makeStore, storedData, T0 } from './helpers';

/*
 * Builds 0742b53 … 40e20f0 (before ca5c4ec) refused only non-finite times, so a contact dated with a year typed as
 * "24" or "0024" and a follow-up in 1924 were stored (both checked by writing through those builds' NotesStore on
 * fake-indexeddb). The schema did not change since (still Dexie version 2), so such rows are in users' databases
 * as they were written. Rows below are in exactly the shape those builds stored.
 */
const IN_1924 = Date.UTC(1924, 4, 1);
const YEAR_24 = new Date(0).setUTCFullYear(24, 0, 1); // the year 24 (Date.UTC would read 24 as 1924)

const legacyCase: Case = {
  id: 'old-case',
  platform: 'amazon',
  marketplace: 'amazon.co.jp',
  orderId: '114-1234567-1234567',
  title: 'Wireless earbuds 无线耳机 🎧',
  status: 'waiting',
  followUpAt: IN_1924,
  createdAt: T0,
  updatedAt: T0 + 1000,
};
const legacyEntry: Entry = {
  id: 'old-entry',
  caseId: 'old-case',
  at: YEAR_24,
  channel: 'email',
  answer: '明天发货 🚚',
  createdAt: T0 + 1000,
  updatedAt: T0 + 1000,
};

async function storeWithLegacyRows() {
  const made = makeStore();
  // Put as an older build left them: the current write path would refuse these times.
  await made.db.cases.put(legacyCase);
  await made.db.entries.put(legacyEntry);
  return made;
}

describe('times stored by builds before the 1970 rule', () => {
  it('a database holding them backs up and restores: the whole backup is not refused, nothing changes', async () => {
    const { store } = await storeWithLegacyRows();
    const copy = makeStore();
    await expect(copy.store.importJsonText(await store.exportJsonText())).resolves.toMatchObject({
      casesAdded: 1,
      entriesAdded: 1,
    });
    expect((await storedData(copy.store)).cases).toEqual([legacyCase]);
    expect((await storedData(copy.store)).entries).toEqual([legacyEntry]);
  });

  it('their case and contact stay editable, keeping the time; a new time before 1970 is still refused', async () => {
    const { store, clock } = await storeWithLegacyRows();
    clock.advance(5000);
    await expect(store.updateCase('old-case', { status: 'resolved' })).resolves.toMatchObject({
      status: 'resolved',
      followUpAt: IN_1924,
    });
    await expect(store.updateEntry('old-entry', { comment: 'edited' })).resolves.toMatchObject({
      comment: 'edited',
      at: YEAR_24,
    });
    await expect(store.updateCase('old-case', { followUpAt: IN_1924 - 1 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.updateEntry('old-entry', { at: YEAR_24 + 1 })).rejects.toMatchObject({ code: 'invalid' });
    // Clearing the old follow-up or dating the contact anew works as for any case.
    await expect(store.updateCase('old-case', { followUpAt: null })).resolves.not.toHaveProperty('followUpAt');
    await expect(store.updateEntry('old-entry', { at: T0 })).resolves.toMatchObject({ at: T0 });
  });

  it('a file may still not hold a change time before 1970 (no build wrote one)', async () => {
    const { store } = makeStore();
    const file = JSON.parse(await store.exportJsonText());
    file.cases = [{ ...legacyCase, followUpAt: undefined, createdAt: -1 }];
    await expect(store.importJson(file)).rejects.toMatchObject({ code: 'import' });
  });
});
