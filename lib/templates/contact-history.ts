import { formatDate, parseSimpleDate } from './format';
import type { ContactRecord, Lang } from './types';

// Seed 000 (技巧 3 "做好记笔记") and seed 003 ("记录交流过程"): note the agent's name, the time and what was
// promised after every contact, so the next message can cite it. This turns those notes into sentences.

const CHANNEL_PHRASE: Readonly<Record<ContactRecord['channel'], Readonly<Record<Lang, string>>>> = {
  chat: { zh_CN: '通过在线客服联系', en: 'I contacted chat' },
  phone: { zh_CN: '拨打客服电话', en: 'I called customer service' },
  email: { zh_CN: '发邮件联系客服', en: 'I e-mailed customer service' },
  social: { zh_CN: '通过官方社交账号联系', en: 'I messaged the official social media account' },
  'seller-message': { zh_CN: '联系了卖家', en: 'I messaged the seller' },
  'in-app': { zh_CN: '通过App客服联系', en: 'I contacted in-app support' },
  forum: { zh_CN: '在社区论坛发帖求助', en: 'I posted on the community forum' },
  other: { zh_CN: '联系了客服', en: 'I contacted customer service' },
};

/**
 * One line per contact, oldest first:
 * `11月2日 通过在线客服联系，客服小王承诺48小时内回复，未兑现` /
 * `On 2 Nov I contacted chat; agent Wang promised a reply within 48 hours; nothing happened`.
 * The year is written only when the contacts span more than one year.
 */
export function formatContactHistory(records: readonly ContactRecord[], lang: Lang): string {
  const years = new Set(records.map((r) => parseSimpleDate(r.date)?.year).filter((y) => y !== undefined));
  const withYear = years.size > 1;
  const sorted = [...records].sort((a, b) => sortKey(a.date) - sortKey(b.date));
  return sorted.map((r) => formatContact(r, lang, withYear)).join('\n');
}

function sortKey(date: string | number): number {
  const d = parseSimpleDate(date);
  return d ? d.year * 10000 + d.month * 100 + d.day : Number.MAX_SAFE_INTEGER;
}

export function formatContact(record: ContactRecord, lang: Lang, withYear = false): string {
  const date = formatDate(record.date, lang, withYear);
  const phrase = (CHANNEL_PHRASE[record.channel] ?? CHANNEL_PHRASE.other)[lang];
  const agent = record.agent?.trim();
  const promise = record.promise?.trim();
  const reference = record.reference?.trim();
  if (lang === 'zh_CN') {
    const parts = [`${date} ${phrase}`];
    if (promise) {
      parts.push(`客服${agent ?? ''}承诺${promise}`);
      if (record.promiseKept !== true) parts.push('未兑现');
    } else if (agent) {
      parts.push(`接待客服：${agent}`);
    }
    if (reference) parts.push(`记录编号：${reference}`);
    return parts.join('，');
  }
  const parts = [`On ${date} ${phrase}`];
  if (promise) {
    parts.push(`${agent ? `agent ${agent}` : 'the agent'} promised ${promise}`);
    if (record.promiseKept !== true) parts.push('nothing happened');
  } else if (agent) {
    parts.push(`I spoke to ${agent}`);
  }
  if (reference) parts.push(`reference ${reference}`);
  return parts.join('; ');
}
