/**
 * Order dates as Amazon prints them on each storefront, to `YYYY-MM-DD`.
 * Seen or documented forms: `December 7, 2023` / `Dec 7, 2023` (en-US), `7 December 2023` (en-GB/IN/AU),
 * `3. November 2024` / `3. Febr. 2026` (de), `1er novembre 2024` / `3 novembre 2024` (fr, it), `3 de noviembre de 2024` (es),
 * `3 de novembro de 2024` (pt-BR), `3 november 2024` (nl, sv), `3 listopada 2024` (pl, genitive),
 * `3 Kasım 2024` (tr), `2024年11月3日` (ja, zh), `2024년 11월 3일` / `2024. 11. 3.` (ko), `3 בנובמבר 2024` / `3 בנוב׳ 2024`
 * (he), `3. marts 2024` (da), `3. 11. 2024` (cs), `3 نوفمبر 2024` (ar, also with Arabic-Indic digits),
 * `2024-11-03`, `03-Mar-2024` (invoices), numeric `03.11.2024` / `11/03/2024` / `13-03-2024` (month first only
 * for en-US); Czech on amazon.de (`15. ledna 2023`) and Hindi on amazon.in (`31 मार्च 2025`) as second UI languages, and
 * amazon.in's other languages as CLDR writes them (`15 ஜனவரி, 2024`, `ಜನವರಿ 15, 2024`, `2024 ജനുവരി 15`).
 */

/** Month names per month number, space-separated: English, German, French, Italian, Spanish, Portuguese, Dutch,
 * Swedish, Polish, Turkish, Arabic, Czech and Hindi forms and the abbreviations Amazon prints (accents folded); then
 * amazon.in's other UI languages, Tamil, Telugu, Kannada, Malayalam, Bengali and Marathi, long and short, as CLDR 48
 * gives them (Node's Intl, 2026-11; its Hindi is the form seen on amazon.in); Danish `marts` and Hebrew, long and short
 * (CLDR 48: amazon.de's and amazon.com's second UI languages). */
const MONTHS: readonly string[] = [
  'january jan januar janner janvier janv gennaio gen enero ene janeiro januari styczen stycznia sty ocak oca يناير ledna जनवरी जन ஜனவரி ஜன జనవరి జన ಜನವರಿ ಜನ ജനുവരി ജനു জানুয়ারি জানু जानेवारी जाने ינואר ינו',
  'february feb febr februar fevrier fevr fev febbraio febrero fevereiro februari luty lutego lut subat sub فبراير unora फ़रवरी फ़र பிப்ரவரி பிப் ఫిబ్రవరి ఫిబ్ర ಫೆಬ್ರವರಿ ಫೆಬ್ರ ഫെബ്രുവരി ഫെബ്രു ফেব্রুয়ারি ফেব फेब्रुवारी फेब्रु פברואר פבר',
  'march mar marz mrz mars marzo marco maart mrt marzec marca mart مارس brezna मार्च மார்ச் மார் మార్చి ಮಾರ್ಚ್ മാർച്ച് മാർ মার্চ मार्च marts מרץ',
  'april apr avril avr aprile abril abr kwiecien kwietnia kwi nisan nis ابريل dubna अप्रैल ஏப்ரல் ஏப் ఏప్రిల్ ఏప్రి ಏಪ್ರಿಲ್ ಏಪ್ರಿ ഏപ്രിൽ ഏപ്രി এপ্রিল এপ্রি एप्रिल एप्रि אפריל אפר',
  'may mai maggio mag mayo maio mei maj maja mayis مايو kvetna मई மே మే ಮೇ മേയ് মে मे מאי',
  'june jun juni juin giugno giu junio junho czerwiec czerwca cze haziran haz يونيو cervna जून يونيه ஜூன் జూన్ ಜೂನ್ ജൂൺ জুন जून יוני',
  'july jul juli juillet juill juil luglio lug julio julho lipiec lipca lip temmuz tem يوليو cervence जुलाई يوليه जुल ஜூலை జులై ಜುಲೈ ജൂലൈ জুলাই জুল जुलै יולי',
  'august aug aout agosto ago augustus augusti sierpien sierpnia sie agustos agu اغسطس srpna अगस्त अग ஆகஸ்ட் ஆக ఆగస్టు ఆగ ಆಗಸ್ಟ್ ಆಗ ഓഗസ്റ്റ് ഓഗ আগস্ট আগ ऑगस्ट ऑग אוגוסט אוג',
  'september sep sept septembre settembre set septiembre setiembre setembro wrzesien wrzesnia wrz eylul eyl سبتمبر zari सितंबर सित செப்டம்பர் செப் సెప్టెంబర్ సెప్టెం ಸೆಪ್ಟೆಂಬರ್ ಸೆಪ್ಟೆಂ സെപ്റ്റംബർ സെപ്റ്റം সেপ্টেম্বর সেপ্টে सप्टेंबर सप्टें ספטמבר ספט',
  'october oct oktober okt octobre ottobre ott octubre outubro out pazdziernik pazdziernika paz ekim eki اكتوبر rijna अक्तूबर अक्टूबर अक्टू அக்டோபர் அக் అక్టోబర్ అక్టో ಅಕ್ಟೋಬರ್ ಅಕ್ಟೋ ഒക്‌ടോബർ ഒക്ടോ অক্টোবর অক্টো ऑक्टोबर ऑक्टो אוקטובר אוק',
  'november nov novembre noviembre novembro listopad listopada lis kasim kas نوفمبر listopadu नवंबर नव நவம்பர் நவ నవంబర్ నవం ನವೆಂಬರ್ ನವೆಂ നവംബർ നവം নভেম্বর নভে नोव्हेंबर नोव्हें נובמבר נוב',
  'december dec dezember dez decembre dicembre dic diciembre dezembro grudzien grudnia gru aralik ara ديسمبر prosince दिसंबर दिस டிசம்பர் டிச డిసెంబర్ డిసెం ಡಿಸೆಂಬರ್ ಡಿಸೆಂ ഡിസംബർ ഡിസം ডিসেম্বর ডিসে डिसेंबर डिसें דצמבר דצמ',
];

