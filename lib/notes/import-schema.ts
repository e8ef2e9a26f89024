import * as v from 'valibot';
import { PROBLEM_KIND_IDS } from '../templates/problem-kinds';
import { NOTES_MESSAGES, type NotesMessageId, type NotesProblem } from './errors';
import { LIMITS, MAX_TIME_MS } from './limits';
import { TEMPLATE_LANGS } from './templates';
import { CASE_PLATFORMS, CASE_STATUSES, ENTRY_CHANNELS } from './types';

/*
 * Valibot schemas for a backup file. Strict objects: an unknown key is an error, not silently dropped (it means a
 * file from something else, or a newer format). Every string and array has a cap so a hostile file cannot fill
 * the disk or freeze the page. Each message is a `NOTES_MESSAGES` id and its values after the path (see `say` and
 * `issueProblem`), so the UI can translate it.
 */

/** A valibot message carrying a message id and its values after the path; decoded by `issueProblem`. */
const say = (id: NotesMessageId, ...params: string[]) => JSON.stringify([id, ...params]);

const fmt = (n: number) => n.toLocaleString('en');
const oneOf = (options: readonly (string | number)[]) => say('importOneOf', options.join(', '));
const text = (max: number = LIMITS.text) =>
  v.pipe(v.string(say('importExpectedText')), v.maxLength(max, say('importTooLong', fmt(max))));
/**
 * Free text the privacy check masks on import (case title/shop, entry texts, template title/body): only its type is
 * checked here. Masking can change its length, so `validateExport` checks the length of the masked text, the value
 * that is stored (the file itself is capped at `LIMITS.fileChars`).
 */
const maskedText = () => v.string(say('importExpectedText'));
const id = v.pipe(
  v.string(say('importExpectedId')),
  v.minLength(1, say('importEmptyId')),
  v.maxLength(LIMITS.id, say('importTooLong', fmt(LIMITS.id))),
);
const time = v.pipe(
  v.number(say('expectedTime')),
  v.finite(say('expectedTime')),
  v.minValue(0, say('importTimeBefore1970')),
  // The bounds of isStorableTime, each with its own message.
  v.maxValue(MAX_TIME_MS, say('importInvalidTime')),
);
/** A contact's time or a follow-up: older builds stored times before 1970 there (see `isLegacyTime`). */
const legacyTime = v.pipe(
  v.number(say('expectedTime')),
  v.finite(say('expectedTime')),
  v.minValue(-MAX_TIME_MS, say('importInvalidTime')),
  v.maxValue(MAX_TIME_MS, say('importInvalidTime')),
);
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, say('importExpectedList')), v.maxLength(max, say('importTooMany', fmt(max))));

/**
 * A manual case's help page, as the form takes it: https, no user or password (`https://amazon.com@evil.example/`).
 * The panel offers it as "The shop's help page", so a file from someone else must not store a `javascript:`, `data:`
 * or credential-bearing address there. A port is let through: the form took one before 2026-11-30, and the help links
 * leave such a link out.
 */
const helpUrl = v.pipe(
  text(LIMITS.url),
  v.check(
    (url) => {
      try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' && !parsed.username && !parsed.password;
      } catch {
        return false;
      }
    },
    say('importExpectedValue', 'https://…'),
  ),
);

const manual = v.pipe(
  v.strictObject({
    orderDate: v.optional(text(LIMITS.id)),
    trackingId: v.optional(text(LIMITS.id)),
    carrier: v.optional(text(LIMITS.id)),
    total: v.optional(text(LIMITS.id)),
    item: v.optional(text()),
    quantity: v.optional(
      v.pipe(
        v.number(say('importExpectedValue', `1–${fmt(LIMITS.quantity)}`)),
        v.integer(say('importExpectedValue', `1–${fmt(LIMITS.quantity)}`)),
        v.minValue(1, say('importExpectedValue', `1–${fmt(LIMITS.quantity)}`)),
        v.maxValue(LIMITS.quantity, say('importExpectedValue', `1–${fmt(LIMITS.quantity)}`)),
      ),
    ),
  }),
  // As the form and the store take it: a quantity counts its item, and is refused without one.
  v.forward(
    v.check((m) => m.quantity === undefined || !!m.item?.trim(), say('importExpectedValue', 'an item with it')),
    ['quantity'],
  ),
);

const caseCommon = {
  id,
  platform: v.picklist(CASE_PLATFORMS, oneOf(CASE_PLATFORMS)),
  marketplace: v.optional(text(LIMITS.id)),
  orderId: v.optional(text(LIMITS.id)),
  shop: v.optional(maskedText()),
  title: maskedText(),
  helpUrl: v.optional(helpUrl),
  manual: v.optional(manual),
  createdAt: time,
  updatedAt: time,
};

export const CaseV2Schema = v.strictObject({
  ...caseCommon,
  status: v.picklist(CASE_STATUSES, oneOf(CASE_STATUSES)),
  followUpAt: v.optional(legacyTime),
});

