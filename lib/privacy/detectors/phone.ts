// `libphonenumber-js/min`: the smallest metadata (~80 KB) that still knows every country's
// calling code, lengths and national prefixes. `/mobile` would reject landlines (Presidio's
// vectors include Israeli, German and Greek landlines) and `/max` doubles the size of the guard
// content script for type-level validation we do not use.
import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js/min';
import { labelsValueItself, readContext } from '../context-words';
import { isAsciiDigit, isAsciiLetter } from '../digit-runs';
import type { Detector } from '../scan-context';
import type { Candidate } from '../types';

/**
 * Regions tried for numbers written without "+": Presidio's defaults (US, GB, DE, FR, IL, IN, CA,
 * BR) plus CN and JP and the other Amazon marketplaces Kefu supports.
 */
export const PHONE_REGIONS: readonly CountryCode[] = [
  'CN',
  'US',
  'GB',
  'DE',
  'FR',
  'IL',
  'IN',
  'CA',
  'BR',
  'JP',
  'IT',
  'ES',
  'MX',
  'AU',
];

/** validator.js isMobilePhone('zh-CN'), made to find numbers inside text and to allow 3-4-4 grouping. */
const CN_MOBILE = /(?<![\d+])(?:(?:\+|00)86[ -]?)?(?:1[3-9]\d|9[28]\d)(?:[ -]?\d{4}){2}(?!\d)/g;

/**
 * How a region-CN reading of a number without "+" is judged (validator.js isMobilePhone('zh-CN') accepts only
 * the first kind). libphonenumber's min metadata reads almost any digit string as valid in CN, and again in
 * DE/IN/IT/…, so "not mobile, try the next region" alone would hand "010-38238383" to Germany:
 * - mobile: CN_MOBILE's prefixes and length, whatever the separators ("138.1234.5678");
 * - not personal: a CN landline as written in China (0 + area code, a separator, then the subscriber number
 *   in one block: "010-38238383", "(0755) 86013388"), a 400/800 service hotline, or a mistyped mobile
 *   ("138-1234-56789"). Unseparated 11-digit strings are left to the next region: "07700900123" (UK) and
 *   "09012345678" (JP) mobiles have that shape too;
 * - anything else is not a Chinese number ("(212) 555-1234", "09-7625400", "020 7946 0958"): next region.
 */
const CN_MOBILE_DIGITS = /^(?:0086)?(?:1[3-9]|9[28])\d{9}$/;
const CN_LANDLINE = /^(?:0(?:10|2\d|[3-9]\d{2})[- ]|\(0(?:10|2\d|[3-9]\d{2})\) ?)\d{7,8}$/;
const CN_HOTLINE_DIGITS = /^[48]00\d{7}$/;
const CN_MOBILE_PREFIX = /^1[3-9]/;

type CnReading = 'mobile' | 'not-personal' | 'foreign';

function readAsCn(value: string): CnReading {
  const digits = value.replace(/\D/g, '');
  if (CN_MOBILE_DIGITS.test(digits)) return 'mobile';
  if (CN_LANDLINE.test(value) || CN_HOTLINE_DIGITS.test(digits) || CN_MOBILE_PREFIX.test(digits)) return 'not-personal';
  return 'foreign';
}

/** Digits, separators, parens: where a phone number could be. Bounded pieces keep it linear. */
const PHONE_SPAN = /[+(]?\d[\d \u00a0().\-/]{5,40}\d/g;

/** Dates ("2024-05-12", "12/05/2024", also when a time follows: "2024-05-12 14:30"). */
const DATE_SHAPE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?!\d)/;

/** A price or quantity with two decimals ("12345.67", "99999,99"): one separator, then exactly two digits. */
const DECIMAL_AMOUNT = /^\d+[.,]\d{2}$/;
/**
 * The integer part of an amount grouped in thousands, one separator throughout ("1.234.567", "1 234 567"), whose
 * decimals follow the span (",89": the comma is not a phone character, so the span stops before it) — how .de, .fr,
 * .se and .pl print prices. (A narrow no-break space ends the span: PHONE_SPAN does not take it.) A phone number is not grouped in threes from its first 1–3 digits and then a decimal part.
 */