const MONTH_BY_NAME = new Map<string, number>();
MONTHS.forEach((names, i) => {
  // Keys in the form the page text takes after normalizeForDates (Devanagari nukta, Arabic hamza…).
  for (const name of names.split(' ')) MONTH_BY_NAME.set(normalizeForDates(name), i + 1);
});
const MONTH_ALT = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

/** `2024年11月3日`, `2024년 11월 3일`: Korean's 년 월 일 as normalizeForDates leaves them, split into jamo by NFD. */
const CJK =
  /(\d{4})\s*(?:年|\u1102\u1167\u11ab)\s*(\d{1,2})\s*(?:月|\u110b\u116f\u11af)\s*(\d{1,2})\s*(?:日|\u110b\u1175\u11af)?/;
/** `2024-11-03`, `2024/11/3`, and Korean's `2024. 11. 3.` (a space after the dot). */
const YEAR_FIRST = /(?<!\d)(\d{4})(?:[-/]|\. ?)(\d{1,2})(?:[-/]|\. ?)(\d{1,2})(?!\d)/;
/**
 * After a month name: no further letter or vowel sign (a shorter name is not the start of a longer word), then the
 * abbreviation's dot — `.`, or Hindi's `॰`, Bengali's `ঃ` and Hebrew's geresh `׳` (or `'`) in CLDR's short months
 * (`जन॰`, `সেপ্টেঃ`, `נוב׳`).
 */
const MONTH_END = "(?:[.॰ঃ׳']|(?![\\p{L}\\p{M}]))";
const DAY_MONTH_YEAR = new RegExp(
  // `15, జన 2024`: Telugu's short date has a comma after the day. `3 בנובמבר 2024`: Hebrew's month takes ב, "in".
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|º|°|o|st|nd|rd|th)?,?[\\s-]*(?:de\\s+|ב)?(${MONTH_ALT})${MONTH_END},?[\\s-]*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`,
  'u',
);
const MONTH_DAY_YEAR = new RegExp(
  // `ಜನ 15,2024`: Kannada's short date has no space after the comma. No letter or vowel sign before: `भोजन` is no `जन`.
  `(?<![\\p{L}\\p{M}])(${MONTH_ALT})${MONTH_END}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})(?!\\d)`,
  'u',
);
/** Year, month name, day: Malayalam's long date (`2024 ജനുവരി 15`). */
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})\\s+(${MONTH_ALT})${MONTH_END}\\s+(\\d{1,2})(?!\\d)`, 'u');
/** ASCII, Arabic-Indic, Persian, full-width, Devanagari or Bengali digits. */
const ANY_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f\u09e6-\u09ef]/;

