import { uiLang } from '@/lib/i18n';
import type { Lang } from '@/lib/templates';

/** In the panel page's own storage: synchronous, so the first render is already in the chosen language. */
const KEY = 'kefu.messageLang';

/**
 * The language messages are written in: the one the user last chose with the 中文/EN toggle, else the panel's (Chinese
 * in a traditional-Chinese panel too: the message is written in simplified characters, for the mainland's shops). A
 * shopper whose panel is English yet who writes to Taobao in Chinese chooses it once, not at every opening.
 */
export function initialMessageLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'zh_CN' || saved === 'en') return saved;
  } catch {
    // Storage refused (a browser setting): the panel's language.
  }
  return uiLang();
}

export function rememberMessageLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not remembered: the toggle still works for this opening.
  }
}
