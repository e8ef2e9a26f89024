import type en from '../../public/_locales/en/messages.json';

/** Every key of the English catalogue; zh_CN must define the same keys (checked by a unit test). */
export type MessageKey = keyof typeof en;

export type UiLang = 'zh_CN' | 'en';

/** Reads a UI string through `browser.i18n`, so the browser's language picks the catalogue. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language the UI is shown in, for content that is not in the catalogue (templates, summaries): the catalogue the
 * browser picked says which. A zh-TW browser gets the English catalogue (there is no zh_TW one), and its content must
 * then be English too, not Chinese under English headings.
 */
export function uiLang(): UiLang {
  const picked = browser.i18n.getMessage('uiLang');
  if (picked === 'zh_CN' || picked === 'en') return picked;
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/**
 * The `lang` attribute of content in one of the panel's languages. The message language can differ from the UI's:
 * a Chinese message in the English panel must say so, or a screen reader reads it with the English voice.
 */
export function bcp47(lang: UiLang): 'zh-CN' | 'en' {
  return lang === 'zh_CN' ? 'zh-CN' : 'en';
}

/**
 * A message with a count, in the singular or plural form the UI language uses for it (browser.i18n has no plural
 * forms: "1 new cases"). `one` is used where the language's rules say "one" (English 1; never in Chinese, whose two
 * keys may then read alike); `substitutions` as for `t`, the count usually among them.
 */
export function tPlural(count: number, one: MessageKey, other: MessageKey, substitutions?: string | string[]): string {
  return t(new Intl.PluralRules(bcp47(uiLang())).select(count) === 'one' ? one : other, substitutions);
}