/**
 * The whole text one date as amazon.com prints it (`october 31, 2024` once normalized): MONTH_DAY_YEAR would read it at
 * index 0, which no other form can start at (they start with a digit), so it is read without the costly regexes (half
 * of a list card's date parse, 2026-12).
 */
const MONTH_DAY_YEAR_ONLY = /^([a-z]+) (\d{1,2}), (\d{4})$/;
// 13.03.2024, 13/03/2024, 13-03-2024 (nl), Czech's `13. 3. 2024` (a space after the dot, both times).
const NUMERIC = /(?<!\d)(\d{1,2})(\. ?|[/-])(\d{1,2})\2(\d{4})(?!\d)/;

/**
 * Lower-case, accents and hamza marks removed, ł→l, ı→i, Arabic-Indic and full-width digits → ASCII, bidi marks
 * (RLM/LRM/ALM, isolates: Arabic storefronts put them inside numeric dates) dropped, the Arabic comma → `,`,
 * no-break and thin spaces → space. (Each of those digit blocks starts at a multiple of 16, U+0660, U+06F0 and U+FF10:
 * a digit's code modulo 16 is its value.) Also the Devanagari and Bengali digits CLDR writes Marathi and Bengali dates
 * in by default (१५ जानेवारी, २०२४; ১৫ জানুয়ারি, ২০২৪): their blocks start 6 past a multiple of 16 (U+0966, U+09E6).
 */
export function normalizeForDates(text: string): string {
  // Printable ASCII (an English date, most pieces of any page) has nothing to fold but case: the NFD pass and six
  // replaces were a fifth of a date's parse (2026-11).
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u0654\u0655\u200e\u200f\u061c\u2066-\u2069]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) % 16))
    .replace(/[\u0966-\u096f\u09e6-\u09ef]/g, (d) => String((d.charCodeAt(0) % 16) - 6))
    .replace(/\u060c/g, ',')
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1995 || year > 2100) return null;
  // 31 November and the like (a Date only past the 28th: it was a third of a date's parse, 2026-11).
  if (day > 28 && new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * The first full date (with a year) inside `text`, as `YYYY-MM-DD`, or null.
 * `language` (BCP 47, e.g. `en-US`) only decides the order of purely numeric dates.
 */
export function parseAmazonDate(text: string, language = 'en-US'): string | null {
  // No digit (ASCII or Arabic-Indic), no date: most text pieces end here without the costly regexes.
  if (!text || !ANY_DIGIT.test(text)) return null;
  const t = normalizeForDates(text);
  const us = MONTH_DAY_YEAR_ONLY.exec(t);
  // A letter run that is not a month, or no such day: the general reading decides.
  const usDate = us && isoDate(Number(us[3]), MONTH_BY_NAME.get(us[1] ?? '') ?? 0, Number(us[2]));
  if (usDate) return usDate;
  let best: { index: number; value: string } | null = null;
  const consider = (index: number, value: string | null) => {
    if (value && (!best || index < best.index)) best = { index, value };
  };
  let m = CJK.exec(t);
  if (m) consider(m.index, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = YEAR_FIRST.exec(t);
  if (m) consider(m.index, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) consider(m.index, isoDate(Number(m[3]), MONTH_BY_NAME.get(m[2] ?? '') ?? 0, Number(m[1])));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) consider(m.index, isoDate(Number(m[3]), MONTH_BY_NAME.get(m[1] ?? '') ?? 0, Number(m[2])));
  if (!best) {
    // Only when no day-month-year reading exists: "2023 December 7, 2024" is the 2024 date.
    m = YEAR_MONTH_DAY.exec(t);
    if (m) consider(m.index, isoDate(Number(m[1]), MONTH_BY_NAME.get(m[2] ?? '') ?? 0, Number(m[3])));
  }
  if (!best) {
    m = NUMERIC.exec(t);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const monthFirst = m[2]?.[0] !== '.' && /^en-US$/i.test(language); // 03/05/2024, 03-05-2024 in the US; 3. 11. 2024 not
      consider(m.index, isoDate(Number(m[4]), monthFirst ? a : b, monthFirst ? b : a));
    }
  }
  return (best as { index: number; value: string } | null)?.value ?? null;
}
