import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAmazonOrderId, isAmazonOrderId, orderIdFromHref } from '../../../lib/sites/amazon/order-id';
import { normalizeForDates, parseAmazonDate } from '../../../lib/sites/amazon/parse-date';
import { parseAmazonMoney } from '../../../lib/sites/amazon/parse-money';

describe('parseAmazonDate', () => {
  it.each([
    ['December 7, 2023', 'en-US', '2023-12-07'],
    ['Ordered on Dec 7, 2023', 'en-US', '2023-12-07'],
    ['7 December 2023', 'en-GB', '2023-12-07'],
    ['3. November 2024', 'de-DE', '2024-11-03'],
    ['Bestellt am 3. Nov. 2024', 'de-DE', '2024-11-03'],
    ['4. März 2024', 'de-DE', '2024-03-04'],
    // German's other abbreviation of Februar (Duden: "Febr."), as Hungarian's "febr." in CLDR.
    ['3. Febr. 2026', 'de-DE', '2026-02-03'],
    ['1er novembre 2024', 'fr-FR', '2024-11-01'],
    ['15 août 2024', 'fr-FR', '2024-08-15'],
    ['3 novembre 2024', 'it-IT', '2024-11-03'],
    ['3 de noviembre de 2024', 'es-ES', '2024-11-03'],
    ['3 de novembro de 2024', 'pt-BR', '2024-11-03'],
    ['3 oktober 2024', 'nl-NL', '2024-10-03'],
    ['3 maj 2024', 'sv-SE', '2024-05-03'],
    ['3 października 2024', 'pl-PL', '2024-10-03'],
    ['3 Kasım 2024', 'tr-TR', '2024-11-03'],
    ['3 ŞUBAT 2024', 'tr-TR', '2024-02-03'],
    ['2024年11月3日', 'ja-JP', '2024-11-03'],
    ['下单日期 2024年1月15日', 'zh-CN', '2024-01-15'],
    ['3 نوفمبر 2024', 'ar-SA', '2024-11-03'],
    ['٣ أكتوبر ٢٠٢٤', 'ar-EG', '2024-10-03'],
    ['2024-11-03', 'en-US', '2024-11-03'],
    ['03.11.2024', 'de-DE', '2024-11-03'],
    ['11/03/2024', 'en-US', '2024-11-03'],
    ['11/03/2024', 'en-GB', '2024-03-11'],
    ['13-03-2024', 'nl-NL', '2024-03-13'],
    ['03-05-2024', 'en-US', '2024-03-05'],
    // A dotted date is day first on every storefront, spaced after its dots (Czech, `3. 11. 2024`) too: amazon.com
    // (en-US) read it month first, and `13. 3. 2024` not at all.
    ['3. 11. 2024', 'en-US', '2024-11-03'],
    ['13. 3. 2024', 'en-US', '2024-03-13'],
    ['1 juill. 2024', 'fr-CA', '2024-07-01'],
    ['3rd March 2024', 'en-GB', '2024-03-03'],
    ['03-Mar-2024', 'en-IN', '2024-03-03'],
    ['\u0660\u0661\u200f/\u0660\u0667\u200f/\u0662\u0660\u0662\u0662', 'ar-SA', '2022-07-01'],
    ['\u0663 \u0645\u0627\u0631\u0633\u060c \u0662\u0660\u0662\u0664', 'ar-EG', '2024-03-03'],
    ['\u0663 \u064a\u0648\u0646\u064a\u0647 2024', 'ar-EG', '2024-06-03'],
    ['２０２４年３月１３日', 'ja-JP', '2024-03-13'],
    ['15. ledna 2023', 'cs-CZ', '2023-01-15'],
    ['31 मार्च 2025', 'hi-IN', '2025-03-31'],
    ['29 फ़रवरी 2024', 'hi-IN', '2024-02-29'],
  ])('%s (%s) → %s', (text, language, iso) => {
    expect(parseAmazonDate(text, language)).toBe(iso);
  });

  it.each([
    'Delivered Dec 8',
    'Arriving tomorrow',
    'February 30, 2024',
    '112-0399923-3070642',
    '',
    'Order # 2024',
  ])('rejects %j', (text) => {
    expect(parseAmazonDate(text)).toBeNull();
  });

  // amazon.in's UI languages: each month of 2024, long and short, in the form CLDR 48 gives (Latin digits, as amazon.in
  // prints its Hindi dates): Tamil/Telugu/Bengali/Marathi day-month-year, Kannada month first, Malayalam year first.
  // The strings are saved (tests/fixtures/synthetic/amazon/cldr-amazon-in-dates.json), not made by this Node's Intl,
  // whose CLDR changes with its version.
  const cldr = JSON.parse(readFileSync('tests/fixtures/synthetic/amazon/cldr-amazon-in-dates.json', 'utf8')) as {
    dates: Record<string, Record<'long' | 'short', string[]>>;
    nativeDigits: Record<string, Record<'long' | 'short', string[]>>;
  };
  it.each(Object.keys(cldr.dates))('reads every month as %s writes it', (locale) => {
    for (const month of ['long', 'short'] as const) {
      cldr.dates[locale]?.[month].forEach((text, m) => {
        expect(parseAmazonDate(text, locale), text).toBe(`2024-${String(m + 1).padStart(2, '0')}-15`);
      });
    }
  });

  // Synthetic (made-up text): Hindi/Tamil words that end in a short month's letters after a vowel sign — भोजन "meal",
  // आयोजन "event" (…जन = जन॰, January), நாமே "we ourselves" (…மே = May) — are not month names.
  it.each(['भोजन 15, 2024', 'आयोजन 15 2024', 'நாமே 5 2024'])('reads no month inside a word: %j', (text) => {
    expect(parseAmazonDate(text, 'hi-IN')).toBeNull();
  });

  // Bengali and Marathi as CLDR writes them by default: in their own digits (১৫ জানুয়ারি, ২০২৪; १५ जानेवारी, २०२४).
  it.each(Object.keys(cldr.nativeDigits))('reads every month as %s writes it in its own digits', (locale) => {
    for (const month of ['long', 'short'] as const) {
      cldr.nativeDigits[locale]?.[month].forEach((text, m) => {
        expect(parseAmazonDate(text, locale), text).toBe(`2024-${String(m + 1).padStart(2, '0')}-15`);
      });
    }
  });

  // Second UI languages of amazon.com (Hebrew, Korean, Traditional Chinese) and amazon.de (Czech, Danish): the last day
  // of each month of 2024, long and medium, as CLDR 48 writes them (saved:
  // tests/fixtures/synthetic/amazon/cldr-second-ui-dates.json): `31 בינואר 2024` / `31 בינו׳ 2024`, `31. marts 2024` /
  // `31. mar. 2024`, `2024년 1월 31일` / `2024. 1. 31.`, `31. ledna 2024` / `31. 1. 2024`, `2024年1月31日`.
  const secondUi = JSON.parse(readFileSync('tests/fixtures/synthetic/amazon/cldr-second-ui-dates.json', 'utf8')) as {
    dates: Record<string, Record<'long' | 'medium', string[]>>;
    heWithoutPrefix: Record<'long' | 'short', string[]>;
  };
  // The last day of month m (0-11) of 2024, as the calendar has it (day 0 of the next month).
  const lastDay = (m: number) =>
    `2024-${String(m + 1).padStart(2, '0')}-${new Date(Date.UTC(2024, m + 1, 0)).getUTCDate()}`;
  it.each(Object.keys(secondUi.dates))('reads every month as %s writes it', (locale) => {
    for (const style of ['long', 'medium'] as const) {
      secondUi.dates[locale]?.[style].forEach((text, m) => {
        expect(parseAmazonDate(text, locale), text).toBe(lastDay(m));
      });
    }
  });
  it('reads Hebrew dates without the ב prefix, and with an apostrophe for the geresh', () => {
    for (const style of ['long', 'short'] as const) {
      secondUi.heWithoutPrefix[style].forEach((text, m) => {
        expect(parseAmazonDate(text, 'he'), text).toBe(lastDay(m));
      });
    }
    expect(parseAmazonDate("3 בנוב' 2024", 'he')).toBe('2024-11-03');
    expect(parseAmazonDate('הוזמן ב-3 בנובמבר 2024', 'he')).toBe('2024-11-03');
  });
  it.each([
    ['31 בנובמבר 2024', 'he'],
    ['30 בפבר׳ 2024', 'he'],
    ['31. april 2024', 'da'],
    ['2024. 2. 30.', 'ko'],
    ['2024년 9월 31일', 'ko'],
    ['30. února 2024', 'cs'],
    ['31. 4. 2024', 'cs'],
  ])('rejects a day the month lacks: %s (%s)', (text, language) => {
    expect(parseAmazonDate(text, language)).toBeNull();
  });
  // Synthetic (made-up text): Hebrew and Danish words that start or end like a month name are not one. מאיר (the name
  // Meir) starts with מאי (May); בינואריות is no ינואר; a Hebrew prefix other than ב ("in") — ל, ה, ו, מ, ש — before a
  // month name makes another word; martsvioler (March violets) starts with marts.
  it.each([
    '5 מאיר 2024',
    '3 בינואריות 2024',
    '3 לנובמבר 2024',
    '3 הנובמבר 2024',
    '3 ובמרץ 2024',
    '3 שמאי 2024',
    '3 ממאי 2024',
    '3 martsvioler 2024',
  ])('reads no month inside a Hebrew or Danish word: %j', (text) => {
    expect(parseAmazonDate(text, 'he')).toBeNull();
  });

  it('reads a year-first date only when no day-month-year reading is there', () => {
    expect(parseAmazonDate('2024 ജനുവരി 15')).toBe('2024-01-15');
    expect(parseAmazonDate('© 2023 December 7, 2024')).toBe('2024-12-07');
  });

  // The validity check asks a Date only past the 28th (a speed-up, 2026-11): every day of leap, century and common
  // years must still read as the calendar says.
  it('accepts exactly the days the calendar has', () => {
    for (const year of [1996, 2000, 2023, 2024, 2100]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(parseAmazonDate(iso), iso).toBe(real ? iso : null);
        }
      }
    }
  });

  // Printable ASCII skips the folding passes (a speed-up, 2026-11): its result is the full passes' one.
  it('folds printable ASCII as the full passes do', () => {
    const full = (t: string) => normalizeForDates(`${t}\u00e9`).slice(0, -1);
    for (const text of ['DEC 7, 2023', 'Ordered on Dec 7, 2023', '03-Mar-2024', ' ~!{}|', '']) {
      expect(normalizeForDates(text)).toBe(full(text));
    }
    expect(normalizeForDates('Dec\u00a07,\t2023')).toBe('dec 7,\t2023');
  });

  // A whole "Month D, YYYY" skips the general regexes (a speed-up, 2026-12): its date is theirs, which a trailing space
  // (the general path's) must read too. Month names of several storefronts, and words that are none.
  it('reads a whole month-day-year date as the general path does', () => {
    const names = [
      'January',
      'feb',
      'Sept',
      'december',
      'oktober',
      'octobre',
      'outubro',
      'ekim',
      'pazdziernika',
      'juill',
    ];
    let dates = 0;
    for (const name of [...names, 'Total', 'order', 'x']) {
      for (const day of [0, 1, 9, 10, 28, 29, 30, 31, 32, 99]) {
        for (const year of [1994, 1995, 2023, 2024, 2100, 2101]) {
          const text = `${name} ${day}, ${year}`;
          const date = parseAmazonDate(text);
          expect(date, text).toBe(parseAmazonDate(`${text} `));
          if (date) dates++;
        }
      }
    }
    expect(parseAmazonDate('Sept 30, 2024')).toBe('2024-09-30');
    expect(parseAmazonDate('October 31, 2024')).toBe('2024-10-31');
    expect(dates).toBeGreaterThan(200);
  });
});

