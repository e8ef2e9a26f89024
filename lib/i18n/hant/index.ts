import { shownLocale, type UiLang } from '..';
import { hantConverter } from './convert';

type Convert = (text: string) => string;

const loaded: { zh_TW?: Convert; zh_HK?: Convert } = {};

/**
 * Loads the conversion table of a traditional UI, a chunk of its own that an English or simplified UI never fetches
 * (the panel awaits it with its second chunk, before any content is shown). Until then forUi leaves text as written.
 */
export async function loadUiConversion(locale = shownLocale('zh_CN')): Promise<void> {
  if (locale === 'zh_TW') loaded.zh_TW ??= hantConverter((await import('./zh-tw.generated')).PANEL);
  else if (locale === 'zh_HK') loaded.zh_HK ??= hantConverter((await import('./zh-hk.generated')).PANEL);
}

/**
 * Content written in `lang` (advice, the names of problems and fields, suggestions) as the panel shows it: Chinese in
 * traditional characters in a zh_TW or zh_HK UI. Only Kefu's own content: the table holds what that needs
 * (scripts/gen-zh-hant.mjs, CONTENT), and the message, the order's facts and what the user wrote stay as written.
 */
export function forUi(text: string, lang: UiLang): string {
  const locale = shownLocale(lang);
  const convert = locale === 'zh_TW' || locale === 'zh_HK' ? loaded[locale] : undefined;
  return convert ? convert(text) : text;
}
