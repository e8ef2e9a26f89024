/** `/-/` and a language (`en`, `de`), with a region for some (`zh_TW`): one path segment. */
const LANGUAGE_PREFIX = '^/-/[a-z]{2}(?:_[A-Z]{2})?';
const PREFIX_OF_PATH = new RegExp(`${LANGUAGE_PREFIX}(?=/)`);
const WHOLE_PREFIX = new RegExp(`${LANGUAGE_PREFIX}$`);

/**
 * The UI-language prefix of an Amazon page's path (`https://www.amazon.de/-/en/gp/css/order-history` → `/-/en`;
 * `/-/zh_TW/…`, `/-/de/…`), or undefined. A shopper who reads amazon.de, .fr, .es, .it or .co.jp in English gets
 * such paths (seen 2024–2025), and help pages under the same prefix open in that language
 * (`www.amazon.de/-/en/gp/help/customer/display.html?nodeId=…`, links in public docs 2025).
 * Kept apart from the help tables: the panel's first script reads it for the orders it lists.
 */
export function languagePrefixOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return PREFIX_OF_PATH.exec(new URL(url).pathname)?.[0];
  } catch {
    return undefined;
  }
}

/** Whether `prefix` is a language prefix as `languagePrefixOf` gives (anything else is ignored). */
export const isLanguagePrefix = (prefix: string | undefined): prefix is string =>
  prefix !== undefined && WHOLE_PREFIX.test(prefix);
