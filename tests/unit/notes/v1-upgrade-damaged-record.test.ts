import { describe, expect, it } from 'vitest';
import { KefuNotesDb, NotesStore } from '../../../lib/notes';
import { v1Database } from './helpers';

/*
 * The v2 → v3 upgrade already opens a database with a damaged record (schema-upgrade.test.ts). A database still at
 * v1 goes through the v2 upgrade first, which built the search rows of every case without that care: one damaged
 * case (a title that is not text) failed the upgrade, and no note of the database could be opened at all.
 */
describe('schema v1 → v3 upgrade of a damaged record', () => {
  it('still opens and migrates every case: the damaged one stays as it was, the others are found', async () => {
    const name = await v1Database(
      'upgrade-v1-damaged',
      [
        { id: 'd', platform: 'other', title: 42, status: 'pending', createdAt: 1, updatedAt: 1 },
        {
          id: 'z',
          platform: 'other',
          title: 'Zoë',
          status: 'pending',
          followUp: '2024-06-01',
          createdAt: 2,
          updatedAt: 2,
        },
      ],
      [{ id: 'e', caseId: 'z', at: 3, channel: 'chat', asked: 'Où est mon colis?', createdAt: 3, updatedAt: 3 }],
    );

    const db = new KefuNotesDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const store = new NotesStore(db);
    // Migrated like any v1 case, the damaged one too (its status); nothing dropped.
    expect(await store.getCase('d')).toEqual({
      id: 'd',
      platform: 'other',
      title: 42,
      status: 'waiting',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await store.getCase('z')).toMatchObject({ status: 'waiting', followUpAt: new Date(2024, 5, 1).getTime() });
    expect(await store.listEntries('z')).toHaveLength(1);
    expect((await store.searchCases('zoe')).map((r) => r.case.id)).toEqual(['z']);
    expect((await store.searchCases('colis')).map((r) => r.case.id)).toEqual(['z']);
    db.close();
  });
});
