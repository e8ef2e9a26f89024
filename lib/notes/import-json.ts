import * as v from 'valibot';
import { caseTables, type NotesContext, sanitizeCaseText, sanitizeEntryText, withoutUndefined } from './context';
import type { KefuNotesDb } from './db';
import { isConstraintError, mapStorageErrors, NotesError, type NotesProblem } from './errors';
import { groupEntriesByCase } from './group';
import {
  ExportV1Schema,
  ExportV2Schema,
  IMPORTABLE_SETTINGS,
  issueProblem,
  NEVER_IMPORTED_SETTINGS,
} from './import-schema';
import { LIMITS } from './limits';
import { type CaseV1, followUpNote, followUpNoteId, migrateCaseV1 } from './migrate-v1';
import type { Sanitizer } from './sanitize';
import { bumpSearchGeneration } from './search-cache';
import { buildSearchRow } from './search-text';
import { sanitizeTemplateText } from './templates';
import { CASE_TEXT_FIELDS, type Case, ENTRY_TEXT_FIELDS, type Entry, type Setting, type UserTemplate } from './types';

/**
 * Something the import kept in another form than the file had it. Said in the import's summary, never silent: the
 * user can check the case and fix it.
 */
export interface ImportNotice {
  /** A version 1 follow-up that is not a readable date, kept as the next step of a contact note of its case. */
  kind: 'followUpKeptAsNote';
  /** Where it was in the file, e.g. `cases[1].followUp`. */
  path: string;
  /** The case it belongs to in the notes (an order's case already here keeps its own ID). */
  caseId: string;
  caseTitle: string;
  /** The text as kept (masked like any note). */
  text: string;
}

export interface ImportResult {
  casesAdded: number;
  casesUpdated: number;
  entriesAdded: number;
  entriesUpdated: number;
  /** Settings in the file that were not restored: unknown keys, and ones a file may never set (`copyRaw`). */
  settingsSkipped: number;
  /** What was kept in another form (see `ImportNotice`); empty when everything came in as it was. */
  notices: ImportNotice[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const problem = (id: NotesProblem['id'], ...params: string[]): NotesProblem => ({ id, params });

function fail(problems: NotesProblem[], cause?: unknown): never {
  const [first = problem('importInvalidFile', '(file)')] = problems;
  throw new NotesError('import', first.id, first.params, { cause, problems: problems.length ? problems : [first] });
}

/**
 * Walks the parsed JSON before any schema runs. `JSON.parse('{"__proto__": …}')` creates an OWN property named
 * `__proto__`, which a later spread/merge could turn into a prototype change; such keys are rejected wherever they
 * appear (also inside free-form setting values). Depth is capped so a deeply nested file cannot blow the stack.
 */
function scanKeys(value: unknown, path: string, depth: number): void {
  if (depth > LIMITS.depth) fail([problem('importTooDeep', path || '(file)', String(LIMITS.depth))]);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) scanKeys(value[i], `${path}[${i}]`, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) fail([problem('importForbiddenKey', at, key)]);
      scanKeys((value as Record<string, unknown>)[key], at, depth + 1);
    }
  }
}

function parseText(text: string): unknown {
  if (text.length > LIMITS.fileChars) {
    fail([problem('importFileTooLarge', '(file)', LIMITS.fileChars.toLocaleString('en'))]);
  }
  // A BOM is legal at the start of a UTF-8 file but not in JSON.
  const json = text.replace(/^\uFEFF/, '');
  // Said as such, not as JSON that stops "near line 1, column 1": an empty file (a failed download or save).
  if (json.trim() === '') fail([problem('importEmptyFile', '(file)')]);
  try {
    return JSON.parse(json);
  } catch (err) {
    const at = jsonErrorLocation(json, (err as Error).message);
    fail([
      at
        ? problem('importNotJson', '(file)', String(at[0]), String(at[1]))
        : problem('importNotJsonAnywhere', '(file)'),
    ]);
  }
}

/**
 * Where JSON.parse stopped, as 1-based line and column, for the user to read in their language rather than the
 * engine's English message; null when the message does not say (V8's "Unexpected token 'x', "…" is not valid JSON":
 * a text or CSV file picked by mistake). V8 names an offset ("…in JSON at position 10 (line 1 column 11)"),
 * SpiderMonkey a line and column ("…at line 1 column 11 of the JSON data"), and a file that ends too early stops at its
 * end. Matched at the message's end only: the source text V8 quotes may itself say "line 9 column 9".
 */
