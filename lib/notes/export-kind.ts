import { CSV_COLUMNS } from './export-csv';
import { REPORT_TITLES } from './export-markdown';

/** Kefu's exports that cannot be imported: they leave out what a restore needs (ids, templates, settings). */
export type ReadOnlyExport = 'csv' | 'markdown';

/**
 * Which of Kefu's read-only exports a text is, by its first line: the CSV's header row (`case_id` and `platform`, split
 * by either separator csvSeparatorFor picks) or the report's heading; null for anything else. Only the first line is
 * read: the file may be as large as an import allows.
 */
export function readOnlyExportOf(text: string): ReadOnlyExport | null {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const end = text.indexOf('\n', start);
  const firstLine = text.slice(start, end < 0 ? undefined : end).trim();
  const [first, second] = CSV_COLUMNS;
  if (new RegExp(`^${first}[,;]${second}[,;]`).test(firstLine)) return 'csv';
  if (REPORT_TITLES.some((title) => firstLine === `# ${title}`)) return 'markdown';
  return null;
}
