import type { KefuNotesDb } from './db';
import { compareEntries } from './group';
import { maskEntryTexts, type Sanitizer } from './sanitize';
import { bumpSearchGeneration } from './search-cache';
import { buildSearchRow } from './search-text';
import { CASE_TEXT_FIELDS, type Case, ENTRY_TEXT_FIELDS, type Entry } from './types';

/** What every notes operation needs; injected so tests control time, IDs and the privacy check. */
export interface NotesContext {
  db: KefuNotesDb;
  sanitize: Sanitizer;
  now: () => number;
  newId: () => string;
}

/** Sanitises the free-text fields of a case (title, shop); identifiers are kept as typed. */
export function sanitizeCaseText<T extends Partial<Case>>(sanitize: Sanitizer, c: T): T {
  const out = { ...c };
  for (const field of CASE_TEXT_FIELDS) {
    const value = out[field];
    if (typeof value === 'string') out[field] = sanitize(value).text as T[typeof field];
  }
  return out;
}

/** Sanitises every free-text field of an entry unless the user chose to keep it raw. */
export function sanitizeEntryText<T extends Partial<Entry>>(sanitize: Sanitizer, e: T, keepSensitive: boolean): T {
  const out = { ...e };
  if (keepSensitive) {
    out.keptSensitive = true;
    return out;
  }
  Object.assign(out, maskEntryTexts(sanitize, ENTRY_TEXT_FIELDS, out));
  delete out.keptSensitive;
  return out;
}

export async function caseEntries(db: KefuNotesDb, caseId: string): Promise<Entry[]> {
  const list = await db.entries.where('caseId').equals(caseId).toArray();
  return list.sort(compareEntries);
}

/** Tables a write that touches a case's search row must lock. */
export const caseTables = (db: KefuNotesDb) => [db.cases, db.entries, db.caseSearch, db.meta];

/** Rebuilds the derived search row of one case; call inside the same rw transaction as the write. */
export async function refreshSearchRow(db: KefuNotesDb, caseId: string): Promise<void> {
  const c = await db.cases.get(caseId);
  if (c) await db.caseSearch.put(buildSearchRow(c, await caseEntries(db, caseId)));
  else await db.caseSearch.delete(caseId);
  await bumpSearchGeneration(db);
}

/** Drops `undefined` values so stored rows, exports and comparisons have no phantom keys. */
export function withoutUndefined<T extends object>(value: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