export function jsonErrorLocation(json: string, message: string): [number, number] | null {
  const lineColumn = / at line (\d+) column (\d+) of the JSON data$/.exec(message);
  if (lineColumn) return [Number(lineColumn[1]), Number(lineColumn[2])];
  const position = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  if (!position && !/^Unexpected end of JSON input$/.test(message)) return null;
  const offset = Math.min(position ? Number(position[1]) : json.length, json.length);
  const before = json.slice(0, offset).split('\n');
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}

interface ValidFile {
  cases: Case[];
  entries: Entry[];
  templates: UserTemplate[];
  settings: Setting[];
  /** Settings dropped because a file may not set them. */
  settingsSkipped: number;
  /** Notes made from unreadable v1 follow-ups, by entry ID: where the follow-up was in the file. */
  followUpNotes: Map<string, string>;
}

/** The key of the database's one-case-per-order index; `null` when the case is not in that index. */
const orderIndexKey = (c: Case) =>
  c.orderId !== undefined && c.marketplace !== undefined
    ? JSON.stringify([c.platform, c.marketplace, c.orderId])
    : null;

const keepText: Sanitizer = (text) => ({ text, found: false });

/**
 * Masks every free text the way a typed one is masked, THEN checks its length: the value stored is exactly the
 * value checked (a text under the limit could pass and then grow past it when a card number became
 * `[card ••••1111]`, and its own backup would no longer import).
 */
function maskAndCheck(
  file: Pick<ValidFile, 'cases' | 'entries' | 'templates'>,
  sanitize: Sanitizer,
  problems: NotesProblem[],
): Pick<ValidFile, 'cases' | 'entries' | 'templates'> {
  const check = (path: string, value: string | undefined, max: number = LIMITS.text) => {
    if (value !== undefined && value.length > max) {
      problems.push(problem('importTooLong', path, max.toLocaleString('en')));
    }
  };
  const cases = file.cases.map((c, i) => {
    const masked = sanitizeCaseText(sanitize, c);
    for (const field of CASE_TEXT_FIELDS) check(`cases[${i}].${field}`, masked[field]);
    return masked;
  });
  const entries = file.entries.map((e, i) => {
    const masked = sanitizeEntryText(sanitize, e, e.keptSensitive === true);
    for (const field of ENTRY_TEXT_FIELDS) check(`entries[${i}].${field}`, masked[field]);
    return masked;
  });
  const templates = file.templates.map((t, i) => {
    const masked = sanitizeTemplateText(sanitize, t);
    check(`templates[${i}].title`, masked.title);
    check(`templates[${i}].body`, masked.body, LIMITS.templateBody);
    return masked;
  });
  return { cases, entries, templates };
}

/**
 * Validates the whole document (nothing is written before this returns), migrates v1 to the v2 shape and masks
 * free text with `sanitize`: what it returns is exactly what import stores. Without `sanitize` texts are checked as
 * they are.
 */
