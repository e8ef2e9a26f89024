import { type HantTable, hantConverter } from '../i18n/hant/convert';
import { GUARD as GUARD_ZH_HK } from '../i18n/hant/zh-hk.generated';
import { GUARD as GUARD_ZH_TW } from '../i18n/hant/zh-tw.generated';
import type { UiLocale } from '../i18n/locale';
import { describeType, type ScamHintKind, type SensitiveType } from '../privacy';
import { amazonMarketplaceForHost } from '../sites/amazon/marketplaces';

/** The catalogue keys the guard shows (public/_locales/{en,zh_CN,zh_TW,zh_HK}/messages.json). */
export type GuardMessageKey =
  | 'guardBoxLabel'
  | 'guardSensitiveTitle'
  | 'guardSensitiveFound'
  | 'guardSensitiveExplain'
  | 'guardRedact'
  | 'guardDismiss'
  | 'guardPasswordTitle'
  | 'guardPasswordExplain'
  | 'guardClear'
  | 'guardScamTitle'
  | 'guardScamExplain'
  | 'guardScamAsksCode'
  | 'guardScamAsksPassword'
  | 'guardScamAsksCard'
  | 'guardScamAsksId'
  | 'guardScamSafeAccount'
  | 'guardScamOffPlatform';

/** `browser.i18n.getMessage` in the extension; a catalogue reader in tests. */
export type GuardTranslate = (key: GuardMessageKey, substitutions?: string | string[]) => string;

/** The UI's catalogue: the guard's own words (type and site names) follow it, in traditional characters too. */
export type GuardLang = UiLocale;

// The guard's Chinese words are written in simplified characters; in a traditional UI they are converted with a
// table of just these words (scripts/gen-zh-hant.mjs, GUARD): the guard loads on every chat page.
const TRADITIONAL: Readonly<Record<'zh_TW' | 'zh_HK', HantTable>> = { zh_TW: GUARD_ZH_TW, zh_HK: GUARD_ZH_HK };
const converters = new Map<GuardLang, (text: string) => string>();

function inUiCharacters(text: string, lang: GuardLang): string {
  if (lang !== 'zh_TW' && lang !== 'zh_HK') return text;
  const convert = converters.get(lang) ?? hantConverter(TRADITIONAL[lang]);
  converters.set(lang, convert);
  return convert(text);
}

/** "bank card number, card security code (CVV)" / "银行卡号、卡片安全码(CVV)" / "銀行卡號、卡片安全碼(CVV)". */
export function describeTypes(types: readonly SensitiveType[], lang: GuardLang): string {
  const zh = lang !== 'en';
  const names = [...new Set(types)].map((t) => inUiCharacters(describeType(t, zh ? 'zh_CN' : 'en'), lang));
  return names.join(zh ? '、' : ', ');
}

const SCAM_KEYS: Record<ScamHintKind, GuardMessageKey> = {
  'asks-for-code': 'guardScamAsksCode',
  'asks-for-password': 'guardScamAsksPassword',
  'asks-for-card': 'guardScamAsksCard',
  'asks-for-id': 'guardScamAsksId',
  'safe-account-transfer': 'guardScamSafeAccount',
  'off-platform': 'guardScamOffPlatform',
};

export function scamReasonKey(kind: ScamHintKind): GuardMessageKey {
  return SCAM_KEYS[kind];
}

/** Whose customer service the page is: the warnings name it ("a real Amazon agent"), or both platforms when unknown. */
export type GuardPlatform = 'amazon' | 'taobao' | null;

/** The platform of the page the guard runs on (Tmall shops' chats are Taobao's 旺旺: one name for both). */
export function guardPlatformForHost(hostname: string): GuardPlatform {
  if (amazonMarketplaceForHost(hostname)) return 'amazon';
  if (/(^|\.)(?:taobao|tmall)\.(?:com|hk)$/i.test(hostname)) return 'taobao';
  return null;
}

/**
 * The platform's name as the warnings say it: `agent` in "a real … agent" (真正的…客服), `site` in "from the … site
 * or app" (从…官网). Unknown: every platform the guard runs on, or none where the sentence reads without one.
 */
const SITE_NAMES: Record<'en' | 'zh_CN', Record<'agent' | 'site', Record<'amazon' | 'taobao' | 'any', string>>> = {
  en: {
    agent: { amazon: 'Amazon', taobao: 'Taobao or Tmall', any: 'Amazon, Taobao or Tmall' },
    site: { amazon: 'Amazon', taobao: 'Taobao/Tmall', any: 'Amazon or Taobao/Tmall' },
  },
  zh_CN: {
    agent: { amazon: '亚马逊', taobao: '淘宝/天猫', any: '' },
    site: { amazon: '亚马逊', taobao: '淘宝/天猫', any: '亚马逊或淘宝/天猫' },
  },
};

export function guardSiteName(platform: GuardPlatform, lang: GuardLang, use: 'agent' | 'site'): string {
  return inUiCharacters(SITE_NAMES[lang === 'en' ? 'en' : 'zh_CN'][use][platform ?? 'any'], lang);
}
