import type { Platform } from '../extract/types';
import { foldTraditional } from '../han-fold';
import { amazonMarketplaceForHost } from '../sites/amazon/marketplaces';
import type { Lang } from './types';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

/** Reads `YYYY-MM-DD`, an ISO date-time (its date part, as written) or epoch ms (local time). */
export function parseSimpleDate(value: string | number): SimpleDate | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const d = new Date(value);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  }
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** `2025年11月6日` / `6 Nov 2025`; text that is not a date comes back unchanged. */
export function formatDate(value: string | number, lang: Lang, withYear = true): string {
  const d = parseSimpleDate(value);
  if (!d) return String(value).trim();
  if (lang === 'zh_CN') return `${withYear ? `${d.year}年` : ''}${d.month}月${d.day}日`;
  return `${d.day} ${EN_MONTHS[d.month - 1]}${withYear ? ` ${d.year}` : ''}`;
}

export interface MoneyLike {
  amount: number;
  currency: string;
  text?: string;
}

/**
 * Amount with its currency, unambiguous for the reader: zh `¥153.00` / `US$25.99`, en `CN¥153.00` / `£12.99`.
 * English follows the storefront's English locale when it has one (amazon.com → `$25.99`), else en-GB.
 */
export function formatMoney(money: MoneyLike, lang: Lang, marketplace?: string | null): string {
  // XXX ("no currency", a total typed for another shop): only the user's own text says what it is. Formatting it
  // printed "XXX 153.00" for "¥153.00" and 100× too much for "€12,50".
  if (money.currency === 'XXX' && money.text?.trim()) return money.text.trim();
  const locale = lang === 'zh_CN' ? 'zh-CN' : englishLocale(marketplace);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(money.amount);
  } catch {
    // An unknown currency code makes Intl throw: fall back to what the page showed.
    return money.text?.trim() || `${money.currency} ${money.amount}`;
  }
}

/**
 * The storefront's English locale, unless the browser's data for it writes a decimal comma: ICU's en-ZA gives
 * `R 1 234,50`, while amazon.co.za writes `R 1,299.00` (its order cards, 2024: see parse-money.ts). A summary that
 * moves the decimal mark reads to its agent as another amount; en-GB (`ZAR 1,234.50`) keeps the storefront's mark.
 */
function englishLocale(marketplace?: string | null): string {
  const m = marketplace ? amazonMarketplaceForHost(marketplace) : null;
  if (!m?.language.startsWith('en-')) return 'en-GB';
  const decimal = new Intl.NumberFormat(m.language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === '.' ? m.language : 'en-GB';
}

const PLATFORM_NAMES: Readonly<Record<Platform | 'other', Readonly<Record<Lang, string>>>> = {
  amazon: { zh_CN: '亚马逊', en: 'Amazon' },
  taobao: { zh_CN: '淘宝', en: 'Taobao' },
  tmall: { zh_CN: '天猫', en: 'Tmall' },
  other: { zh_CN: '其他商店', en: 'Other shop' },
};

/** A list as each language writes one: `A1、B2` / `A1, B2`. */
export const listed = (items: readonly string[], lang: Lang): string => items.join(lang === 'zh_CN' ? '、' : ', ');

/** Display name; `other` gives the generic label (not for use inside a sentence). */
export function platformName(platform: Platform | 'other', lang: Lang): string {
  return PLATFORM_NAMES[platform][lang];
}

// Chinese couriers as Taobao/Tmall pages name them, with the English names the companies use themselves.
// Latin aliases are matched as whole words so `ems` does not match inside another word.
const CARRIERS: readonly { zh: string; en: string; aliases: readonly string[]; names?: readonly string[] }[] = [
  { zh: '圆通速递', en: 'YTO Express', aliases: ['圆通', 'yto'] },
  { zh: '中通快递', en: 'ZTO Express', aliases: ['中通', 'zto'] },
  { zh: '申通快递', en: 'STO Express', aliases: ['申通', 'sto'] },
  { zh: '韵达快递', en: 'Yunda Express', aliases: ['韵达', 'yunda'] },
  { zh: '顺丰速运', en: 'SF Express', aliases: ['顺丰', 'sf express'] },
  { zh: '京东物流', en: 'JD Logistics', aliases: ['京东', 'jd logistics'] },
  { zh: '极兔速递', en: 'J&T Express', aliases: ['极兔', 'j&t'] },
  { zh: '邮政EMS', en: 'EMS', aliases: ['ems'] },
  { zh: '中国邮政', en: 'China Post', aliases: ['邮政', 'china post'] },
  { zh: '德邦快递', en: 'Deppon Express', aliases: ['德邦', 'deppon'] },
  { zh: '百世快递', en: 'BEST Express', aliases: ['百世', 'best express'] },
  { zh: '菜鸟速递', en: 'Cainiao', aliases: ['菜鸟', 'cainiao'] },
  { zh: '丹鸟', en: 'Danniao', aliases: ['丹鸟', 'danniao'] },
  { zh: '宅急送', en: 'ZJS Express', aliases: ['宅急送', 'zjs'] },
  // Amazon's own network: its pages say "Amazon" ("Shipped with Amazon"), a TBA number's format names "Amazon Logistics";
  // one parcel's two namings must not read as two carriers.
  // Only the whole name: "UPS via Amazon" or "Amazon partner carrier: Hermes" names another carrier.
  {
    zh: '亚马逊物流',
    en: 'Amazon Logistics',
    aliases: [],
    names: ['amazon', 'amazon logistics', 'amzl', '亚马逊', '亚马逊物流'],
  },
];

/** The carrier's name in the language of the message; names not in the table are kept as the page wrote them. */
export function carrierName(carrier: string, lang: Lang): string {
  const text = carrier.trim();
  // A zh-TW / zh-HK Taobao page writes 韻達快遞, 圓通速遞: folded, they match the simplified aliases as 中通快遞 already did
  // by chance (its 中通 is the same in both scripts), so no carrier of a page is left unrenamed beside the others.
  const lower = foldTraditional(text).toLowerCase();
  for (const c of CARRIERS) {
    const hit =
      c.names?.includes(lower) ||
      c.aliases.some((a) =>
        /^[a-z&\s]+$/.test(a) ? new RegExp(`(^|[^a-z])${escapeRegExp(a)}($|[^a-z])`).test(lower) : lower.includes(a),
      );
    if (hit) return lang === 'zh_CN' ? c.zh : c.en;
  }
  return text;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
