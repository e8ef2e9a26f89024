import type { NotesContext } from './context';
import { compareEntries } from './group';
import type { Case, Entry, Setting, UserTemplate } from './types';

export const EXPORT_FORMAT = 'kefu-notes';
export const EXPORT_VERSION = 2;

/** The backup file: full fidelity, versioned (version 1 files are still accepted by import). */
export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  cases: Case[];
  entries: Entry[];
  templates: UserTemplate[];
  settings: Setting[];
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * Everything but derived/transient data (search rows are rebuilt on import; recently seen orders are a cache).
 * Read in one transaction so a concurrent write cannot produce an entry without its case. Stable order (cases
 * by creation, entries by case then time) so two exports of the same data are identical apart from `exportedAt`.
 */
export async function exportJson(ctx: NotesContext): Promise<NotesExport> {
  const { db } = ctx;
  const [cases, entries, templates, settings] = await db.transaction(
    'r',
    [db.cases, db.entries, db.templates, db.settings],
    () => Promise.all([db.cases.toArray(), db.entries.toArray(), db.templates.toArray(), db.settings.toArray()]),
  );
  cases.sort((a, b) => a.createdAt - b.createdAt || byKey<Case>((c) => c.id)(a, b));
  const caseOrder = new Map(cases.map((c, i) => [c.id, i]));
  entries.sort((a, b) => (caseOrder.get(a.caseId) ?? 0) - (caseOrder.get(b.caseId) ?? 0) || compareEntries(a, b));
  templates.sort(byKey((t) => t.id));
  settings.sort(byKey((s) => s.key));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(ctx.now()).toISOString(),
    cases,
    entries,
    templates,
    settings,
  };
}

export async function exportJsonText(
  ctx: NotesContext,
  { pretty = false }: { pretty?: boolean } = {},
): Promise<string> {
  return JSON.stringify(await exportJson(ctx), null, pretty ? 2 : undefined);
}
