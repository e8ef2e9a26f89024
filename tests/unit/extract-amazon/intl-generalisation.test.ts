import { describe, expect, it } from 'vitest';
import { AMAZON_MARKETPLACES } from '../../../lib/sites/amazon/marketplaces';
import { parseAmazonDate } from '../../../lib/sites/amazon/parse-date';
import { parseAmazonMoney } from '../../../lib/sites/amazon/parse-money';
import { mulberry32 } from '../extract-robustness/random-html';

/**
 * Generated, not saved: order dates and totals of every storefront in marketplaces.ts, in each UI language that
 * storefront serves (as far as the parsers claim it), written by this Node's `Intl` (CLDR) — the storefront's own
 * forms, not only the ones on the saved pages. A failure names the text and what the parser returned.
 *
 * The strings change with Node's CLDR (Node 20.20.2 = CLDR 48 when written): a new CLDR form that fails here is a
 * finding, not a flaky test. The fixed, saved per-language strings stay in parsers.test.ts.
 *
 * Evidence for the styles (public code that reads real Amazon pages):
 * - long, month name: `October 14, 2016`, `15 July 2018`, `29. Dezember 2017`, `16 de noviembre de 2018`, `29 mai 2018`
 *   (azad, src/tests/jest/date.test.ts); `Ordered on 3 November 2024` on amazon.de in English (weboob
 *   modules/amazon/de/pages.py, '%d %B %Y'); `%B %d, %Y` on amazon.com (weboob modules/amazon/pages.py).
 * - short month and a two-digit day: `09 Jun 2025` (amazon.co.uk), `04. Juni 2025` (amazon.de) (azad,
 *   src/tests/jest/transaction_unit.test.ts); `Dec 7, 2023` (parse-date.ts).
 * - `2024年12月25日` and `￥1,234` on amazon.co.jp (an amazon.co.jp order exporter's parseJapaneseDate; coffee1118/Amazontest
 *   AP17.js strips `￥` and `,` from the order total).
 * - numeric dates: no public capture of an Amazon order page printing one was found; parse-date.ts claims them
 *   (`03.11.2024`, `11/03/2024`, `13-03-2024`, Arabic `٠١/٠٧/٢٠٢٢`), so they are checked in the storefront's order only
 *   (see numericReadable).
 * Not generated: two-digit years (`3/12/24`, CLDR's dateStyle short) — every form above prints the full year, and the
 * parser needs one (a bare `12.03.24` is no date to it). Hijri dates: Amazon's order dates are Gregorian (the Arabic
 * storefronts' month names in parse-date.ts are the Gregorian يناير…ديسمبر), so `calendar: 'gregory'` is forced.
 */

/**
 * UI languages per storefront. The storefront's default (marketplaces.ts) first; then the second languages
 * parse-date.ts names (Czech and Danish on amazon.de, Hebrew/Korean/Traditional Chinese on amazon.com, amazon.in's
 * Indian languages) and the English/neighbour languages of the storefronts' language pickers.
 */
const UI_LANGUAGES: Record<string, readonly string[]> = {
  'amazon.com': ['en-US', 'es-US', 'zh-CN', 'zh-TW', 'ko-KR', 'he-IL', 'de-DE', 'pt-BR', 'ar'],
  'amazon.ca': ['en-CA', 'fr-CA'],
  'amazon.com.mx': ['es-MX', 'en-US'],
  'amazon.com.br': ['pt-BR', 'en-US'],
  'amazon.co.uk': ['en-GB'],
  'amazon.de': ['de-DE', 'en-GB', 'cs-CZ', 'da-DK', 'nl-NL', 'pl-PL', 'tr-TR'],
  'amazon.fr': ['fr-FR', 'en-GB'],
  'amazon.it': ['it-IT', 'en-GB'],
  'amazon.es': ['es-ES', 'pt-PT', 'en-GB'],
  'amazon.nl': ['nl-NL', 'en-GB'],
  'amazon.se': ['sv-SE', 'en-GB'],
  'amazon.pl': ['pl-PL', 'en-GB'],
  'amazon.com.be': ['fr-BE', 'nl-BE', 'en-GB'],
  'amazon.ie': ['en-IE'],
  'amazon.com.tr': ['tr-TR', 'en-GB'],
  'amazon.ae': ['en-AE', 'ar-AE'],
  'amazon.sa': ['ar-SA', 'en-AE'],
  'amazon.eg': ['ar-EG', 'en-AE'],
  'amazon.co.za': ['en-ZA'],
  'amazon.in': ['en-IN', 'hi-IN', 'ta-IN', 'te-IN', 'kn-IN', 'ml-IN', 'bn-IN', 'mr-IN'],
  'amazon.co.jp': ['ja-JP', 'en-US', 'zh-CN'],
  'amazon.com.au': ['en-AU'],
  'amazon.sg': ['en-SG'],
  'amazon.cn': ['zh-CN'],
};

/** The locales whose CLDR default digits are not Latin, checked in both (Latin: what amazon.in prints in Hindi). */
const NATIVE_DIGITS = new Set(['ar-SA', 'ar-EG', 'ar', 'bn-IN', 'mr-IN']);

const TEXT_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long' },
  medium: { dateStyle: 'medium' },
  dayLongMonth: { day: 'numeric', month: 'long', year: 'numeric' },
  dayShortMonth: { day: 'numeric', month: 'short', year: 'numeric' },
  twoDigitDayLongMonth: { day: '2-digit', month: 'long', year: 'numeric' },
  twoDigitDayShortMonth: { day: '2-digit', month: 'short', year: 'numeric' },
};
const NUMERIC_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  numeric: { day: 'numeric', month: 'numeric', year: 'numeric' },
  twoDigit: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

