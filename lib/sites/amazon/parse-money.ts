import type { Money } from '../../extract/types';
import { collapseSpace } from './visible-text';

/**
 * Money as Amazon prints it, e.g. `$28.50`, `-$2.99`, `EUR 12,99`, `12,99 €`, `￥1,234`, `R$ 1.234,56`,
 * `1 234,56 zł`, `1.234,56 TL`, `AED 123.45`, `₹1,234.00`, `CDN$ 12.34`, `R 1,299.00`.
 * The currency comes from the symbol or ISO code; a bare `$`/`¥`/`kr` is read in the storefront's
 * currency when that storefront uses that symbol, and a missing symbol falls back to the storefront's.
 */

const ISO_CODES = new Set([
  'USD',
  'CAD',
  'MXN',
  'BRL',
  'GBP',
  'EUR',
  'SEK',
  'PLN',
  'TRY',
  'AED',
  'SAR',
  'EGP',
  'INR',
  'JPY',
  'AUD',
  'SGD',
  'CNY',
  'RMB',
  'CHF',
  'DKK',
  'NOK',
  'CZK',
  'HUF',
  'ZAR',
  'NZD',
  'HKD',
  'KRW',
]);

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'MXN', 'AUD', 'SGD', 'NZD', 'HKD']);

/** Symbols, longest first so `R$` wins over `$`. */
const SYMBOLS: readonly [string, string | ((fallback: string) => string)][] = [
  ['CDN$', 'CAD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['MX$', 'MXN'],
  ['US$', 'USD'],
  ['R$', 'BRL'],
  ['$', (fb) => (DOLLAR_CURRENCIES.has(fb) ? fb : 'USD')],
  ['€', 'EUR'],
  ['E£', 'EGP'],
  ['£', 'GBP'],
  ['￥', (fb) => (fb === 'CNY' ? 'CNY' : 'JPY')],
  ['¥', (fb) => (fb === 'CNY' ? 'CNY' : 'JPY')],
  ['円', 'JPY'],
  ['元', 'CNY'],
  ['₹', 'INR'],
  ['Rs.', 'INR'],
  ['zł', 'PLN'],
  ['₺', 'TRY'],
  ['TL', 'TRY'],
  ['د.إ', 'AED'],
  ['ر.س', 'SAR'],
  // The Saudi riyal's own sign (SAMA, 2025; U+20C1 since Unicode 17), as Saudi shops now print it: `⃁ 99.00`, `99 ⃁`.
  ['\u20c1', 'SAR'],
  ['ج.م', 'EGP'],
  // The Arabic storefronts' word forms (riyal, pound, dirham), as in `١٢٫٣٤ ريال`.
  ['ريال', 'SAR'],
  ['جنيه', 'EGP'],
  ['درهم', 'AED'],
  ['kr', 'SEK'],
  // `SR 38`, `200 SR`: Saudi shops' Latin abbreviation of the riyal. Only on amazon.sa, as the lone R on amazon.co.za.
  ['SR', (fb) => (fb === 'SAR' ? fb : '')],
  ['₩', 'KRW'],
  // South African rand (amazon.co.za, 2024): `R 1,299.00`. Last, so `R$` and `Rs.` are found first; only on that
  // storefront, where a lone R is the currency (elsewhere "R2" is an item's name).
  ['R', (fb) => (fb === 'ZAR' ? fb : '')],
];

/**
 * Something `currencyFrom` could read as a currency: one of SYMBOLS (the lone `R` only counts on amazon.co.za, where
 * the prefilter is not used) or three capitals. A text with none is no price when a currency is required: most such
 * texts (a date, a count, a title with a number) then end here before the number and symbol searches (2026-12).
 */
const CURRENCY_HINT = /* @__PURE__ */ currencyHint();

function currencyHint(): RegExp {
  const symbols = SYMBOLS.filter(([s]) => s !== 'R').map(([s]) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`${symbols.join('|')}|[A-Z]{3}`);
}

/** ASCII, Arabic-Indic or Persian digits. */
const ANY_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/;

/** `$35.38`, `$1,234.56`: amazon.com's totals, read as the general path reads them without its searches (2026-12). */
const PLAIN_DOLLARS = /^\$(\d{1,3}(?:,\d{3})+|\d+)\.(\d\d)$/;

// Grouped thousands (1,234.56 · 1.234,56 · 1 234,56 · 1'234.56), Indian lakh/crore grouping on amazon.in
// (1,29,999.00 · 1,00,00,000), or plain digits.
const NUMBER = /(\d{1,3}(?:[ .,'’]\d{3})+(?:[.,]\d{1,2})?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?)/;

/** Arabic-Indic and Persian digits (blocks at U+0660 and U+06F0, multiples of 16: a digit's code modulo 16 is its value). */
function toAsciiDigits(text: string): string {
  // Most prices have none of them: three replaces for nothing were a sixth of a price's parse (2026-11).
  if (!/[\u0660-\u066c\u06f0-\u06f9]/.test(text)) return text;
  return text
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) % 16))
    .replace(/\u066b/g, '.') // Arabic decimal separator
    .replace(/\u066c/g, ','); // Arabic thousands separator
}

/** `1.234,56` → 1234.56, `1,234` → 1234, `12,99` → 12.99, `1 234,56` → 1234.56. */
function parseNumber(raw: string): number {
  const lastSep = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
  const decimals = lastSep >= 0 ? raw.length - lastSep - 1 : 0;
  let intPart = raw;
  let fracPart = '';
  if (lastSep >= 0 && decimals > 0 && decimals <= 2) {
    intPart = raw.slice(0, lastSep);
    fracPart = raw.slice(lastSep + 1);
  }
  const digits = intPart.replace(/[^\d]/g, '');
  return Number(fracPart ? `${digits}.${fracPart}` : digits);
}

function currencyFrom(rest: string, fallback: string): { currency: string; token: string } | null {
  const code = /(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/.exec(rest);
  if (code?.[1] && ISO_CODES.has(code[1])) return { currency: code[1] === 'RMB' ? 'CNY' : code[1], token: code[1] };
  for (const [symbol, currency] of SYMBOLS) {
    const at = rest.indexOf(symbol);
    if (at < 0) continue;
    // Letter symbols (`kr`, `TL`) must stand alone, not inside a word.
    if (/^[A-Za-z]/.test(symbol)) {
      const around = `${rest[at - 1] ?? ''}${rest[at + symbol.length] ?? ''}`;
      if (/[A-Za-z]/.test(around)) continue;
    }
    const code = typeof currency === 'string' ? currency : currency(fallback);
    if (code) return { currency: code, token: symbol };
  }
  return null;
}

/**
 * Reads a money value that makes up the whole of `text` (a price cell, a "Total" value), or null.
 * Extra words next to the number (e.g. `Total $5`, `5 items`) make it null: callers pass the value
 * element, not a sentence.
 */
export function parseAmazonMoney(
  text: string,
  fallbackCurrency: string,
  options: { requireCurrency?: boolean } = {},
): Money | null {
  const shown = collapseSpace(text);
  if (!shown || shown.length > 40 || !ANY_DIGIT.test(shown)) return null;
  const dollars = PLAIN_DOLLARS.exec(shown);
  if (dollars) {
    // As below: NUMBER reads all but the `$`, which names the storefront's dollar (else US dollars).
    const amount = Number(`${(dollars[1] ?? '').replace(/,/g, '')}.${dollars[2]}`);
    return { amount, currency: DOLLAR_CURRENCIES.has(fallbackCurrency) ? fallbackCurrency : 'USD', text: shown };
  }
  const t = toAsciiDigits(shown);
  if (options.requireCurrency && fallbackCurrency !== 'ZAR' && !CURRENCY_HINT.test(t)) return null;
  const m = NUMBER.exec(t);
  if (!m || m[1] === undefined) return null;
  const before = t.slice(0, m.index);
  const after = t.slice(m.index + m[1].length);
  const around = `${before} ${after}`;
  const found = currencyFrom(around, fallbackCurrency);
  if (!found && options.requireCurrency) return null;
  let leftover = around;
  if (found) leftover = leftover.replace(found.token, ' ');
  // `MXN$ 12.34`, `USD $5`: the code named the currency, its dollar sign is decoration.
  if (found && DOLLAR_CURRENCIES.has(found.currency)) leftover = leftover.replace('$', ' ');
  const negative = /[-−–]/.test(before);
  // Separators, signs and the bidi marks (RLM, LRM, ALM, isolates) Arabic storefronts put around amounts.
  leftover = leftover.replace(/[-−–+:()\s.,\u200e\u200f\u061c\u2066-\u2069]/g, '');
  if (leftover.length > 0) return null;
  const amount = parseNumber(m[1]);
  if (!Number.isFinite(amount)) return null;
  return {
    amount: negative ? -amount : amount,
    currency: found?.currency ?? fallbackCurrency,
    text: shown,
  };
}
