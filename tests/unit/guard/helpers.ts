import { readFileSync } from 'node:fs';
import {
  type GuardMessageKey,
  type GuardTranslate,
  type PrivacyGuard,
  type PrivacyGuardOptions,
  startPrivacyGuard,
} from '../../../lib/guard';
import type { UiLocale } from '../../../lib/i18n/locale';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** browser.i18n.getMessage stand-in: reads the real catalogue and fills $placeholders$ like Chrome does. */
export function catalogueTranslate(lang: UiLocale): GuardTranslate {
  const catalogue = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;
  return (key: GuardMessageKey, substitutions?: string | string[]) => {
    const entry = catalogue[key];
    if (!entry) throw new Error(`missing message ${key}`);
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}

/** The guard on `doc`, in English, run synchronously (scans wait for `flush()`; no timers, a frozen clock). */
export function guardOn(
  doc: Document,
  signal: AbortSignal,
  overrides: Partial<Omit<PrivacyGuardOptions, 'document' | 'signal'>> = {},
): PrivacyGuard {
  return startPrivacyGuard({
    document: doc,
    signal,
    translate: catalogueTranslate('en'),
    lang: 'en',
    isEnabled: () => true,
    defer: () => {},
    later: () => {},
    now: () => 0,
    ...overrides,
  });
}
