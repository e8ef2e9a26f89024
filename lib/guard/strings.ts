import { describeType, type ScamHintKind, type SensitiveType } from '../privacy';
import { amazonMarketplaceForHost } from '../sites/amazon/marketplaces';

/** The catalogue keys the guard shows (public/_locales/{en,zh_CN}/messages.json). */
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

export type GuardLang = 'en' | 'zh_CN';

/** "bank card number, card security code (CVV)" / "银行卡号、卡片安全码(CVV)". */
export function describeTypes(types: readonly SensitiveType[], lang: GuardLang): string {
  const names = [...new Set(types)].map((t) => describeType(t, lang));
  return names.join(lang === 'zh_CN' ? '、' : ', ');
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
const SITE_NAMES: Record<GuardLang, Record<'agent' | 'site', Record<'amazon' | 'taobao' | 'any', string>>> = {
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
  return SITE_NAMES[lang][use][platform ?? 'any'];
}
