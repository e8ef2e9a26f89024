import { describeType, type ScamHintKind, type SensitiveType } from '../privacy';

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
  'safe-account-transfer': 'guardScamSafeAccount',
  'off-platform': 'guardScamOffPlatform',
};

export function scamReasonKey(kind: ScamHintKind): GuardMessageKey {
  return SCAM_KEYS[kind];
}
