import { formatDate, parseSimpleDate } from './format';
import type { ContactRecord, Lang } from './types';

// Seed 000 (技巧 3 "做好记笔记") and seed 003 ("记录交流过程"): note the agent's name, the time and what was
// promised after every contact, so the next message can cite it. This turns those notes into sentences.

// Each says who was contacted and how ("I contacted chat" named no one; "通过在线客服联系" had no object).
const CHANNEL_PHRASE: Readonly<Record<ContactRecord['channel'], Readonly<Record<Lang, string>>>> = {
  chat: { zh_CN: '在线联系了客服', en: 'I chatted with customer service' },
  phone: { zh_CN: '拨打了客服电话', en: 'I called customer service' },
  email: { zh_CN: '发邮件联系了客服', en: 'I e-mailed customer service' },
  social: { zh_CN: '通过官方社交账号联系了客服', en: 'I messaged the official social media account' },
  'seller-message': { zh_CN: '联系了卖家', en: 'I messaged the seller' },
  'in-app': { zh_CN: '在App内联系了客服', en: 'I contacted customer service in the app' },
  forum: { zh_CN: '在社区论坛发帖求助', en: 'I posted on the community forum' },
  other: { zh_CN: '联系了客服', en: 'I contacted customer service' },
};

/**
 * What may be said of a promise. Only one whose time has passed may be called broken: its check date passed (the
 * case's follow-up: the user set it to see whether the promise was kept, and it was not by then — so "nothing
 * happened" is the user's own finding), or the user had to contact the shop again on a later day. Any other is stated
 * as it is, with no verdict and no date: the follow-up date itself is the user's reminder, not a deadline the shop
 * agreed to, and a letter must not write it as one.
 */
type PromiseState = 'kept' | 'broken' | 'stated';

/** A check date as a time: a date alone means the end of that day (local time). */
function dueTime(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (/^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/.test(value)) {
    const d = parseSimpleDate(value);
    return d ? new Date(d.year, d.month - 1, d.day, 23, 59, 59, 999).getTime() : null;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function promiseState(record: ContactRecord, contactedAgain: boolean, now: number): PromiseState {
  if (record.promiseKept === true) return 'kept';
  if (record.promiseKept === false) return 'broken';
  const check = record.checkBy === undefined ? null : dueTime(record.checkBy);
  return contactedAgain || (check !== null && check < now) ? 'broken' : 'stated';
}

/**
 * One line per contact, oldest first:
 * `11月2日 在线联系了客服，客服小王承诺48小时内回复，未兑现` /
 * `On 2 Nov I chatted with customer service; agent Wang promised a reply within 48 hours; nothing happened`
 * — "nothing happened" only for a promise whose time has passed (see PromiseState); any other is stated as it is.
 * The year is written only when the contacts span more than one year. `now`: when the letter is written.
 */
export function formatContactHistory(records: readonly ContactRecord[], lang: Lang, now: number = Date.now()): string {
  const years = new Set(records.map((r) => parseSimpleDate(r.date)?.year).filter((y) => y !== undefined));
  const withYear = years.size > 1;
  const sorted = [...records].sort((a, b) => sortKey(a.date) - sortKey(b.date));
  // Contacted again: on a later day (sorted by day, so the last contact's day is the latest). A second contact an hour
  // later (a call after a chat) says nothing of the promise.
  const lastDay = sorted.length ? sortKey((sorted[sorted.length - 1] as ContactRecord).date) : 0;
  return sorted
    .map((r) => formatContact(r, lang, withYear, promiseState(r, lastDay > sortKey(r.date), now)))
    .join('\n');
}

function sortKey(date: string | number): number {
  const d = parseSimpleDate(date);
  return d ? d.year * 10000 + d.month * 100 + d.day : Number.MAX_SAFE_INTEGER;
}

export function formatContact(
  record: ContactRecord,
  lang: Lang,
  withYear = false,
  state: PromiseState = promiseState(record, false, Date.now()),
): string {
  const date = formatDate(record.date, lang, withYear);
  const phrase = (CHANNEL_PHRASE[record.channel] ?? CHANNEL_PHRASE.other)[lang];
  const agent = record.agent?.trim();
  // A promise noted as a sentence ("三天内退款。", "Refund within 3 days.") goes inside ours: its full stop would
  // stand before our comma ("承诺三天内退款。，未兑现", "promised … days.; nothing happened").
  // The full stop of a dotted abbreviation ("before 5 p.m.", "to the U.S.") is part of it: kept.
  const promise = record.promise
    ?.replace(/(\.\p{L}\.)?[\s。．.，,；;、！!]*$/u, (_end, abbr?: string) => abbr ?? '')
    .trim();
  const reference = record.reference?.trim();
  if (lang === 'zh_CN') {
    const parts = [`${date} ${phrase}`];
    if (promise) {
      parts.push(`客服${agent ?? ''}承诺${promise}`);
      if (state === 'broken') parts.push('未兑现');
    } else if (agent) {
      parts.push(`接待客服：${agent}`);
    }
    if (reference) parts.push(`工单号：${reference}`);
    return parts.join('，');
  }
  const parts = [`On ${date} ${phrase}`];
  if (promise) {
    parts.push(`${agent ? `agent ${agent}` : 'the agent'} promised ${promise}`);
    if (state === 'broken') parts.push('nothing happened');
  } else if (agent) {
    parts.push(`I spoke to ${agent}`);
  }
  if (reference) parts.push(`reference ${reference}`);
  return parts.join('; ');
}
