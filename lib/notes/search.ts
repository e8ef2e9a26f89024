import Dexie from 'dexie';
import { type CaseSort, sortCases } from './cases';
import type { NotesContext } from './context';
import { compareEntries } from './group';
import { readSearchRows } from './search-cache';
import { compactIdentifier, matchBlob, type QueryTerm, queryTerms, queryText } from './search-text';
import type { Case, CasePlatform, CaseStatus, Entry } from './types';

export interface SearchOptions {
  status?: CaseStatus | readonly CaseStatus[];
  platform?: CasePlatform | readonly CasePlatform[];
  /** Most results returned (default 25, `Infinity` for all): only these load their case and entries. */
  limit?: number;
  /**
   * The order the results are taken in, before the limit: a list cut to its first 100 must be the 100 soonest
   * follow-ups, not the 100 most recently updated cases sorted by follow-up (an overdue case left alone for weeks was
   * not among them, and missing from a list sorted to show it first). Default: relevance, then most recently updated
   * for a query; most recently updated for a blank one.
   */
  sort?: CaseSort;
}

export interface SearchResult {
  case: Case;
  /** Entries of the case where a term matched, chronological. */
  entries: Entry[];
  /** Higher is more relevant: identifier fields weigh most, then agent/title/shop, then free text. */
  score: number;
}

/**
 * Cases matching every whitespace-separated term (substring, case-insensitive, full-width and Latin accents folded)
 * in order ID, tracking ID, shop, title, agent, reference or any free text of their entries. Sorted by relevance,
 * then by most recently updated. A blank query lists the filtered cases by recency with no matched entries.
 */
export async function searchCases(
  ctx: NotesContext,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResult[]> {
  const { db } = ctx;
  const limit = Math.max(1, options.limit ?? 25);
  const statuses = options.status === undefined ? null : ([] as CaseStatus[]).concat(options.status);
  const platforms = options.platform === undefined ? null : ([] as CasePlatform[]).concat(options.platform);
  const terms = queryTerms(query);
  const wholeQuery = wholeQueryIdentifier(query, terms);
  // A failed warm-up is this search's to retry, not its error. Awaited as a Dexie promise, and only while one runs: a
  // native await before the transaction stepped out of a liveQuery's zone (the query then missed later writes).
  const warm = terms.length > 0 ? warming.get(db) : undefined;
  if (warm) await Dexie.Promise.resolve(warm.catch(() => {}));

  return db.transaction('r', [db.caseSearch, db.cases, db.entries, db.meta], async () => {
    if (terms.length === 0) {
      let rows = await db.cases.toArray();
      rows = rows.filter(
        (c) => (!statuses || statuses.includes(c.status)) && (!platforms || platforms.includes(c.platform)),
      );
      return sortCases(rows, options.sort ?? 'updated')
        .slice(0, limit)
        .map((c) => ({ case: c, entries: [], score: 0 }));
    }

    const hits: { caseId: string; score: number; updatedAt: number; entryIds: string[] }[] = [];
    for (const row of await readSearchRows(db)) {
      if (statuses && !statuses.includes(row.status)) continue;
      if (platforms && !platforms.includes(row.platform)) continue;
      const m = matchBlob(row.text, terms);
      if (!m) continue;
      const score = m.score + (wholeQuery && row.words.includes(wholeQuery) ? WHOLE_QUERY_BONUS : 0);
      hits.push({ caseId: row.caseId, score, updatedAt: row.updatedAt, entryIds: m.entryIds });
    }
    hits.sort((a, b) => b.score - a.score || b.updatedAt - a.updatedAt || (a.caseId < b.caseId ? -1 : 1));
    let top = hits.slice(0, limit);
    let topCases: Case[] | null = null;
    if (options.sort) {
      // Sorted by a case's own field: every match's case is read to find the first `limit` in that order.
      const all = await db.cases.bulkGet(hits.map((h) => h.caseId));
      const hitById = new Map(hits.map((h) => [h.caseId, h]));
      topCases = sortCases(
        all.filter((c): c is Case => !!c),
        options.sort,
      ).slice(0, limit);
      top = topCases.map((c) => hitById.get(c.id)!);
    }

    const [cases, entries] = await Promise.all([
      topCases ?? db.cases.bulkGet(top.map((h) => h.caseId)),
      db.entries.bulkGet(top.flatMap((h) => h.entryIds)),
    ]);
    const entryById = new Map(entries.filter((e): e is Entry => !!e).map((e) => [e.id, e]));
    const results: SearchResult[] = [];
    top.forEach((h, i) => {
      const c = cases[i];
      if (!c) return;
      const matched = h.entryIds.map((id) => entryById.get(id)).filter((e): e is Entry => !!e);
      results.push({ case: c, entries: matched.sort(compareEntries), score: h.score });
    });
    return results;
  });
}

/**
 * Reads the search rows into memory ahead of a search (see search-cache.ts), e.g. when the user starts to type: the
 * first search after opening or after a write reads every row, about 5 s at 20,000 cases in fake-indexeddb (4 s in
 * Chromium), which then overlaps the typing instead of following it. Nothing is read when the rows in memory are
 * current (one small meta row).
 */
export function warmSearch(ctx: NotesContext): Promise<void> {
  const { db } = ctx;
  // A focus while the rows are still being read (focus, blur, focus again) joins that read.
  const running = warming.get(db);
  if (running) return running;
  const read = db.transaction('r', [db.caseSearch, db.meta], () => readSearchRows(db)).then(() => {});
  warming.set(db, read);
  const done = () => {
    if (warming.get(db) === read) warming.delete(db);
  };
  read.then(done, done);
  return read;
}

/**
 * The warm-up read under way per database. The first search follows the focus within the debounce, long before a
 * large database's rows are read: it waits for that read (outside its transaction: a transaction that awaits another
 * promise commits) and then finds the rows in memory, instead of reading every row a second time beside it.
 */
const warming = new WeakMap<NotesContext['db'], Promise<void>>();

/**
 * What a whole-identifier match of a spaced query adds: more than any term can weigh, so the order typed as its app
 * spaces it ("3012 3456 7890") ranks above another case whose longer number merely contains those digit groups.
 */
const WHOLE_QUERY_BONUS = 20;

/**
 * The compact form of a query of several terms that reads as one identifier (digits in it), or '' — the terms alone
 * are each only part of that number, so none of them counts as a whole identifier in `matchBlob`.
 */
function wholeQueryIdentifier(query: string, terms: readonly QueryTerm[]): string {
  if (terms.length < 2) return '';
  // Without a label it was pasted with ("订单号：3012 3456 7890"): the label is no part of the number.
  const compact = compactIdentifier(queryText(query));
  return compact.length >= 3 && /\d/.test(compact) ? compact : '';
}

/** Cases whose order, tracking or reference number equals `identifier` (separators ignored), via the `*words` index. */
export async function findCasesByIdentifier(ctx: NotesContext, identifier: string): Promise<Case[]> {
  const compact = compactIdentifier(identifier);
  if (compact.length < 3) return [];
  const ids = await ctx.db.caseSearch.where('words').equals(compact).primaryKeys();
  const cases = await ctx.db.cases.bulkGet(ids);
  return sortCases(
    cases.filter((c): c is Case => !!c),
    'updated',
  );
}