export function validateExport(data: unknown, sanitize: Sanitizer = keepText): ValidFile {
  scanKeys(data, '', 0);
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail([problem('importNotExport', '(file)')]);
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== 'kefu-notes') fail([problem('importWrongFormat', 'format')]);
  if (version !== 1 && version !== 2) {
    fail([problem('importWrongVersion', 'version', JSON.stringify(version) ?? 'nothing')]);
  }

  let file: Omit<ValidFile, 'settingsSkipped' | 'followUpNotes'>;
  const followUpNotes = new Map<string, string>();
  /** How many of `file.entries` are the file's own; notes made from v1 follow-ups follow them. */
  let fileEntryCount: number;
  if (version === 2) {
    const parsed = v.safeParse(ExportV2Schema, data);
    if (!parsed.success) fail(parsed.issues.map((issue) => issueProblem(issue)));
    file = parsed.output as typeof file;
    fileEntryCount = file.entries.length;
  } else {
    const parsed = v.safeParse(ExportV1Schema, data);
    if (!parsed.success) fail(parsed.issues.map((issue) => issueProblem(issue)));
    const out = parsed.output;
    const notes: Entry[] = [];
    const cases = out.cases.map((c, i) => {
      const { case: migrated, unreadableFollowUp } = migrateCaseV1(c as CaseV1);
      if (unreadableFollowUp) {
        // Not a date we can read: kept as a note of its case and said in the summary, never dropped.
        const note = followUpNote(migrated, unreadableFollowUp);
        notes.push(note);
        followUpNotes.set(note.id, `cases[${i}].followUp`);
      }
      return migrated;
    });
    fileEntryCount = out.entries.length;
    file = {
      cases,
      entries: [...(out.entries as Entry[]), ...notes],
      templates: (out.templates ?? []) as UserTemplate[],
      settings: (out.settings ?? []) as Setting[],
    };
  }

  const problems: NotesProblem[] = [];
  file = { ...file, ...maskAndCheck(file, sanitize, problems) };
  /** Reports every key seen before (`name[i].field: duplicate of name[j]`); the first index of each key. */
  const firstIndex = (name: string, keys: (string | null)[], field = 'id') => {
    const seen = new Map<string, number>();
    keys.forEach((key, i) => {
      if (key === null) return;
      const prev = seen.get(key);
      if (prev !== undefined) problems.push(problem('importDuplicate', `${name}[${i}].${field}`, `${name}[${prev}]`));
      else seen.set(key, i);
    });
    return seen;
  };
  firstIndex(
    'cases',
    file.cases.map((c) => c.id),
  );
  // One case per order (the database's unique index): a second case of the file for an order would be merged into
  // the first and lose its texts, so it is named instead.
  firstIndex('cases', file.cases.map(orderIndexKey), 'orderId');
  // Notes made from v1 follow-ups come after the file's own entries and are not records of the file: an ID clash is
  // said against the entry and the follow-up the note would be made from, never against an index the file lacks.
  const ownEntries = file.entries.slice(0, fileEntryCount);
  const entryIndex = firstIndex(
    'entries',
    ownEntries.map((e) => e.id),
  );
  for (const note of file.entries.slice(fileEntryCount)) {
    const j = entryIndex.get(note.id);
    const from = followUpNotes.get(note.id) ?? 'cases';
    if (j !== undefined) problems.push(problem('importDuplicate', `entries[${j}].id`, from));
  }
  firstIndex(
    'templates',
    file.templates.map((t) => t.id),
  );
  const keys = new Map<string, number>();
  const settings: Setting[] = [];
  file.settings.forEach((s, i) => {
    const prev = keys.get(s.key);
    if (prev !== undefined) problems.push(problem('importDuplicate', `settings[${i}].key`, `settings[${prev}]`));
    else keys.set(s.key, i);
    // Allow-list, not deny-list: a key this build does not know could be one a later build treats as dangerous.
    const schema = Object.hasOwn(IMPORTABLE_SETTINGS, s.key) ? IMPORTABLE_SETTINGS[s.key] : undefined;
    if (!schema || NEVER_IMPORTED_SETTINGS.has(s.key)) return;
    const value = v.safeParse(schema, s.value);
    if (value.success) settings.push({ key: s.key, value: value.output });
    else problems.push(...value.issues.map((issue) => issueProblem(issue, `settings[${i}].value`)));
  });
  if (problems.length) fail(problems);
  // valibot returns fresh objects, but optional keys given as absent stay absent: strip nothing else.
  return {
    cases: file.cases.map((c) => withoutUndefined({ ...c, manual: c.manual && withoutUndefined(c.manual) })),
    entries: file.entries.map((e) => withoutUndefined(e)),
    templates: file.templates,
    settings,
    settingsSkipped: file.settings.length - settings.length,
    followUpNotes,
  };
}

/**
 * Stored entries with the file's entry IDs (undefined where new), in file order. For big files one getAll of the
 * table beats one get per ID (10 000 gets: ~280 ms in the bench; restoring into an empty db: ~0).
 */
async function existingByIds(db: KefuNotesDb, entries: readonly Entry[]): Promise<(Entry | undefined)[]> {
  if (entries.length < 500) return db.entries.bulkGet(entries.map((e) => e.id));
  const stored = new Map((await db.entries.toArray()).map((e) => [e.id, e]));
  return entries.map((e) => stored.get(e.id));
}

/**
 * The ID for a v1 follow-up's note when the note of its usual ID was edited here (`first`): the next unused one of
 * `followUpNoteId(fileCaseId, 2, 3, …)`, or `undefined` when one of those notes already holds `text`.
 */
async function freeFollowUpNoteId(
  db: KefuNotesDb,
  fileCaseId: string,
  first: Entry,
  text: string | undefined,
): Promise<string | undefined> {
  if (first.nextStep === text) return undefined;
  for (let attempt = 2; ; attempt++) {
    const id = followUpNoteId(fileCaseId, attempt);
    const there = await db.entries.get(id);
    if (!there) return id;
    if (there.nextStep === text) return undefined;
  }
}

