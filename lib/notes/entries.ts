import {
  caseEntries,
  caseTables,
  type NotesContext,
  refreshSearchRow,
  sanitizeEntryText,
  withoutUndefined,
} from './context';
import { mapStorageErrors, NotesError } from './errors';
import { isLegacyTime, isStorableTime, LIMITS } from './limits';
import { bumpSearchGeneration } from './search-cache';
import { type Case, ENTRY_CHANNELS, ENTRY_TEXT_FIELDS, type Entry } from './types';

type EntryFields = Omit<Entry, 'id' | 'caseId' | 'createdAt' | 'updatedAt' | 'keptSensitive'>;
export type NewEntry = Omit<EntryFields, 'at'> & { caseId: string; at?: number };
/** `undefined` leaves a field alone; `null` clears an optional field. */
export type EntryPatch = {
  [K in keyof EntryFields]?: undefined extends EntryFields[K] ? EntryFields[K] | null : EntryFields[K];
};

export interface WriteOptions {
  /** Store the text exactly as typed (the user saw the warning and chose to keep it); sets `keptSensitive`. */
  keepSensitive?: boolean;
}

export function validateEntry(e: Entry, before?: Entry): void {
  if (!ENTRY_CHANNELS.includes(e.channel))
    throw new NotesError('invalid', 'unknownValue', ['channel', String(e.channel)]);
  // A contact time an older build stored before 1970, left as it was by this edit, is kept (see isLegacyTime).
  const kept = e.at === before?.at && isLegacyTime(e.at);
  if (!isStorableTime(e.at) && !kept) throw new NotesError('invalid', 'expectedTime', ['at']);
  if (e.satisfaction !== undefined && ![1, 2, 3, 4, 5].includes(e.satisfaction)) {
    throw new NotesError('invalid', 'expectedRating', ['satisfaction']);
  }
  for (const field of ENTRY_TEXT_FIELDS) {
    const value = e[field];
    if (value !== undefined && value.length > LIMITS.text) {
      throw new NotesError('invalid', 'tooLong', [field, LIMITS.text.toLocaleString('en')]);
    }
  }
}

/** A touched case moves to the top of "recently updated"; never backwards if clocks disagree between contexts. */
async function touchCase(ctx: NotesContext, caseId: string): Promise<Case> {
  const c = await ctx.db.cases.get(caseId);
  if (!c) throw new NotesError('not-found', 'caseNotFound', [caseId]);
  const touched = { ...c, updatedAt: Math.max(ctx.now(), c.updatedAt) };
  await ctx.db.cases.put(touched);
  return touched;
}

function rw<T>(ctx: NotesContext, body: () => Promise<T>): Promise<T> {
  const { db } = ctx;
  return mapStorageErrors(() => db.transaction('rw', caseTables(db), body));
}

export async function addEntry(ctx: NotesContext, input: NewEntry, options: WriteOptions = {}): Promise<Entry> {
  const at = ctx.now();
  const entry = withoutUndefined(
    sanitizeEntryText(
      ctx.sanitize,
      { ...input, id: ctx.newId(), at: input.at ?? at, createdAt: at, updatedAt: at },
      !!options.keepSensitive,
    ),
  ) as Entry;
  validateEntry(entry);
  return rw(ctx, async () => {
    await touchCase(ctx, entry.caseId);
    await ctx.db.entries.add(entry);
    await refreshSearchRow(ctx.db, entry.caseId);
    return entry;
  });
}

/**
 * Patches an entry. Without `keepSensitive` the entry keeps its current choice (editing the rating of a kept entry
 * must not silently mask its text); `keepSensitive: false` re-sanitises every field and clears the flag.
 */
export async function updateEntry(
  ctx: NotesContext,
  id: string,
  patch: EntryPatch,
  options: WriteOptions = {},
): Promise<Entry> {
  return rw(ctx, async () => {
    const current = await ctx.db.entries.get(id);
    if (!current) throw new NotesError('not-found', 'entryNotFound', [id]);
    const next: Record<string, unknown> = { ...current };
    for (const [k, v] of Object.entries(patch)) {
      if (k === 'id' || k === 'caseId' || k === 'createdAt' || k === 'updatedAt' || k === 'keptSensitive') continue;
      if (v === undefined) continue;
      if (v === null) delete next[k];
      else next[k] = v;
    }
    const keep = options.keepSensitive ?? current.keptSensitive === true;
    const entry = sanitizeEntryText(ctx.sanitize, next as unknown as Entry, keep);
    entry.updatedAt = Math.max(ctx.now(), current.updatedAt);
    validateEntry(entry, current);
    await ctx.db.entries.put(entry);
    await touchCase(ctx, entry.caseId);
    await refreshSearchRow(ctx.db, entry.caseId);
    return entry;
  });
}