/** Every month, every day 1..31 that exists, two years each from 2005–2026 drawn with a fixed seed. */
function sampleDates(seed: number): Date[] {
  const rnd = mulberry32(seed);
  const dates: Date[] = [];
  for (let month = 0; month < 12; month++) {
    for (let day = 1; day <= 31; day++) {
      for (let k = 0; k < 2; k++) {
        const d = new Date(Date.UTC(2005 + Math.floor(rnd() * 22), month, day));
        if (d.getUTCMonth() === month) dates.push(d);
      }
    }
  }
  return dates;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const numberings = (locale: string) => (NATIVE_DIGITS.has(locale) ? ['latn', 'native'] : ['latn']);
const formatter = (locale: string, numbering: string, style: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, {
    ...style,
    timeZone: 'UTC',
    calendar: 'gregory',
    ...(numbering === 'latn' ? { numberingSystem: 'latn' } : {}),
  });

/**
 * Whether the parser can know the order of this locale's numeric date: it reads `/` and `-` dates month first only
 * when the storefront's default language is en-US, whatever the page's UI language, so a numeric date of a second
 * UI language with the other order (es-US, pt-BR, Arabic on amazon.com: day first; English on amazon.com.mx,
 * .com.br, .co.jp: month first) would be misread. Dotted (`12.03.2024`) and year-first (`2024/03/12`) dates are read
 * the same everywhere. No Amazon page printing a numeric order date in a second UI language is known (see above):
 * those combinations are left out, not fixed.
 */
function numericReadable(locale: string, storefrontLanguage: string): boolean {
  const parts = new Intl.DateTimeFormat(locale, { ...NUMERIC_STYLES.twoDigit, timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(2024, 2, 12)),
  );
  const order = parts.filter((p) => p.type !== 'literal').map((p) => p.type);
  if (order[0] === 'year') return true;
  if (parts.some((p) => p.type === 'literal' && p.value.includes('.'))) return true;
  return (order[0] === 'month') === /^en-US$/i.test(storefrontLanguage);
}

/** Whether the format writes the month as a number. */
const isNumeric = (format: Intl.DateTimeFormat) =>
  /^\p{Nd}+$/u.test(format.formatToParts(new Date(Date.UTC(2024, 2, 12))).find((p) => p.type === 'month')?.value ?? '');

describe('Amazon dates and money: every storefront and UI language, as Intl writes them', () => {
  it('covers every marketplace in marketplaces.ts, its default language first', () => {
    for (const m of AMAZON_MARKETPLACES) expect(UI_LANGUAGES[m.domain]?.[0], m.domain).toBe(m.language);
    expect(Object.keys(UI_LANGUAGES).sort()).toEqual(AMAZON_MARKETPLACES.map((m) => m.domain).sort());
  });

  describe.each(AMAZON_MARKETPLACES.map((m) => [m.domain, m] as const))('%s', (_domain, market) => {
    const languages = UI_LANGUAGES[market.domain] ?? [];

    it.each(languages)('order dates in %s', (locale) => {
      const dates = sampleDates(locale.length * 7919 + market.domain.length);
      const failures: string[] = [];
      const readable = numericReadable(locale, market.language);
      for (const numbering of numberings(locale)) {
        for (const [name, style] of Object.entries({ ...TEXT_STYLES, ...NUMERIC_STYLES })) {
          const format = formatter(locale, numbering, style);
          // Some locales' dateStyle medium is numeric too (Arabic `12/03/2024`, German `12.03.2024`).
          if (!readable && isNumeric(format)) continue;
          for (const d of dates) {
            const text = format.format(d);
            const got = parseAmazonDate(text, market.language);
            if (got !== iso(d)) failures.push(`${name}/${numbering} ${JSON.stringify(text)} → ${got} (${iso(d)})`);
          }
        }
      }
      expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
    });

    it.each(languages)('order totals in %s', (locale) => {
      const rnd = mulberry32(locale.length * 104729 + market.domain.length);
      const failures: string[] = [];
      // zh-CN's symbol for the yen is `JP¥` (amazon.co.jp's Chinese UI): no Amazon page printing it is known, so only
      // the narrow `¥` and the ISO code are checked there. Native Bengali/Devanagari digits in prices: none known on
      // amazon.in (its Hindi pages print Latin digits), so bn-IN/mr-IN totals are checked in Latin digits only.
      const displays: Intl.NumberFormatOptions['currencyDisplay'][] =
        locale.startsWith('zh') && market.currency === 'JPY'
          ? ['narrowSymbol', 'code']
          : ['symbol', 'narrowSymbol', 'code'];
      const moneyNumberings = locale.startsWith('ar') ? numberings(locale) : ['latn'];
      for (const numbering of moneyNumberings) {
        for (const currencyDisplay of displays) {
          const format = new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: market.currency,
            currencyDisplay,
            ...(numbering === 'latn' ? { numberingSystem: 'latn' } : {}),
          });
          const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
          for (let i = 0; i < 200; i++) {
            // From cents to ten million (thousands, lakh and crore separators), a fifth of them negative (refunds).
            const magnitude = 10 ** Math.floor(rnd() * 8) * rnd();
            const amount = Math.round(magnitude * 10 ** digits) / 10 ** digits;
            const value = rnd() < 0.2 && amount > 0 ? -amount : amount;
            const text = format.format(value);
            const got = parseAmazonMoney(text, market.currency);
            if (got?.amount !== value || got.currency !== market.currency) {
              failures.push(
                `${currencyDisplay}/${numbering} ${JSON.stringify(text)} → ${got?.amount} ${got?.currency}`,
              );
            }
          }
        }
      }
      expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
    });
  });
});