async function mergeIntoDb(ctx: NotesContext, file: ValidFile): Promise<ImportResult> {
  const db: KefuNotesDb = ctx.db;
  const result: ImportResult = {
    casesAdded: 0,
    casesUpdated: 0,
    entriesAdded: 0,
    entriesUpdated: 0,
    settingsSkipped: file.settingsSkipped,
    notices: [],
  };

  const dbCases = new Map((await db.cases.toArray()).map((c) => [c.id, c]));
  const caseIdMap = new Map<string, string>();
  const casePuts = new Map<string, Case>();
  /** A case as it will be once the import is written (the file's version where it wins). */
  const latest = (id: string) => casePuts.get(id) ?? dbCases.get(id);
  const fileIndex = new Map(file.cases.map((c, i) => [c.id, i]));
  const apply = (incoming: Case, id: string) => {
    caseIdMap.set(incoming.id, id);
    const current = latest(id);
    if (current && incoming.updatedAt <= current.updatedAt) return;
    if (!casePuts.has(id)) {
      if (dbCases.has(id)) result.casesUpdated++;
      else result.casesAdded++;
    }
    casePuts.set(id, { ...incoming, id });
  };

  // Pass 1: cases already here by ID. Their order may change (fixed on another device), which frees the old order
  // and takes the new one; only once all of them are applied is it known which case holds which order, so the result
  // does not depend on the file's order.
  for (const incoming of file.cases) if (dbCases.has(incoming.id)) apply(incoming, incoming.id);
  const orderToId = new Map<string, string>();
  const taken: NotesProblem[] = [];
  for (const id of dbCases.keys()) {
    const c = latest(id);
    const key = c && orderIndexKey(c);
    if (!c || !key) continue;
    const holder = orderToId.get(key);
    if (holder === undefined) {
      orderToId.set(key, id);
      continue;
    }
    // Two stored cases would end up on one order (the file moved one onto an order that has another case here):
    // merging them would drop one case's texts, so the import names both and writes nothing.
    const [moved, other] = casePuts.has(id) ? [id, holder] : [holder, id];
    const movedCase = latest(moved);
    taken.push(
      problem(
        'importOrderTaken',
        `cases[${fileIndex.get(moved) ?? 0}].orderId`,
        movedCase?.title ?? moved,
        dbCases.get(other)?.title ?? other,
      ),
    );
  }
  if (taken.length) fail(taken);

  // Pass 2: new cases. The same order may have a case under another ID here (made on another device): merge into
  // that case. validateExport allows one case per order in a file, so two file cases never meet here.
  for (const incoming of file.cases) {
    if (dbCases.has(incoming.id)) continue;
    const key = orderIndexKey(incoming);
    const id = (key && orderToId.get(key)) ?? incoming.id;
    if (key && !orderToId.has(key)) orderToId.set(key, id);
    apply(incoming, id);
  }
  const caseExists = (id: string) => dbCases.has(id) || casePuts.has(id);

  const existingEntries = await existingByIds(db, file.entries);
  const entryPuts: Entry[] = [];
  const touched = new Set<string>(casePuts.keys());
  for (const [i, incoming] of file.entries.entries()) {
    const caseId = caseIdMap.get(incoming.caseId) ?? incoming.caseId;
    if (!caseExists(caseId)) fail([problem('importNoCase', `entries[${i}].caseId`, incoming.caseId)]);
    const current = existingEntries[i];
    const followUpPath = file.followUpNotes.get(incoming.id);
    // A v1 follow-up kept as a note stands for the file's follow-up of its case: when the stored case is newer and has
    // a follow-up of its own (a newer case's fields win), that older text is not brought in, nor asked to be set again.
    if (followUpPath !== undefined && !casePuts.has(caseId) && dbCases.get(caseId)?.followUpAt !== undefined) continue;
    // Already masked and checked by validateExport: stored exactly as validated.
    let entry: Entry = { ...incoming, caseId };
    if (followUpPath !== undefined && current && current.updatedAt !== current.createdAt) {
      // The note made from this follow-up was changed here since: the user's note is kept as it is. The file's
      // follow-up comes in beside it under the next free ID, unless a note of it with this text is already here.
      const id = await freeFollowUpNoteId(db, incoming.caseId, current, entry.nextStep);
      if (id === undefined) continue;
      entry = { ...entry, id };
      result.entriesAdded++;
    } else if (!current) result.entriesAdded++;
    else if (entry.updatedAt > current.updatedAt) result.entriesUpdated++;
    else continue;
    entryPuts.push(entry);
    if (followUpPath !== undefined) {
      const title = latest(caseId)?.title ?? '';
      result.notices.push({
        kind: 'followUpKeptAsNote',
        path: followUpPath,
        caseId,
        caseTitle: title,
        text: entry.nextStep ?? '',
      });
    }
    touched.add(caseId);
    if (current) touched.add(current.caseId);
  }

  const templateIds = file.templates.map((t) => t.id);
  const existingTemplates = await db.templates.bulkGet(templateIds);
  const templatePuts = file.templates.filter((t, i) => {
    const current = existingTemplates[i];
    return !current || t.updatedAt > current.updatedAt;
  });
  // Settings have no timestamps: the ones already here win, the file only fills gaps.
  const existingSettings = await db.settings.bulkGet(file.settings.map((s) => s.key));
  const settingPuts = file.settings.filter((_, i) => !existingSettings[i]);

  // The search rows need every entry of each touched case after the merge. Read what is stored before writing
  // (nothing, when importing into an empty database) and overlay what is written, instead of reading the whole
  // import back from IndexedDB afterwards: that second read was a third of a 10,000-entry import in Chromium.
  const merged = new Map((await entriesOfCases(db, touched)).map((e) => [e.id, e]));
  for (const e of entryPuts) merged.set(e.id, e);

  // Rows are put one by one and the order index is checked at each: cases leaving their order (e.g. two cases
  // swapping orders) first let go of it, in this same transaction, so no put meets an order that is about to be free.
  const leaving = [...casePuts.values()].filter((c) => {
    const before = dbCases.get(c.id);
    const key = before && orderIndexKey(before);
    return key && key !== orderIndexKey(c);
  });
  if (leaving.length) {
    await db.cases.bulkPut(leaving.map(({ orderId: _freed, ...rest }) => rest));
  }
  await db.cases.bulkPut([...casePuts.values()]);
  await db.entries.bulkPut(entryPuts);
  if (templatePuts.length) await db.templates.bulkPut(templatePuts);
  if (settingPuts.length) await db.settings.bulkPut(settingPuts);

  const entriesByCase = groupEntriesByCase([...merged.values()].filter((e) => touched.has(e.caseId)));
  const cases = [...touched].map(latest);
  await db.caseSearch.bulkPut(
    cases.filter((c): c is Case => !!c).map((c) => buildSearchRow(c, entriesByCase.get(c.id) ?? [])),
  );
  await bumpSearchGeneration(db);
  return result;
}