export async function listEntries(ctx: NotesContext, caseId: string): Promise<Entry[]> {
  return caseEntries(ctx.db, caseId);
}

/** What an undo needs to put things back exactly as they were. */
export type DeletedSnapshot =
  | { kind: 'entry'; entry: Entry; caseUpdatedAt: number; touchedTo: number }
  | { kind: 'case'; case: Case; entries: Entry[] };

export async function deleteEntry(ctx: NotesContext, id: string): Promise<DeletedSnapshot> {
  return rw(ctx, async () => {
    const entry = await ctx.db.entries.get(id);
    if (!entry) throw new NotesError('not-found', 'entryNotFound', [id]);
    const before = await ctx.db.cases.get(entry.caseId);
    await ctx.db.entries.delete(id);
    const touched = await touchCase(ctx, entry.caseId);
    await refreshSearchRow(ctx.db, entry.caseId);
    return {
      kind: 'entry',
      entry,
      caseUpdatedAt: before?.updatedAt ?? touched.updatedAt,
      touchedTo: touched.updatedAt,
    };
  });
}

export async function deleteCase(ctx: NotesContext, id: string): Promise<DeletedSnapshot> {
  return rw(ctx, async () => {
    const c = await ctx.db.cases.get(id);
    if (!c) throw new NotesError('not-found', 'caseNotFound', [id]);
    const entries = await caseEntries(ctx.db, id);
    await ctx.db.entries.bulkDelete(entries.map((e) => e.id));
    await ctx.db.cases.delete(id);
    await ctx.db.caseSearch.delete(id);
    await bumpSearchGeneration(ctx.db);
    return { kind: 'case', case: c, entries };
  });
}

/**
 * Puts deleted rows back byte for byte (same IDs and timestamps), without overwriting what was written since: an
 * entry brought back newer by an import stays, and a case made meanwhile for the same order is merged into it.
 */
export async function restoreDeleted(ctx: NotesContext, snapshot: DeletedSnapshot): Promise<void> {
  await rw(ctx, async () => {
    if (snapshot.kind === 'case') {
      if (await ctx.db.cases.get(snapshot.case.id)) throw new NotesError('invalid', 'undoCaseExists');
      // Meanwhile a note for the same order made a new case (this panel or another): one case per order, so the
      // deleted one comes back with the newcomer's notes and the newcomer goes (an add would fail on the order's
      // unique index and the deleted notes would be gone for good).
      const { platform, marketplace, orderId } = snapshot.case;
      const holder =
        marketplace !== undefined && orderId !== undefined
          ? await ctx.db.cases.where('[platform+marketplace+orderId]').equals([platform, marketplace, orderId]).first()
          : undefined;
      let restored = snapshot.case;
      if (holder) {
        const moved = (await caseEntries(ctx.db, holder.id)).map((e) => ({ ...e, caseId: snapshot.case.id }));
        await ctx.db.cases.delete(holder.id);
        await ctx.db.caseSearch.delete(holder.id);
        await ctx.db.entries.bulkPut(moved);
        // What the user decided on the newcomer since the deletion is newer than the deleted case's: a status moved
        // off the default, a follow-up set. A newcomer made by a note alone decided nothing, and the case comes back
        // as it was.
        restored = {
          ...restored,
          ...(holder.status !== 'open' ? { status: holder.status } : {}),
          ...(holder.followUpAt !== undefined ? { followUpAt: holder.followUpAt } : {}),
          updatedAt: Math.max(restored.updatedAt, holder.updatedAt),
        };
      }
      await ctx.db.cases.add(restored);
      await ctx.db.entries.bulkPut(snapshot.entries);
      await refreshSearchRow(ctx.db, snapshot.case.id);
      return;
    }
    const c = await ctx.db.cases.get(snapshot.entry.caseId);
    if (!c) throw new NotesError('not-found', 'undoCaseGone');
    // The entry may be back already (an import in this or another panel brought it): the newer version stays, as an
    // import would keep it; the deleted one must not overwrite what came in since.
    const since = await ctx.db.entries.get(snapshot.entry.id);
    if (!since || since.updatedAt < snapshot.entry.updatedAt) await ctx.db.entries.put(snapshot.entry);
    // Only undo our own "touch": if the case changed since, its newer updatedAt stays.
    if (c.updatedAt === snapshot.touchedTo) await ctx.db.cases.put({ ...c, updatedAt: snapshot.caseUpdatedAt });
    await refreshSearchRow(ctx.db, c.id);
  });
}
