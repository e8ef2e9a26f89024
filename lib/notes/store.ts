import type { ExtractedOrder } from '../extract/types';
import {
  type CasePatch,
  createCase,
  findCaseForOrder,
  getCase,
  getOrCreateCaseForOrder,
  type ListCasesOptions,
  listCases,
  type NewCase,
  updateCase,
} from './cases';
import type { NotesContext } from './context';
import { KefuNotesDb } from './db';
import {
  addEntry,
  type DeletedSnapshot,
  deleteCase,
  deleteEntry,
  type EntryPatch,
  listEntries,
  type NewEntry,
  restoreDeleted,
  updateEntry,
  type WriteOptions,
} from './entries';
import { mapStorageErrors, NotesError } from './errors';
import { type CsvOptions, exportCsv } from './export-csv';
import { exportJson, exportJsonText, type NotesExport } from './export-json';
import { exportMarkdown, type MarkdownOptions } from './export-markdown';
import { allScheduledFollowUps, dueFollowUps, type EscalationOptions, escalationSuggestion } from './follow-ups';
import { type ImportResult, importJson, importJsonText } from './import-json';
import { recentOrders, recentOrdersByKey, rememberOrders } from './recent-orders';
import { maskCardNumbers, type Sanitizer } from './sanitize';
import { findCasesByIdentifier, type SearchOptions, searchCases, warmSearch } from './search';
import { sanitizeTemplateText, validateTemplate } from './templates';
import type { CasePlatform, Setting, UserTemplate } from './types';

export interface NotesStoreOptions {
  /** The privacy check every free-text write goes through (default: a card-number mask). */
  sanitize?: Sanitizer;
  now?: () => number;
  newId?: () => string;
  /** How many deletions can be undone (oldest tokens are forgotten first). */
  undoDepth?: number;
}

/**
 * The notes API for extension pages and the background worker (never content scripts: IndexedDB there would be
 * the shop's origin). Wraps one `KefuNotesDb`; every method is async and each write is one transaction.
 *
 * Undo tokens live in memory of this instance: an undo is offered right after the deletion in the same page, and
 * a stale token after a reload fails with `NotesError('not-found')` instead of resurrecting old data.
 */
export class NotesStore {
  readonly db: KefuNotesDb;
  private readonly ctx: NotesContext;
  private readonly undo = new Map<string, DeletedSnapshot>();
  private readonly undoDepth: number;

  constructor(db: KefuNotesDb = new KefuNotesDb(), options: NotesStoreOptions = {}) {
    this.db = db;
    this.ctx = {
      db,
      sanitize: options.sanitize ?? maskCardNumbers,
      now: options.now ?? Date.now,
      newId: options.newId ?? (() => crypto.randomUUID()),
    };
    this.undoDepth = options.undoDepth ?? 20;
  }

  // Cases
  createCase = (input: NewCase) => createCase(this.ctx, input);
  getCase = (id: string) => getCase(this.ctx, id);
  findCaseForOrder = (platform: CasePlatform, marketplace: string, orderId: string) =>
    findCaseForOrder(this.ctx, platform, marketplace, orderId);
  getOrCreateCaseForOrder = (order: ExtractedOrder, platform: CasePlatform, marketplace: string) =>
    getOrCreateCaseForOrder(this.ctx, order, platform, marketplace);
  updateCase = (id: string, patch: CasePatch) => updateCase(this.ctx, id, patch);
  listCases = (options?: ListCasesOptions) => listCases(this.ctx, options);
  /** Deletes a case with all its entries; returns an undo token. */
  deleteCase = async (id: string): Promise<string> => this.remember(await deleteCase(this.ctx, id));

  // Entries
  addEntry = (input: NewEntry, options?: WriteOptions) => addEntry(this.ctx, input, options);
  updateEntry = (id: string, patch: EntryPatch, options?: WriteOptions) => updateEntry(this.ctx, id, patch, options);
  listEntries = (caseId: string) => listEntries(this.ctx, caseId);
  /** Deletes an entry; returns an undo token for `undoDelete`. */
  deleteEntry = async (id: string): Promise<string> => this.remember(await deleteEntry(this.ctx, id));

  /** Restores exactly what a `deleteEntry`/`deleteCase` removed (same IDs and timestamps). A token works once. */
  undoDelete = async (token: string): Promise<void> => {
    const snapshot = this.undo.get(token);
    if (!snapshot) throw new NotesError('not-found', 'undoExpired');
    await restoreDeleted(this.ctx, snapshot);
    this.undo.delete(token);
  };

  private remember(snapshot: DeletedSnapshot): string {
    const token = this.ctx.newId();
    this.undo.set(token, snapshot);
    while (this.undo.size > this.undoDepth) {
      const oldest = this.undo.keys().next().value;
      if (oldest === undefined) break;
      this.undo.delete(oldest);
    }
    return token;
  }

  // Search and follow-ups
  searchCases = (query: string, options?: SearchOptions) => searchCases(this.ctx, query, options);
  findCasesByIdentifier = (identifier: string) => findCasesByIdentifier(this.ctx, identifier);
  /** Reads what a search scans into memory now, so the next search does not wait for it (see `warmSearch`). */
  warmSearch = () => warmSearch(this.ctx);
  dueFollowUps = (now: number = this.ctx.now()) => dueFollowUps(this.ctx, now);
  allScheduledFollowUps = () => allScheduledFollowUps(this.ctx);
  escalationSuggestion = (caseId: string, now: number = this.ctx.now(), options?: EscalationOptions) =>
    escalationSuggestion(this.ctx, caseId, now, options);

  // Orders seen on shop pages
  rememberOrders = (orders: readonly ExtractedOrder[], platform: CasePlatform, marketplace: string) =>
    rememberOrders(this.ctx, orders, platform, marketplace);
  recentOrders = (limit?: number) => recentOrders(this.ctx, limit);
  recentOrdersByKey = (keys: readonly string[]) => recentOrdersByKey(this.ctx, keys);

  // Templates and settings
  putTemplate = async (template: Omit<UserTemplate, 'updatedAt'> & { updatedAt?: number }): Promise<UserTemplate> => {
    const row = sanitizeTemplateText(this.ctx.sanitize, {
      ...template,
      updatedAt: template.updatedAt ?? this.ctx.now(),
    });
    validateTemplate(row);
    await mapStorageErrors(() => this.db.templates.put(row));
    return row;
  };
  listTemplates = () => this.db.templates.toArray();
  deleteTemplate = (id: string) => this.db.templates.delete(id);
  getSetting = async <T = unknown>(key: string): Promise<T | undefined> =>
    (await this.db.settings.get(key))?.value as T | undefined;
  setSetting = async (key: string, value: unknown): Promise<void> => {
    const row: Setting = { key, value };
    await mapStorageErrors(() => this.db.settings.put(row));
  };

  // Export / import
  exportJson = (): Promise<NotesExport> => exportJson(this.ctx);
  exportJsonText = (options?: { pretty?: boolean }) => exportJsonText(this.ctx, options);
  exportCsv = (options?: CsvOptions) => exportCsv(this.ctx, options);
  exportMarkdown = (options?: MarkdownOptions) => exportMarkdown(this.ctx, options);
  importJson = (data: unknown): Promise<ImportResult> => importJson(this.ctx, data);
  importJsonText = (text: string): Promise<ImportResult> => importJsonText(this.ctx, text);
}
