/**
 * validator ships CommonJS. Bundlers and Vitest hand us the function as the default import, but
 * Node's own ESM loader (tsx, used by the bench) hands us `{ default: fn }` for modules that also
 * export other names (isIBAN exports `locales`). This unwraps either shape.
 */
export function cjsDefault<T>(imported: T): T {
  if (typeof imported === 'function') return imported;
  return (imported as unknown as { default: T }).default;
}
