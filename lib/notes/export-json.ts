import type { NotesContext } from './context';
import { compareEntries } from './group';
import type { Case, Entry, ManualOrderInfo, Setting, UserTemplate } from './types';

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
 * Each record's fields in one order (the order of its type), whatever wrote it: a row keeps the key order of the code
 * that built it (a case made with a follow-up, or given one later; a row from an import, which validates into its
 * schema's order), so the same notes exported from two databases, or before and after a restore, would differ byte
 * for byte. Keys not listed (a field this build does not know) follow, as stored: never dropped. Each list is checked
 * against its type (`satisfies`), so a renamed field fails to compile rather than moving to the end.
 */
const CASE_KEYS = [
  'id',
  'platform',
  'marketplace',
  'orderId',
  'shop',
  'title',
  'status',
  'followUpAt',
  'helpUrl',
  'manual',
  'createdAt',
  'updatedAt',
] satisfies (keyof Case)[];
const MANUAL_KEYS = [
  'orderDate',
  'trackingId',
  'carrier',
  'total',
  'item',
  'quantity',
] satisfies (keyof ManualOrderInfo)[];
const ENTRY_KEYS = [
  'id',
  'caseId',
  'at',
  'channel',
  'agent',
  'reference',
  'asked',
  'answer',
  'promised',
  'nextStep',
  'satisfaction',
  'comment',
  'keptSensitive',
  'createdAt',
  'updatedAt',
] satisfies (keyof Entry)[];
const TEMPLATE_KEYS = [
  'id',
  'problemKind',
  'lang',
  'title',
  'body',
  'builtIn',
  'updatedAt',
] satisfies (keyof UserTemplate)[];

function inKeyOrder<T extends object>(row: T, keys: readonly string[]): T {
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(source, key)) out[key] = source[key];
  for (const key of Object.keys(source)) if (!Object.hasOwn(out, key)) out[key] = source[key];
  return out as T;
}

function caseInKeyOrder(c: Case): Case {
  const out = inKeyOrder(c, CASE_KEYS);
  return c.manual && typeof c.manual === 'object' ? { ...out, manual: inKeyOrder(c.manual, MANUAL_KEYS) } : out;
}

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
    cases: cases.map(caseInKeyOrder),
    entries: entries.map((e) => inKeyOrder(e, ENTRY_KEYS)),
    templates: templates.map((t) => inKeyOrder(t, TEMPLATE_KEYS)),
    settings,
  };
}

export async function exportJsonText(
  ctx: NotesContext,
  { pretty = false }: { pretty?: boolean } = {},
): Promise<string> {
  return JSON.stringify(await exportJson(ctx), null, pretty ? 2 : undefined);
}
