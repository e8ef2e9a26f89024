import type { ExtractedOrder } from '../extract/types';

/** Where a case's order lives. `other` is "any other shop", entered by hand. */
export const CASE_PLATFORMS = ['amazon', 'taobao', 'tmall', 'other'] as const;
export type CasePlatform = (typeof CASE_PLATFORMS)[number];

export const CASE_STATUSES = ['open', 'waiting', 'resolved', 'escalated', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which the shopper still expects something from the shop (follow-ups and escalation apply). */
export const ACTIVE_STATUSES: readonly CaseStatus[] = ['open', 'waiting', 'escalated'];

export const ENTRY_CHANNELS = ['chat', 'phone', 'email', 'social', 'seller-message', 'in-app', 'other'] as const;
export type EntryChannel = (typeof ENTRY_CHANNELS)[number];

export type Satisfaction = 1 | 2 | 3 | 4 | 5;

/** What the user typed for an order the extension could not read ("any other shop"). */
export interface ManualOrderInfo {
  /** YYYY-MM-DD as typed/picked. */
  orderDate?: string;
  trackingId?: string;
  carrier?: string;
  /** Free text such as `¥153.00`: a manual entry has no reliable currency. */
  total?: string;
  /** The item bought, its title as typed: templates name it as they name a page's item ("无线耳机 ×2"). */
  item?: string;
  /** How many of `item` (a whole number from 1 to `LIMITS.quantity`); only with an item. */
  quantity?: number;
}

/** One problem with one order (or one manual entry); the entries are its timeline. */
export interface Case {
  id: string;
  platform: CasePlatform;
  marketplace?: string;
  orderId?: string;
  shop?: string;
  title: string;
  status: CaseStatus;
  /** Epoch ms of the next follow-up (a reminder alarm is scheduled from it). */
  followUpAt?: number;
  helpUrl?: string;
  manual?: ManualOrderInfo;
  createdAt: number;
  updatedAt: number;
}

/** One contact with customer service: who, when, what was asked, answered and promised. */
export interface Entry {
  id: string;
  caseId: string;
  at: number;
  channel: EntryChannel;
  agent?: string;
  /** Ticket / case / complaint number the shop gave. */
  reference?: string;
  asked?: string;
  answer?: string;
  promised?: string;
  nextStep?: string;
  satisfaction?: Satisfaction;
  comment?: string;
  /** The user chose to keep text the privacy check would have masked. */
  keptSensitive?: boolean;
  createdAt: number;
  updatedAt: number;
}

/** An order seen on a shop page, so a user on a chat page can pick it. */
export interface RecentOrder {
  /** `platform|marketplace|orderId` */
  key: string;
  platform: CasePlatform;
  marketplace: string;
  orderId: string;
  order: ExtractedOrder;
  seenAt: number;
}

export interface UserTemplate {
  id: string;
  problemKind: string;
  lang: string;
  title: string;
  body: string;
  builtIn: boolean;
  updatedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** Derived search row (one per case): tokens of every searchable text of the case and its entries. */
export interface CaseSearchRow {
  caseId: string;
  words: string[];
}

/** Free-text fields of an entry: each goes through the sanitizer on every write. */
export const ENTRY_TEXT_FIELDS = ['agent', 'reference', 'asked', 'answer', 'promised', 'nextStep', 'comment'] as const;
export type EntryTextField = (typeof ENTRY_TEXT_FIELDS)[number];

/** Free-text fields of a case (identifiers such as orderId/trackingId are kept as typed). */
export const CASE_TEXT_FIELDS = ['title', 'shop'] as const;
