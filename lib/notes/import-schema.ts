import * as v from 'valibot';
import { LIMITS } from './limits';
import { CASE_PLATFORMS, CASE_STATUSES, ENTRY_CHANNELS } from './types';

/*
 * Valibot schemas for a backup file. Strict objects: an unknown key is an error, not silently dropped (it means a
 * file from something else, or a newer format). Every string and array has a cap so a hostile file cannot fill
 * the disk or freeze the page. Messages are written to follow `path: ` (see `describeIssue`).
 */

const fmt = (n: number) => n.toLocaleString('en');
const text = (max: number = LIMITS.text) =>
  v.pipe(v.string('expected text'), v.maxLength(max, `expected at most ${fmt(max)} characters`));
const id = v.pipe(
  v.string('expected an ID string'),
  v.minLength(1, 'expected a non-empty ID'),
  v.maxLength(LIMITS.id, `expected at most ${fmt(LIMITS.id)} characters`),
);
const time = v.pipe(
  v.number('expected a time in ms'),
  v.finite('expected a time in ms'),
  v.minValue(0, 'expected a time in ms after 1970'),
  v.maxValue(8.64e15, 'expected a valid time in ms'),
);
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'expected a list'), v.maxLength(max, `expected at most ${fmt(max)} records`));

const manual = v.strictObject({
  orderDate: v.optional(text(LIMITS.id)),
  trackingId: v.optional(text(LIMITS.id)),
  carrier: v.optional(text(LIMITS.id)),
  total: v.optional(text(LIMITS.id)),
});

const caseCommon = {
  id,
  platform: v.picklist(CASE_PLATFORMS, `expected one of ${CASE_PLATFORMS.join(', ')}`),
  marketplace: v.optional(text(LIMITS.id)),
  orderId: v.optional(text(LIMITS.id)),
  shop: v.optional(text()),
  title: text(),
  helpUrl: v.optional(text(LIMITS.url)),
  manual: v.optional(manual),
  createdAt: time,
  updatedAt: time,
};

export const CaseV2Schema = v.strictObject({
  ...caseCommon,
  status: v.picklist(CASE_STATUSES, `expected one of ${CASE_STATUSES.join(', ')}`),
  followUpAt: v.optional(time),
});

const STATUSES_V1 = ['open', 'pending', 'resolved', 'escalated', 'closed'] as const;
export const CaseV1Schema = v.strictObject({
  ...caseCommon,
  status: v.picklist(STATUSES_V1, `expected one of ${STATUSES_V1.join(', ')}`),
  followUp: v.optional(text(64)),
});

export const EntrySchema = v.strictObject({
  id,
  caseId: id,
  at: time,
  channel: v.picklist(ENTRY_CHANNELS, `expected one of ${ENTRY_CHANNELS.join(', ')}`),
  agent: v.optional(text()),
  reference: v.optional(text()),
  asked: v.optional(text()),
  answer: v.optional(text()),
  promised: v.optional(text()),
  nextStep: v.optional(text()),
  satisfaction: v.optional(v.picklist([1, 2, 3, 4, 5], 'expected 1–5')),
  comment: v.optional(text()),
  keptSensitive: v.optional(v.boolean('expected true or false')),
  createdAt: time,
  updatedAt: time,
});

export const TemplateSchema = v.strictObject({
  id,
  problemKind: text(LIMITS.id),
  lang: text(LIMITS.id),
  title: text(),
  body: text(),
  builtIn: v.boolean('expected true or false'),
  updatedAt: time,
});

export const SettingSchema = v.strictObject({
  key: id,
  value: v.pipe(
    v.unknown(),
    v.check(
      (value) => value !== undefined && (JSON.stringify(value)?.length ?? 0) <= LIMITS.settingJson,
      `expected a JSON value of at most ${fmt(LIMITS.settingJson)} characters`,
    ),
  ),
});

const root = {
  format: v.literal('kefu-notes', 'expected "kefu-notes"'),
  exportedAt: v.optional(v.union([text(64), time], 'expected a date')),
  entries: list(EntrySchema, LIMITS.entries),
};

export const ExportV2Schema = v.strictObject({
  ...root,
  version: v.literal(2, 'expected 2'),
  cases: list(CaseV2Schema, LIMITS.cases),
  templates: list(TemplateSchema, LIMITS.templates),
  settings: list(SettingSchema, LIMITS.settings),
});

/** Version 1 files: cases in the v1 shape; templates and settings did not exist in every v1 build. */
export const ExportV1Schema = v.strictObject({
  ...root,
  version: v.literal(1, 'expected 1'),
  cases: list(CaseV1Schema, LIMITS.cases),
  templates: v.optional(list(TemplateSchema, LIMITS.templates)),
  settings: v.optional(list(SettingSchema, LIMITS.settings)),
});

export type ExportV2Input = v.InferOutput<typeof ExportV2Schema>;
export type ExportV1Input = v.InferOutput<typeof ExportV1Schema>;

/** `entries[12].satisfaction` from a valibot issue path. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

/** One readable line per issue: `entries[12].satisfaction: expected 1–5`. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  let message = issue.message;
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') message = 'unknown key';
    else if (issue.kind === 'schema' && issue.input === undefined && issue.path?.length) message = 'required';
    else message = 'expected an object';
  }
  return `${issuePath(issue)}: ${message}`;
}
