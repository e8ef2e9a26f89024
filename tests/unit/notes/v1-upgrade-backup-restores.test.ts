import { describe, expect, it } from 'vitest';
import { KefuNotesDb, NotesStore } from '../../../lib/notes';
import { makeStore, storedData, v1Database } from './helpers';

/*
 * The v1 → v2 upgrade mends a row without a change time, because a backup needs one. A backup needs a creation time
 * just as much (the import refuses a case without one): a row without it was upgraded as it was, and the backup of
 * the upgraded notes was refused whole ("cases[0].createdAt: required"), every other case with it.
 */
describe('v1 → v2 upgrade of a row without a creation time', () => {
  it('dates it, and the backup of the upgraded notes restores unchanged', async () => {
    const name = await v1Database('upgrade-no-created', [
      { id: 'a', platform: 'other', title: 'no creation time', status: 'open', updatedAt: 7 },
      { id: 'b', platform: 'other', title: 'no times at all', status: 'pending', followUp: 'later' },
      { id: 'c', platform: 'other', title: 'whole', status: 'open', createdAt: 2, updatedAt: 3 },
    ]);
    const store = new NotesStore(new KefuNotesDb(name));

    const upgraded = await storedData(store);
    const byId = new Map(upgraded.cases.map((c) => [c.id, c]));
    // Never after its change time: it is the earliest time known of the case.
    expect(byId.get('a')).toMatchObject({ createdAt: 7, updatedAt: 7 });
    expect(byId.get('b')?.createdAt).toBe(byId.get('b')?.updatedAt);
    expect(byId.get('c')).toMatchObject({ createdAt: 2, updatedAt: 3 });

    const { store: restored } = makeStore();
    await restored.importJsonText(await store.exportJsonText());
    expect(await storedData(restored)).toEqual(upgraded);
    store.db.close();
  });
});