const PRICES: [string, string, number, string][] = [
  ['$28.50', 'USD', 28.5, 'USD'],
  ['-$2.99', 'USD', -2.99, 'USD'],
  ['EUR 12,99', 'EUR', 12.99, 'EUR'],
  ['12,99 €', 'EUR', 12.99, 'EUR'],
  ['1.234,56\u00a0€', 'EUR', 1234.56, 'EUR'],
  ['1\u202f092,97 €', 'EUR', 1092.97, 'EUR'],
  ['￥1,234', 'JPY', 1234, 'JPY'],
  ['¥153.00', 'CNY', 153, 'CNY'],
  ['R$ 1.234,56', 'BRL', 1234.56, 'BRL'],
  ['1 234,56 zł', 'PLN', 1234.56, 'PLN'],
  ['1.234,56 TL', 'TRY', 1234.56, 'TRY'],
  ['1\u2009234,56 €', 'EUR', 1234.56, 'EUR'],
  ['MXN$12.34', 'MXN', 12.34, 'MXN'],
  ['E£12.34', 'EGP', 12.34, 'EGP'],
  ['\u0661\u0662\u066b\u0663\u0664 \u0631\u064a\u0627\u0644', 'SAR', 12.34, 'SAR'],
  ['\u061c-\u200f\u0663\u066b\u0660\u0660 SAR', 'SAR', -3, 'SAR'],
  // Arabic separators around ASCII digits, and Persian digits: still folded (the fold is skipped only without them).
  ['1\u066c299\u066b50 \u0631.\u0633', 'SAR', 1299.5, 'SAR'],
  ['\u06f1\u06f2.50 AED', 'AED', 12.5, 'AED'],
  ['₺1.234,56', 'TRY', 1234.56, 'TRY'],
  ['1 234,56 kr', 'SEK', 1234.56, 'SEK'],
  ['£9.99', 'GBP', 9.99, 'GBP'],
  ['CDN$ 12.34', 'CAD', 12.34, 'CAD'],
  ['$12.34', 'CAD', 12.34, 'CAD'],
  ['AED 123.45', 'AED', 123.45, 'AED'],
  ['₹1,234.00', 'INR', 1234, 'INR'],
  ['₹ 1,29,999.00', 'INR', 129999, 'INR'], // lakh grouping on amazon.in
  ['₹1,00,00,000', 'INR', 10000000, 'INR'], // one crore
  ['R$ 1.299,90', 'BRL', 1299.9, 'BRL'],
  ['1 299,00 zł', 'PLN', 1299, 'PLN'],
  ['S$45.99', 'SGD', 45.99, 'SGD'],
  ['١٢٣٫٤٥ ر.س', 'SAR', 123.45, 'SAR'],
  ['12.34', 'GBP', 12.34, 'GBP'],
  ['R 1,299.00', 'ZAR', 1299, 'ZAR'], // amazon.co.za
  ['R1 299,00', 'ZAR', 1299, 'ZAR'],
  ['Rs. 499', 'INR', 499, 'INR'],
];

