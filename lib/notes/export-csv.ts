import type { NotesContext } from './context';
import { exportJson } from './export-json';
import { groupEntriesByCase } from './group';
import type { Case, Entry } from './types';

// Spreadsheet apps run a cell starting with one of these as a formula (CSV injection, OWASP). Tab and CR are
// included because Excel strips them and then evaluates what follows.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-looking text is prefixed with `'`; quoted per RFC 4180 when it holds `"`, `,`, CR or LF. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | undefined | null)[]): string {
  return cells.map(csvCell).join(',');
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export const CSV_COLUMNS = [
  'case_id',
  'platform',
  'marketplace',
  'order_id',
  'shop',
  'title',
  'status',
  'follow_up_at',
  'help_url',
  'order_date',
  'tracking_id',
  'carrier',
  'total',
  'case_created_at',
  'case_updated_at',
  'entry_id',
  'at',
  'channel',
  'agent',
  'reference',
  'asked',
  'answer',
  'promised',
  'next_step',
  'satisfaction',
  'comment',
  'kept_sensitive',
] as const;

function caseCells(c: Case) {
  return [
    c.id,
    c.platform,
    c.marketplace,
    c.orderId,
    c.shop,
    c.title,
    c.status,
    iso(c.followUpAt),
    c.helpUrl,
    c.manual?.orderDate,
    c.manual?.trackingId,
    c.manual?.carrier,
    c.manual?.total,
    iso(c.createdAt),
    iso(c.updatedAt),
  ];
}

function entryCells(e: Entry | undefined) {
  if (!e) return Array<undefined>(12).fill(undefined);
  return [
    e.id,
    iso(e.at),
    e.channel,
    e.agent,
    e.reference,
    e.asked,
    e.answer,
    e.promised,
    e.nextStep,
    e.satisfaction,
    e.comment,
    e.keptSensitive ? 'yes' : undefined,
  ];
}

export interface CsvOptions {
  /** Only this case. */
  caseId?: string;
  /** Start with a UTF-8 BOM so Excel reads Chinese text correctly (default true). */
  bom?: boolean;
}

/**
 * One row per entry with its case's columns (a case without entries still gets one row, so no case is lost).
 * Lines end with CRLF as RFC 4180 says; times are ISO 8601 UTC.
 */
export async function exportCsv(ctx: NotesContext, { caseId, bom = true }: CsvOptions = {}): Promise<string> {
  const data = await exportJson(ctx);
  const byCase = groupEntriesByCase(data.entries);
  const lines = [csvRow(CSV_COLUMNS)];
  for (const c of data.cases) {
    if (caseId && c.id !== caseId) continue;
    const entries = byCase.get(c.id) ?? [];
    if (entries.length === 0) lines.push(csvRow([...caseCells(c), ...entryCells(undefined)]));
    for (const e of entries) lines.push(csvRow([...caseCells(c), ...entryCells(e)]));
  }
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
