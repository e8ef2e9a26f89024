import type en from '../../public/_locales/en/messages.json';
import { type LangTag, localeTag, type UiLocale } from './locale';

export { type LangTag, localeTag, type UiLocale } from './locale';

/** Every key of the English catalogue; zh_CN must define the same keys (checked by a unit test). */
export type MessageKey = keyof typeof en;

/** The language of content (templates, advice): Chinese content is written once, in simplified characters. */
export type UiLang = 'zh_CN' | 'en';

/** Reads a UI string through `browser.i18n`, so the browser's language picks the catalogue. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The catalogue the browser picked (its `uiLang` message names it). Without one (a browser that shows no catalogue's
 * strings, the tests' fake browser), the browser's language as Chrome would pick among Kefu's catalogues.
 */
export function uiLocale(): UiLocale {
  const picked = browser.i18n.getMessage('uiLang');
  if (picked === 'zh_CN' || picked === 'zh_TW' || picked === 'zh_HK' || picked === 'en') return picked;
  const language = browser.i18n.getUILanguage().toLowerCase();
  if (/^zh-(?:hant-)?hk/.test(language)) return 'zh_HK';
  if (/^zh-(?:tw|hant)/.test(language)) return 'zh_TW';
  return language.startsWith('zh') ? 'zh_CN' : 'en';
}

/**
 * The language of the content the UI shows beside the catalogue (templates, advice, summaries): the catalogue's. An
 * English UI gets English content, not Chinese under English headings; a traditional one gets the Chinese content
 * (shown in traditional characters, see lib/i18n/hant).
 */
export function uiLang(): UiLang {
  return uiLocale() === 'en' ? 'en' : 'zh_CN';
}

/**
 * How content in `lang` is shown: Chinese in the UI's own characters (traditional in a zh_TW or zh_HK UI, which
 * lib/i18n/hant converts it to), English as it is.
 */
export function shownLocale(lang: UiLang): UiLocale {
  const ui = uiLocale();
  return lang === 'zh_CN' && (ui === 'zh_TW' || ui === 'zh_HK') ? ui : lang;
}

/**
 * The `lang` attribute of text written in one of the panel's languages, as written: the message (simplified Chinese
 * for the mainland's shops, whatever the UI). It can differ from the UI's: a Chinese message in the English panel
 * must say so, or a screen reader reads it with the English voice.
 */
export function bcp47(lang: UiLang): 'zh-CN' | 'en' {
  return lang === 'zh_CN' ? 'zh-CN' : 'en';
}

/** The `lang` attribute of content in `lang` as the panel shows it (see shownLocale): zh-TW for converted advice. */
export function shownBcp47(lang: UiLang): LangTag {
  return localeTag(shownLocale(lang));
}

/** The UI's own tag: `<html lang>`, and Intl's formats for the UI's numbers, lists and dates. */
export function uiBcp47(): LangTag {
  return localeTag(uiLocale());
}

/**
 * A message with a count, in the singular or plural form the UI language uses for it (browser.i18n has no plural
 * forms: "1 new cases"). `one` is used where the language's rules say "one" (English 1; never in Chinese, whose two
 * keys may then read alike); `substitutions` as for `t`, the count usually among them.
 */
export function tPlural(count: number, one: MessageKey, other: MessageKey, substitutions?: string | string[]): string {
  return t(new Intl.PluralRules(uiBcp47()).select(count) === 'one' ? one : other, substitutions);
}

/**
 * A count as the UI's language writes it in running text: grouped ("20,000"; "20,000" in Chinese too). A bare
 * `String(n)` showed an import of 20,000 cases as "20000".
 */
export function formatCount(count: number): string {
  return new Intl.NumberFormat(uiBcp47()).format(count);
}
