import type en from '../../public/_locales/en/messages.json';

/** Every key of the English catalogue; zh_CN must define the same keys (checked by a unit test). */
export type MessageKey = keyof typeof en;

export type UiLang = 'zh_CN' | 'en';

/** Reads a UI string through `browser.i18n`, so the browser's language picks the catalogue. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language the UI is shown in, for content that is not in the catalogue (templates, summaries). */
export function uiLang(): UiLang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}
