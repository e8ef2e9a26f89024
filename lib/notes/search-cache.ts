import type { KefuNotesDb, MetaRow } from './db';
import type { SearchRow } from './search-text';

/*
 * Reading all search rows is most of a search's cost (structured clone of ~1 MB for 1 000 cases), and between two
 * searches they rarely change. Every write that changes a search row also writes a new random "search generation"
 * in the same transaction; a search reads that one small row and reuses the rows it cached for the same
 * generation. Writes from another context (background worker, other page) change the generation in the
 * database too, so the cache can never serve rows older than the transaction that reads them.
 */
export const GENERATION_KEY = 'searchGeneration';
// Generations written by code whose rows are built the current way start with this tag; rows under any other are
// rebuilt on open. f1: Latin accents folded (schema v3 on; the v2 release, after a rollback, writes rows and
// generations without it). f2: German spellings kept beside the folded text ("mueller" finds Müller, 2026-12).
// f3: traditional Chinese folded to simplified (訂單 finds 订单, 2026-12).
const FOLDED_ROWS_TAG = 'f3:';
const cache = new WeakMap<KefuNotesDb, { generation: string; rows: SearchRow[] }>();

/**
 * A new generation's row (a schema upgrade that rebuilds the rows writes it through its own transaction). Tagged only
 * when every row is folded: a write that changes a few rows while older ones remain (a rebuild failed, e.g. disk
 * full) keeps the generation untagged, so the rebuild is tried again on the next open.
 */
export function newSearchGeneration(allRowsFolded = true): MetaRow {
  const value = `${Date.now().toString(36)}-${crypto.randomUUID()}`;
  return { key: GENERATION_KEY, value: allRowsFolded ? `${FOLDED_ROWS_TAG}${value}` : value };
}

/**
 * Whether search rows were last written by an older release (their text is not accent-folded): rebuild them. A
 * generation that is not text (damaged) counts as older: rebuilt, never an error that stops the notes opening.
 */
export function writtenByOlderRelease(generation: MetaRow | undefined): boolean {
  if (generation === undefined) return false;
  const { value } = generation as { value: unknown };
  return typeof value !== 'string' || !value.startsWith(FOLDED_ROWS_TAG);
}

/** Call inside the rw transaction (scope must include `meta`) that changed `caseSearch`. */
export async function bumpSearchGeneration(db: KefuNotesDb): Promise<void> {
  await db.meta.put(newSearchGeneration(!writtenByOlderRelease(await db.meta.get(GENERATION_KEY))));
}

/** All search rows, from memory when nothing changed since the last read. Call inside a transaction with `meta` and `caseSearch`. */
export async function readSearchRows(db: KefuNotesDb): Promise<SearchRow[]> {
  const generation = (await db.meta.get(GENERATION_KEY))?.value ?? '';
  const hit = cache.get(db);
  if (hit && generation && hit.generation === generation) return hit.rows;
  const rows = await db.caseSearch.toArray();
  if (generation) cache.set(db, { generation, rows });
  return rows;
}
