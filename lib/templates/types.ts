import type { ProblemKind } from './problem-kinds';

/** Language of generated content (templates, summaries, advice). Same values as the UI catalogues. */
export type Lang = 'zh_CN' | 'en';

/** Text in both languages. */
export type Localized = Readonly<Record<Lang, string>>;

/** Ways of reaching customer service, as the seeds list them (official site chat, phone, e-mail, social, forum). */
export type Channel = 'chat' | 'phone' | 'email' | 'social' | 'seller-message' | 'in-app' | 'forum';

/** Every placeholder a template may use: `{orderId}` etc. */
export const PLACEHOLDER_NAMES = [
  'orderId',
  'orderDate',
  'item',
  'total',
  'trackingId',
  'carrier',
  'shop',
  'tried',
  'outcome',
  'contactHistory',
  'platform',
  'details',
  'newAddress',
  'account',
  'refundDate',
  'lastUpdate',
  'arrival',
  'shipping',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/**
 * One earlier contact with customer service, for `{contactHistory}`. Shaped so a notes entry maps onto it
 * (`at` → date, `promised` → promise).
 */
export interface ContactRecord {
  /** `YYYY-MM-DD`, an ISO date-time, or epoch milliseconds (read in local time). */
  date: string | number;
  /** `other` for a channel outside the list (the notes module allows it). */
  channel: Channel | 'other';
  agent?: string;
  promise?: string;
  /** Ticket, case or complaint number the shop gave. */
  reference?: string;
  /**
   * Whether the promise was kept, when known. Otherwise a promise is called broken only once its time has passed:
   * `checkBy` passed, or a later contact was needed; any other is stated with no verdict.
   */
  promiseKept?: boolean;
  /**
   * When the user meant to check the promise (the case's follow-up date): `YYYY-MM-DD` (the end of that day), ISO, or
   * epoch ms. Never written into a letter: it is the user's reminder, not a deadline the shop agreed to.
   */
  checkBy?: string | number;
}

/** Values for a template's placeholders. Absent or blank values are reported as missing, never left blank. */
export type TemplateData = { [K in Exclude<PlaceholderName, 'contactHistory'>]?: string } & {
  /** Either the records (formatted in the template's language) or text the user already wrote. */
  contactHistory?: readonly ContactRecord[] | string;
};

export type TemplateSegment = { kind: 'text'; text: string } | { kind: 'missing'; name: string; label: string };

export interface FillResult {
  /** Full text; every missing value shows as a visible marker such as `【请填写：运单号】`. */
  text: string;
  /** The same text in pieces, so the UI can render each missing value as a field to fill. */
  segments: TemplateSegment[];
  /** Names of the missing placeholders, each once, in order of first appearance. */
  missing: string[];
}

/**
 * A template as stored: a built-in one, an edited copy of a built-in (same `id`, `builtIn: false`) or one the
 * user wrote (own `id`). Matches the notes database's `UserTemplate` row.
 */
export interface Template {
  id: string;
  problemKind: ProblemKind;
  lang: Lang;
  title: string;
  body: string;
  builtIn: boolean;
  /** Epoch ms; 0 for built-ins. */
  updatedAt: number;
}

/** A template row as the notes database stores it (`problemKind` and `lang` as plain strings). */
export type StoredTemplate = Omit<Template, 'problemKind' | 'lang'> & { problemKind: string; lang: string };