const STATUSES_V1 = ['open', 'pending', 'resolved', 'escalated', 'closed'] as const;
export const CaseV1Schema = v.strictObject({
  ...caseCommon,
  status: v.picklist(STATUSES_V1, oneOf(STATUSES_V1)),
  followUp: v.optional(text(64)),
});

export const EntrySchema = v.strictObject({
  id,
  caseId: id,
  at: legacyTime,
  channel: v.picklist(ENTRY_CHANNELS, oneOf(ENTRY_CHANNELS)),
  agent: v.optional(maskedText()),
  reference: v.optional(maskedText()),
  asked: v.optional(maskedText()),
  answer: v.optional(maskedText()),
  promised: v.optional(maskedText()),
  nextStep: v.optional(maskedText()),
  satisfaction: v.optional(v.picklist([1, 2, 3, 4, 5], say('expectedRating'))),
  comment: v.optional(maskedText()),
  keptSensitive: v.optional(v.boolean(say('importExpectedBoolean'))),
  createdAt: time,
  updatedAt: time,
});

export const TemplateSchema = v.strictObject({
  id,
  // The real pick-lists, as `putTemplate` checks them: a template for no known problem or language is junk.
  problemKind: v.picklist(PROBLEM_KIND_IDS, oneOf(PROBLEM_KIND_IDS)),
  lang: v.picklist(TEMPLATE_LANGS, oneOf(TEMPLATE_LANGS)),
  title: maskedText(),
  body: maskedText(),
  builtIn: v.boolean(say('importExpectedBoolean')),
  updatedAt: time,
});

export const SettingSchema = v.strictObject({
  key: id,
  value: v.pipe(
    v.unknown(),
    v.check(
      (value) => value !== undefined && (JSON.stringify(value)?.length ?? 0) <= LIMITS.settingJson,
      say('importSettingTooBig', fmt(LIMITS.settingJson)),
    ),
  ),
});

/**
 * Settings a backup may restore, each with the schema its value must match. Empty on purpose: the one notes
 * setting, `copyRaw`, turns off the masking of secrets on copy, and a file from someone else must never switch it
 * on. A new setting is importable only once listed here with its value's shape; other keys are dropped and counted.
 */
export const IMPORTABLE_SETTINGS: Readonly<Record<string, v.GenericSchema>> = {};
/** Never restored from a file, even should it be added above by mistake. */
export const NEVER_IMPORTED_SETTINGS: ReadonlySet<string> = new Set(['copyRaw']);

const root = {
  format: v.literal('kefu-notes', say('importExpectedValue', '"kefu-notes"')),
  exportedAt: v.optional(v.union([text(64), time], say('importExpectedDate'))),
  entries: list(EntrySchema, LIMITS.entries),
};

export const ExportV2Schema = v.strictObject({
  ...root,
  version: v.literal(2, say('importExpectedValue', '2')),
  cases: list(CaseV2Schema, LIMITS.cases),
  templates: list(TemplateSchema, LIMITS.templates),
  settings: list(SettingSchema, LIMITS.settings),
});

/** Version 1 files: cases in the v1 shape; templates and settings did not exist in every v1 build. */
export const ExportV1Schema = v.strictObject({
  ...root,
  version: v.literal(1, say('importExpectedValue', '1')),
  cases: list(CaseV1Schema, LIMITS.cases),
  templates: v.optional(list(TemplateSchema, LIMITS.templates)),
  settings: v.optional(list(SettingSchema, LIMITS.settings)),
});

export type ExportV2Input = v.InferOutput<typeof ExportV2Schema>;
export type ExportV1Input = v.InferOutput<typeof ExportV1Schema>;

/** `entries[12].satisfaction` from a valibot issue path, after `base` (the path of the value that was parsed). */
export function issuePath(issue: v.BaseIssue<unknown>, base = ''): string {
  let out = base;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

function decode(message: string): [NotesMessageId, ...string[]] | null {
  try {
    const parsed: unknown = JSON.parse(message);
    const [id] = Array.isArray(parsed) ? parsed : [];
    if (
      typeof id === 'string' &&
      Object.hasOwn(NOTES_MESSAGES, id) &&
      (parsed as unknown[]).every((p) => typeof p === 'string')
    ) {
      return parsed as [NotesMessageId, ...string[]];
    }
  } catch {
    // A message valibot wrote itself (not one of ours): shown as it is.
  }
  return null;
}

/** The problem an issue describes, its path first: `{ id: 'expectedRating', params: ['entries[12].satisfaction'] }`. */
export function issueProblem(issue: v.BaseIssue<unknown>, base = ''): NotesProblem {
  const path = issuePath(issue, base);
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') return { id: 'importUnknownKey', params: [path] };
    if (issue.kind === 'schema' && issue.input === undefined && issue.path?.length) {
      return { id: 'required', params: [path] };
    }
    return { id: 'importExpectedObject', params: [path] };
  }
  const decoded = decode(issue.message);
  if (!decoded) return { id: 'importOther', params: [path, issue.message] };
  const [id, ...rest] = decoded;
  return { id, params: [path, ...rest] };
}
