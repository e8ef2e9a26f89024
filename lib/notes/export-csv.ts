import type { NotesContext } from './context';
import { exportJson, type NotesExport } from './export-json';
import { dateTimeFormatter } from './export-markdown';
import { groupEntriesByCase } from './group';
import type { Case, Entry } from './types';

// Spreadsheet apps run a cell starting with one of these as a formula (CSV injection, OWASP). Tab and CR are
// included because Excel strips them and then evaluates what follows. The full-width forms ＝＋－＠ too: Chinese
// and Japanese IMEs type them, and an app that folds full-width input would read them as the ASCII ones; the
// prefix costs a reader nothing.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV cell: formula-looking text is prefixed with `'`; quoted per RFC 4180 when it holds `"`, `,`, `;` (either
 * separator), CR or LF.
 */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(cells: readonly (string | number | boolean | undefined | null)[], separator = ','): string {
  return cells.map(csvCell).join(separator);
}

/**
 * The separator a spreadsheet opening the file by double-click expects in `locale`: Excel splits on the system's list
 * separator, which is `;` wherever the decimal separator is a comma (German, French, Italian, Spanish, Dutch, Polish,
 * Swedish, Turkish, Brazilian… users of amazon.de/.fr/.it/.es): a comma-separated file opened there fills one column.
 */
export function csvSeparatorFor(locale: string): ',' | ';' {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

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
  // Added in 2026-12 after the others, so a sheet that reads the earlier columns by position still reads them.
  'item',
  'quantity',
] as const;

/** The columns that hold a time: their header names the zone the times are written in. */
const TIME_COLUMNS: ReadonlySet<string> = new Set(['follow_up_at', 'case_created_at', 'case_updated_at', 'at']);

/**
 * How the header names the times' zone: its UTC offset when every time has the same one (Shanghai: "UTC+08:00"),
 * else the zone's name ("Europe/Berlin": summer and winter times differ by an hour, so one offset would be wrong).
 * Intl writes the offset `GMT+08:00`, and `GMT` for zero.
 */
function zoneLabel(times: readonly number[], now: number, timeZone?: string): string {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const offsetAt = (ms: number) => {
    const name = format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value;
    return !name || name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
  };
  const offsets = new Set((times.length > 0 ? times : [now]).map(offsetAt));
  if (offsets.size === 1) return [...offsets][0]!;
  return format.resolvedOptions().timeZone;
}

function caseCells(c: Case, time: (ms: number | undefined) => string | undefined) {
  return [
    c.id,
    c.platform,
    c.marketplace,
    c.orderId,
    c.shop,
    c.title,
    c.status,
    time(c.followUpAt),
    c.helpUrl,
    c.manual?.orderDate,
    c.manual?.trackingId,
    c.manual?.carrier,
    c.manual?.total,
    time(c.createdAt),
    time(c.updatedAt),
  ];
}

/** The hand-entered item, in the last columns (see CSV_COLUMNS). */
function itemCells(c: Case) {
  return [c.manual?.item, c.manual?.quantity];
}

function entryCells(e: Entry | undefined, time: (ms: number | undefined) => string | undefined) {
  if (!e) return Array<undefined>(12).fill(undefined);
  return [
    e.id,
    time(e.at),
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
  /** IANA zone the times are written in (default: the runtime's local zone). */
  timeZone?: string;
  /** `,` (default, RFC 4180) or `;` (see csvSeparatorFor). */
  separator?: ',' | ';';
  /**
   * The notes as the caller already read them (`exportJson`), e.g. to see first whether there is anything to export:
   * read again, a large database took twice as long (every case and contact read and cloned twice).
   */
  data?: NotesExport;
}

/**
 * One row per entry with its case's columns (a case without entries still gets one row, so no case is lost).
 * Lines end with CRLF as RFC 4180 says. Times are the user's wall-clock times ("2026-12-04 10:00"), which spreadsheets
 * read as dates; each time column's header says once which zone they are in ("at (UTC+08:00)"). ISO UTC times showed
 * a spreadsheet user in Shanghai times 8 hours off. The JSON backup keeps epoch ms: it is the format import reads.
 */
export async function exportCsv(
  ctx: NotesContext,
  { caseId, bom = true, timeZone, separator = ',', data: read }: CsvOptions = {},
): Promise<string> {
  const data = read ?? (await exportJson(ctx));
  const byCase = groupEntriesByCase(data.entries);
  const times: number[] = [];
  const format = dateTimeFormatter(timeZone);
  const time = (ms: number | undefined) => {
    if (ms === undefined) return undefined;
    times.push(ms);
    return format(ms);
  };
  const rows: string[] = [];
  for (const c of data.cases) {
    if (caseId && c.id !== caseId) continue;
    const entries = byCase.get(c.id) ?? [];
    if (entries.length === 0)
      rows.push(csvRow([...caseCells(c, time), ...entryCells(undefined, time), ...itemCells(c)], separator));
    for (const e of entries)
      rows.push(csvRow([...caseCells(c, time), ...entryCells(e, time), ...itemCells(c)], separator));
  }
  const zone = zoneLabel(times, ctx.now(), timeZone);
  const header = csvRow(
    CSV_COLUMNS.map((name) => (TIME_COLUMNS.has(name) ? `${name} (${zone})` : name)),
    separator,
  );
  return `${bom ? '\uFEFF' : ''}${[header, ...rows].join('\r\n')}\r\n`;
}