/**
 * Entries of many cases. `where('caseId').anyOf(ids)` walks a cursor with one `continue(key)` per ID, which
 * fake-indexeddb (and, less dramatically, real backends) do in linear time each: 1 000 IDs took 80 s in the bench.
 * Past a handful of cases one `getAll` filtered in memory is far cheaper.
 */
async function entriesOfCases(db: KefuNotesDb, caseIds: ReadonlySet<string>): Promise<Entry[]> {
  if (caseIds.size <= 20) {
    const lists = await Promise.all([...caseIds].map((id) => db.entries.where('caseId').equals(id).toArray()));
    return lists.flat();
  }
  return (await db.entries.toArray()).filter((e) => caseIds.has(e.caseId));
}

/**
 * Imports a backup: validates the WHOLE file first, then merges in ONE rw transaction over every table (newer
 * `updatedAt` wins per stable ID; an order's case found under another ID is merged into it). Any error (invalid
 * record, quota) aborts the transaction, so the database stays exactly as it was.
 */
export async function importJson(ctx: NotesContext, data: unknown): Promise<ImportResult> {
  const file = validateExport(data, ctx.sanitize);
  const { db } = ctx;
  return mapStorageErrors(async () => {
    try {
      return await db.transaction('rw', [...caseTables(db), db.templates, db.settings], () => mergeIntoDb(ctx, file));
    } catch (err) {
      if (isConstraintError(err)) {
        fail([problem('importSameOrder', 'cases')], err);
      }
      throw err;
    }
  });
}

export async function importJsonText(ctx: NotesContext, text: string): Promise<ImportResult> {
  return importJson(ctx, parseText(text));
}
