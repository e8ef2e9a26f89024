/**
 * Kefu case notes: IndexedDB (Dexie) data layer. Use from the background worker and extension pages only —
 * never from content scripts (IndexedDB there belongs to the shop's origin).
 */
export { type CasePatch, type CaseSort, isQuantity, type ListCasesOptions, type NewCase } from './cases';
export type { NotesContext } from './context';
export {
  KefuNotesDb,
  NOTES_DB_NAME,
  NOTES_SCHEMA_V1,
  NOTES_SCHEMA_V2,
  NOTES_SCHEMA_V3,
  type NotesDbEvents,
} from './db';
export type { EntryPatch, NewEntry, WriteOptions } from './entries';
export {
  englishMessage,
  isQuotaError,
  NOTES_MESSAGES,
  NotesError,
  type NotesErrorCode,
  type NotesMessageId,
  type NotesProblem,
} from './errors';
export { CSV_COLUMNS, type CsvOptions, csvCell, csvSeparatorFor } from './export-csv';
export { EXPORT_FORMAT, EXPORT_VERSION, type NotesExport } from './export-json';
export { type ReadOnlyExport, readOnlyExportOf } from './export-kind';
export { formatDateTime, type MarkdownOptions, type ReportLang } from './export-markdown';
export {
  ALARM_PREFIX,
  caseIdFromAlarm,
  type EscalationHistoryItem,
  type EscalationOptions,
  type EscalationSuggestion,
  isOverdue,
  type ReminderAlarm,
  reminderAlarms,
  suggestEscalation,
} from './follow-ups';
export { type ImportNotice, type ImportResult, validateExport } from './import-json';
export { IMPORTABLE_SETTINGS, NEVER_IMPORTED_SETTINGS } from './import-schema';
export { LIMITS } from './limits';
export { escapeMarkdown } from './markdown-escape';
export { type CaseStatusV1, type CaseV1, followUpFromV1 } from './migrate-v1';
export { RECENT_ORDERS_CAP, recentOrderKey } from './recent-orders';
export { maskCardNumbers, maskEntryTexts, type Sanitizer } from './sanitize';
export type { SearchOptions, SearchResult } from './search';
export { compactIdentifier, normalizeForSearch } from './search-text';
export { requestPersistence, type StorageManagerLike, type StorageUsage, storageUsage } from './storage';
export { NotesStore, type NotesStoreOptions } from './store';
export { TEMPLATE_LANGS } from './templates';
export * from './types';