const THOUSANDS = /^\(?[1-9]\d{0,2}([. \u00a0])\d{3}(?:\1\d{3})*$/;
const DECIMALS_AFTER = /^[,.]\d{1,2}(?!\d)/;
/**
 * The same integer part, no decimals, a currency next to it: "1.234.567 €", "€ 1.234.567", "1 234 567 kr",
 * "12.345.678 zł", "EUR 1.234.567": a sign (\p{Sc}: € $ £ ¥ ₹ ₩ …, so R$ and CDN$ too), an ISO code or a currency
 * word of the Amazon storefronts (as lib/sites/amazon/parse-money.ts reads them). An explicit list, not any three
 * capitals: "FAX", "MOB" may come before a phone. Amounts grouped with commas or apostrophes ("¥1,234,567",
 * "CHF 1'234'567", "₹12,34,567") never make a phone span.
 * Codes and signs are matched case-sensitively ("try 612 345 678" is not Turkish lira); CJK units have no word
 * boundary ("12 345 678 원입니다", "1 234 万元").
 */
const CURRENCY_MARK =
  '\\p{Sc}|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|JPY|CNY|RMB|INR|BRL|MXN|CAD|AUD|NZD|SGD|HKD|TRY|AED|SAR|EGP|ZAR|KRW|kr|zł|Kč|Ft|lei|TL|Rs\\.?|Dhs?|SR|LE)(?![A-Za-z])|[万亿]?(?:[元円块]|人民币|港币|美金)|ドル|ユーロ|원';
/**
 * Currency words, any case, as the storefronts' languages write them out (en es pt fr it de nl sv pl tr ar; ja and
 * zh are above): "1.234.567 Euro", "1 234 567 złotych", "1.234.567 reais", "rupees 1.234.567". The Latin words
 * need a letter boundary ("Eurostar" is no euro); inflected forms are listed, not guessed with \p{L}*. No "real":
 * an English word, and amounts in reais are plural.
 */
const CURRENCY_WORD =
  '(?<!\\p{L})(?:euros?|avro|dollars?|dollari|d[óo]lar(?:es|y|ów)?|pounds?|pfund|pond|livres?|libras?|sterlin[ae]?|funt(?:y|ów)?|yen(?:es)?|yuan|renminbi|rupees?|rupien|roupies?|rupias?|rupie|dirhams?|riyals?|rand|pesos?|reais|reales|kron(?:or|en|a|er)|couronnes?|coronas?|corone|(?:türk )?lir(?:a|e|as|ası)|z[łl]ot(?:y|ych|e|ys)|francs?|franken|franchi|francos?|руб(?:л[а-я]*)?|ريال|جنيه|درهم|دولار|يورو)(?!\\p{L})';
// U+202F: French typography's space before €. Before the amount: not a currency that ends an earlier amount
// ("20,00 € 030 123 456", "50 złotych 512 345 678").
// `beforeFlags`: a word before a number is a currency only as written in the list (lowercase): capitalised there it is
// a name as often ("Juan Franco 612 345 678", "María Corona", "Wang Yuan"), and Spanish, Portuguese, Polish and Czech
// phones are grouped in threes. "Euro" is no one's name (German and Italian write "Euro 1.234.567").
const currencyBeside = (currency: string, flags: string, beforeFlags = flags): [RegExp, RegExp] => [
  new RegExp(`(?<!\\d[ \u00a0\u202f]?)(?:${currency})[ \u00a0\u202f]?$`, beforeFlags),
  new RegExp(`^[ \u00a0\u202f]?(?:${currency})`, flags),
];
// Marked pure (the annotations below): the guard content script bundles this file without calling the phone
// detector; unannotated, the bundler keeps these calls and both lists in that bundle.
const CURRENCY_NEAR = [
  /* @__PURE__ */ currencyBeside(CURRENCY_MARK, 'u'),
  /* @__PURE__ */ currencyBeside(`${CURRENCY_WORD}|(?<!\\p{L})Euro(?!\\p{L})`, 'iu', 'u'),
];

/** A currency written right before or after [start, end): the longest word ("couronnes", "Türk lirası") fits in 16. */
function hasOwnCurrency(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 16);
  return CURRENCY_NEAR.some(([b, a]) => b.test(before) || a.test(after));
}

