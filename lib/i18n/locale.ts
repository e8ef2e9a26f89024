/**
 * The catalogue the UI is shown in. zh_TW and zh_HK are generated from zh_CN (scripts/gen-zh-hant.mjs): the same
 * Chinese, in traditional characters, as Taiwan and Hong Kong write them.
 */
export type UiLocale = 'zh_CN' | 'zh_TW' | 'zh_HK' | 'en';

export type LangTag = 'zh-CN' | 'zh-TW' | 'zh-HK' | 'en';

/** The BCP 47 tag of a locale, for `lang` attributes and Intl. No browser API: the in-page guard uses it too. */
export function localeTag(locale: UiLocale): LangTag {
  return locale === 'en' ? 'en' : (locale.replace('_', '-') as LangTag);
}
