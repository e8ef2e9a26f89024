export {
  applyReplacements,
  clearField,
  editorText,
  readFieldText,
  replaceFieldText,
  type TextReplacement,
  type WatchedField,
  watchedFieldOf,
} from './field-text';
export { collectKnownIdentifiers } from './known-identifiers';
export { AMAZON_GUARD_PATHS, guardMatchPatterns, TAOBAO_GUARD_PATTERNS } from './match-patterns';
export { GUARDED_TYPES, type PrivacyGuard, type PrivacyGuardOptions, startPrivacyGuard } from './privacy-guard';
export {
  DEFAULT_GUARD_SETTINGS,
  GUARD_KINDS,
  GUARD_SETTINGS_KEY,
  type GuardKind,
  type GuardSettings,
  type GuardStorageArea,
  isGuardEnabled,
  normalizeHostname,
  parseGuardSettings,
  readGuardSettings,
  setGuardEnabledForSite,
  writeGuardSettings,
} from './settings';
export { describeTypes, type GuardLang, type GuardMessageKey, type GuardTranslate } from './strings';
export { GUARD_HOST_TAG } from './warning-view';