function looksLikeIsbn(digits: string): boolean {
  if (digits.length !== 13 || !/^97[89]/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return sum % 10 === 0;
}

/** "SKU-1234-5678", "A1234-567890": digits glued to a code are part of that code. */
function isPartOfCode(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (isAsciiLetter(before) || isAsciiLetter(after) || isAsciiDigit(after)) return true;
  if (before === 45 /* - */ || before === 47 /* / */) {
    const b2 = text.charCodeAt(start - 2);
    if (isAsciiLetter(b2) || isAsciiDigit(b2)) return true;
  }
  if (after === 45 || after === 47) {
    const a2 = text.charCodeAt(end + 1);
    if (isAsciiLetter(a2) || isAsciiDigit(a2)) return true;
  }
  return false;
}

/**
 * The full-width forms a Chinese IME in full-width mode types inside a phone number besides the digits ScanContext
 * already narrows: ＋８６, （０１０）, １３８－３８３８－９４３８, ０１０．… . Made ASCII here, one UTF-16 unit for one, and not
 * in ScanContext: its other readers match labels written with full-width brackets (一次性密碼（OTP）).
 */
const WIDE_PHONE_MARK = /[\uff08\uff09\uff0b\uff0d\uff0e\uff0f]/g;

/**
 * Numbers are read from the narrowed text (ctx.narrowText, then WIDE_PHONE_MARK), as cards, IDs and SSNs are: a
 * shopper typing 手机１３８３８３８９４３８ with a full-width IME gives away the same number. Offsets are the text's;
 * the reported value and the labels come from the text as typed (ctx.candidate, readContext).
 */
export const detectPhones: Detector = (ctx) => {
  const text = ctx.narrowText.replace(WIDE_PHONE_MARK, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (start: number, end: number, base: number, requireContext: boolean) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    const value = text.slice(start, end);
    const digits = value.replace(/\D/g, '');
    if (DATE_SHAPE.test(value) || looksLikeIsbn(digits) || isPartOfCode(text, start, end)) return;
    if (text[end] === ':' || text[end] === '：') return; // "… 14:30": a time, not a phone
    if (DECIMAL_AMOUNT.test(value)) return; // "总价 12345.67 元": a price
    const c = ctx.candidate('phone', start, end, base);
    if (!c || (requireContext && !c.hasContext)) return;
    // "1.234.567,89 €", "1.234.567 Euro": an amount, unless a phone label labels this very number ("Tel. 612 345 678,12":
    // a dialling pause and an extension; Spanish, Polish and Czech numbers are grouped in threes). Only a label
    // right before it: a phone label nearer than 30 characters may be another number's ("Tel. 030 123 456, Summe
    // 1.234.567 €", "电话 138 0013 8000，退款 1 234 567 元"), and that amount has its currency.
    if (
      THOUSANDS.test(value) &&
      (DECIMALS_AFTER.test(text.slice(end, end + 4)) || hasOwnCurrency(text, start, end)) &&
      !(c.hasContext && labelsValueItself(ctx.text, start, 'phone'))
    )
      return;
    seen.add(key);
    out.push(c);
  };

  CN_MOBILE.lastIndex = 0;
  for (let m = CN_MOBILE.exec(text); m; m = CN_MOBILE.exec(text)) push(m.index, m.index + m[0].length, 0.4, false);

  PHONE_SPAN.lastIndex = 0;
  for (let m = PHONE_SPAN.exec(text); m; m = PHONE_SPAN.exec(text)) {
    let digitCount = 0;
    for (let i = 0; i < m[0].length; i++) if (isAsciiDigit(m[0].charCodeAt(i))) digitCount++;
    // E.164 allows 15 digits; a longer run is a card/order/ID number or a table of figures.
    if (digitCount < 7 || digitCount > MAX_WINDOW_DIGITS) continue;
    // Already claimed by a checksum-validated finding (card, IBAN, ID) or an order ID: skip the
    // expensive libphonenumber pass; that finding would win the overlap anyway.
    if (ctx.isClaimed(m.index, m.index + m[0].length)) continue;
    // Cheap rejections before the costly pass: dates, order/tracking-labelled numbers, and bare
    // digit runs without a phone label (push() would drop all of those anyway).
    if (DATE_SHAPE.test(m[0])) continue;
    const verdict = readContext(ctx.text, m.index, 'phone');
    if (verdict.labelledNotSensitive) continue;
    if (!verdict.hasContext && /^\d+$/.test(m[0])) continue;
    // One character of context each side lets libphonenumber's VALID leniency see a glued
    // letter ("is415-555-0132" is rejected, as in Presidio's default leniency).
    const from = Math.max(0, m.index - 1);
    for (const found of findInWindow(text.slice(from, m.index + m[0].length + 1))) {
      const start = from + found.start;
      const end = from + found.end;
      const value = text.slice(start, end);
      const grouped = /[^\d]/.test(value);
      // A bare run of digits is as likely an order/product number as a phone: only with a
      // phone label ("手机 …", "call …"). Written with +, 00, parens or separators it reads as a phone.
      const intl = value.startsWith('+') || value.startsWith('00');
      push(start, end, 0.4, !intl && !grouped);
    }
  }
  return out;
};

const MAX_WINDOW_DIGITS = 20;

/**
 * libphonenumber costs ~0.1 ms per call and we may try 14 regions, so results are memoised per
 * window: re-scanning a 2 KB textarea on every keystroke then only pays for the window being typed.
 */
const windowCache = new Map<string, Array<{ start: number; end: number }>>();
const WINDOW_CACHE_SIZE = 512;

function findInWindow(window: string): Array<{ start: number; end: number }> {
  const cached = windowCache.get(window);
  if (cached) return cached;
  let result: Array<{ start: number; end: number }> = [];
  const international = /^.?\+/.test(window);
  // The first region that reads the window as a valid number wins; regions are ordered by how
  // likely Kefu's users are to write a number from there. A CN reading is judged by readAsCn: a
  // landline or hotline ends the search with nothing, a non-Chinese shape goes on to the next region.
  for (const region of international ? ([undefined] as const) : PHONE_REGIONS) {
    const found = findPhoneNumbersInText(window, region ? { defaultCountry: region } : {});
    if (!found.length) continue;
    let kept = found;
    if (region === 'CN') {
      const readings = found.map((f) => readAsCn(window.slice(f.startsAt, f.endsAt)));
      if (readings.includes('foreign')) continue;
      kept = found.filter((_, i) => readings[i] === 'mobile');
    }
    result = kept.map((f) => ({ start: f.startsAt, end: f.endsAt }));
    break;
  }
  if (windowCache.size >= WINDOW_CACHE_SIZE) {
    const oldest = windowCache.keys().next().value;
    if (oldest !== undefined) windowCache.delete(oldest);
  }
  windowCache.set(window, result);
  return result;
}