describe('parseAmazonMoney', () => {
  it.each(PRICES)('%s on a %s storefront', (text, fallback, amount, currency) => {
    const money = parseAmazonMoney(text, fallback);
    expect(money?.amount).toBeCloseTo(amount, 2);
    expect(money?.currency).toBe(currency);
  });

  it('reads a lone R as rand on amazon.co.za only: elsewhere "R2" is an item\'s name', () => {
    expect(parseAmazonMoney('R 12', 'ZAR')?.currency).toBe('ZAR');
    for (const fallback of ['USD', 'BRL', 'INR', 'EUR']) {
      expect(parseAmazonMoney('R2', fallback, { requireCurrency: true }), fallback).toBeNull();
      expect(parseAmazonMoney('R 12', fallback, { requireCurrency: true }), fallback).toBeNull();
    }
    expect(parseAmazonMoney('R$ 12,00', 'ZAR')?.currency).toBe('BRL');
  });

  it('keeps the text as the page showed it', () => {
    expect(parseAmazonMoney('  EUR 12,99 ', 'EUR')).toEqual({ amount: 12.99, currency: 'EUR', text: 'EUR 12,99' });
  });

  it.each([
    'November 1, 2024',
    'Total',
    '112-0399923-3070642',
    '5 items in this order',
    'Chicago, IL 60091',
  ])('rejects %j', (text) => {
    expect(parseAmazonMoney(text, 'USD')).toBeNull();
  });

  it('rejects a bare number when a currency is required', () => {
    expect(parseAmazonMoney('60091', 'USD', { requireCurrency: true })).toBeNull();
    expect(parseAmazonMoney('$5', 'USD', { requireCurrency: true })?.amount).toBe(5);
  });

  // A required currency is looked for before the number (a speed-up, 2026-12): every symbol and code still counts.
  it.each(
    PRICES.filter(([text]) => /\D/.test(text.replace(/[.,\s\u066b\u066c]/g, ''))).map(([text, fallback]) => [
      text,
      fallback,
    ]),
  )('reads %s on a %s storefront with a currency required too', (text, fallback) => {
    expect(parseAmazonMoney(text, fallback, { requireCurrency: true })).toEqual(parseAmazonMoney(text, fallback));
  });

  // amazon.com's `$35.38` skips the number and symbol searches (a speed-up, 2026-12): amount and currency are those
  // the general path reads for the same price with a sign before it.
  it('reads a plain dollar price as the general path does', () => {
    const prices = [
      '$0.99',
      '$35.38',
      '$1,234.56',
      '$12,345,678.90',
      '$123456.78',
      '$1,23.45',
      '$1234,567.89',
      '$12.3',
    ];
    for (const fallback of ['USD', 'CAD', 'AUD', 'EUR', 'JPY']) {
      for (const text of prices) {
        const money = parseAmazonMoney(text, fallback);
        const general = parseAmazonMoney(`+${text}`, fallback);
        expect(money && { amount: money.amount, currency: money.currency }, `${text} ${fallback}`).toEqual(
          general && { amount: general.amount, currency: general.currency },
        );
        if (money) expect(money.text).toBe(text);
      }
    }
    expect(parseAmazonMoney('$1,234.56', 'CAD')).toEqual({ amount: 1234.56, currency: 'CAD', text: '$1,234.56' });
    expect(parseAmazonMoney('$1,234.56', 'EUR')?.currency).toBe('USD');
  });
});

