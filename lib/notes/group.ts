import type { Entry } from './types';

/** `Map.groupBy` is not in Node 20 (tests, bench); this is the one grouping we need. */
export function groupEntriesByCase(entries: readonly Entry[]): Map<string, Entry[]> {
  const byCase = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byCase.get(e.caseId);
    if (list) list.push(e);
    else byCase.set(e.caseId, [e]);
  }
  return byCase;
}

/** Chronological order of a timeline; ties (same minute typed twice) keep the order they were written. */
export function compareEntries(a: Entry, b: Entry): number {
  return a.at - b.at || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
