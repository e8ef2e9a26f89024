import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { groupEntriesByCase } from './group';
import { isStorableTime } from './limits';
import { type CaseV1, followUpNote, followUpNoteId, migrateCaseV1 } from './migrate-v1';
import { maskCardNumbers } from './sanitize';
import { GENERATION_KEY, newSearchGeneration, writtenByOlderRelease } from './search-cache';
import { buildSearchRow, type SearchRow } from './search-text';
import type { Case, Entry, RecentOrder, Setting, UserTemplate } from './types';

export const NOTES_DB_NAME = 'kefu-notes';

export interface MetaRow {
  key: string;
  value: string;
}

/** Version 1: the first shipped schema (kept verbatim so existing databases can be upgraded). */
export const NOTES_SCHEMA_V1 = {
  // `&[platform+marketplace+orderId]`: one case per order. Manual cases without an order ID are simply not in
  // the index (IndexedDB skips records whose key path is missing), so they never collide.
  cases: 'id, &[platform+marketplace+orderId], status, platform, createdAt, updatedAt, followUp',
  entries: 'id, caseId, [caseId+at]',
  recentOrders: 'key, seenAt',
  templates: 'id, problemKind',
  settings: 'key',
} as const;

/** Version 2: `followUp` → `followUpAt` (ms), status `pending` → `waiting`, derived per-case search rows, meta. */
export const NOTES_SCHEMA_V2 = {
  ...NOTES_SCHEMA_V1,
  cases: 'id, &[platform+marketplace+orderId], status, platform, createdAt, updatedAt, followUpAt',
  caseSearch: 'caseId, *words',
  // Small bookkeeping rows, e.g. the search generation (see search-cache.ts).
  meta: 'key',
} as const;

/**
 * Version 3: same stores; the search rows are rebuilt because their normalisation changed (Latin accents folded,
 * see `normalizeForSearch`). Rows are derived from cases and entries, so a rebuild loses nothing.
 */
export const NOTES_SCHEMA_V3 = NOTES_SCHEMA_V2;

export interface NotesDbEvents {
  /** Another tab/worker opened a newer schema: this connection is closed; the UI should reload. */
  onVersionChange?: () => void;
  /** Our upgrade waits for an older connection (another extension page still open) to close. */
  onBlocked?: () => void;
}

export class KefuNotesDb extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  entries!: EntityTable<Entry, 'id'>;
  recentOrders!: EntityTable<RecentOrder, 'key'>;
  templates!: EntityTable<UserTemplate, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  caseSearch!: EntityTable<SearchRow, 'caseId'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = NOTES_DB_NAME, events: NotesDbEvents = {}) {
    super(name);
    this.version(1).stores(NOTES_SCHEMA_V1);
    this.version(2)
      .stores(NOTES_SCHEMA_V2)
      .upgrade(async (tx) => {
        const cases = tx.table<CaseV1 | Case, string>('cases');
        const migrated: Case[] = [];
        const notes: Entry[] = [];
        const upgradedAt = Date.now();
        await cases.toCollection().modify((row, ref) => {
          const { case: next, unreadableFollowUp } = migrateCaseV1(row as CaseV1);
          // A damaged row without a change time: its creation, else the upgrade's time (a backup needs one).
          if (!isStorableTime(next.updatedAt)) {
            next.updatedAt = isStorableTime(next.createdAt) ? next.createdAt : upgradedAt;
          }
          // Nor without a creation time (the import refuses a case without one): its change time, the earliest known.
          if (!isStorableTime(next.createdAt)) next.createdAt = next.updatedAt;
          ref.value = next;
          migrated.push(next);
          // Not a date we can read: kept as a note of the case, never dropped.
          // Masked like any stored note (the store's default sanitizer; synchronous, so the transaction stays alive).
          if (unreadableFollowUp) notes.push(followUpNote(next, maskCardNumbers(unreadableFollowUp).text));
        });
        const entriesTable = tx.table<Entry, string>('entries');
        // An entry already stored under a note's ID (a v1 row could hold any ID) is kept: the note takes the next free ID.
        const stored = new Set(await entriesTable.toCollection().primaryKeys());
        const ids = new Set([...stored, ...notes.map((n) => n.id)]);
        notes.forEach((note, i) => {
          if (!stored.has(note.id)) return;
          let attempt = 2;
          while (ids.has(followUpNoteId(note.caseId, attempt))) attempt++;
          const id = followUpNoteId(note.caseId, attempt);
          ids.add(id);
          notes[i] = { ...note, id };
        });
        if (notes.length) await entriesTable.bulkAdd(notes);
        const entries = await entriesTable.toArray();
        // A damaged v1 record must not stop the upgrade, or no note of the database could be opened (see searchRows).
        await tx.table<SearchRow, string>('caseSearch').bulkPut(searchRows(migrated, entries));
      });
    this.version(3).stores(NOTES_SCHEMA_V3).upgrade(rebuildSearchRows);
    // A rollback to the v2 release opens this database as it is and writes its unfolded rows (a case noted there was
    // then found by neither "muller" nor "Müller"): rebuilt on the next open here. Its search generation says so.
    this.on(
      'ready',
      async (vip) => {
        try {
          if (!writtenByOlderRelease(await vip.table<MetaRow, string>('meta').get(GENERATION_KEY))) return;
          await vip.transaction('rw', ['cases', 'entries', 'caseSearch', 'meta'], async (tx) => {
            // Checked again in the transaction: another page or the worker may have rebuilt them meanwhile.
            if (writtenByOlderRelease(await tx.table<MetaRow, string>('meta').get(GENERATION_KEY))) {
              await rebuildSearchRows(tx);
            }
          });
        } catch {
          // Derived rows only (e.g. no disk space left): they stay as they were, the notes open; retried next time.
        }
      },
      true,
    );

    // Returning false stops Dexie's default handler, which would close with auto-reopen and then fail on the
    // newer schema. We close for good and let the UI reload with the new code.
    this.on('versionchange', () => {
      this.close();
      events.onVersionChange?.();
      return false;
    });
    this.on('blocked', () => {
      events.onBlocked?.();
    });
  }
}

/**
 * The search row of each case that has one. A damaged record (e.g. a title that is not text) must not stop the
 * database from opening: that case stays as it is, without a search row: listed, not found by search.
 */
function searchRows(cases: readonly Case[], entries: readonly Entry[]): SearchRow[] {
  const byCase = groupEntriesByCase(entries);
  return cases.flatMap((c) => {
    try {
      return [buildSearchRow(c, byCase.get(c.id) ?? [])];
    } catch {
      return [];
    }
  });
}

/** Every case's search row built anew from its case and entries, and a new search generation; nothing else written. */
async function rebuildSearchRows(tx: Transaction): Promise<void> {
  // Only derived rows are written: cases and entries are read, never put back.
  const [cases, entries] = await Promise.all([
    tx.table<Case, string>('cases').toArray(),
    tx.table<Entry, string>('entries').toArray(),
  ]);
  const search = tx.table<SearchRow, string>('caseSearch');
  // Cleared first: a row left by a case that no longer exists would otherwise stay behind.
  await search.clear();
  await search.bulkPut(searchRows(cases, entries));
  // Any search cache of the old rows is stale (see search-cache.ts).
  await tx.table<MetaRow, string>('meta').put(newSearchGeneration());
}