describe('Amazon order ids', () => {
  it.each([
    '112-0399923-3070642',
    'D01-8711688-7680252',
    '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  ])('accepts %s', (id) => {
    expect(isAmazonOrderId(id)).toBe(true);
  });

  it.each([
    '000-0000000-8675309',
    '12-0399923-3070642',
    '112-0399923-307064',
    'd01-8711688-7680252',
    '3F2504E0-4F89-41D3-9A0C-0305E82C3301',
  ])('rejects %s', (id) => {
    expect(isAmazonOrderId(id)).toBe(false);
  });

  it('skips the sentinel and ids glued to longer numbers', () => {
    expect(findAmazonOrderId('x 000-0000000-8675309 then 111-6778632-7354601')).toBe('111-6778632-7354601');
    expect(findAmazonOrderId('9112-0399923-3070642')).toBeNull();
  });

  it('reads orderID/orderId from links', () => {
    expect(orderIdFromHref('/gp/css/order-details?orderID=112-5939971-8962610&ref=x')).toBe('112-5939971-8962610');
    expect(orderIdFromHref('/spr/returns/cart?orderId=112-5939971-8962610')).toBe('112-5939971-8962610');
    expect(orderIdFromHref('/x?orderId=000-0000000-8675309')).toBeNull();
    expect(orderIdFromHref('/x?token=142-6865106-8155502')).toBeNull();
  });
});
