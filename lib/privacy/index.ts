export { describeType } from './describe-type';
export { findSecrets } from './find-secrets';
export { findSensitiveData } from './find-sensitive-data';
export { maskValue, redactSecrets, redactSensitiveData } from './redact';
export { sanitizeSecrets } from './sanitizer';
export { detectScamRequest } from './scam-request';
export { SECRET_TYPES } from './secret-types';
export {
  DEFAULT_MIN_CONFIDENCE,
  type FindSensitiveDataOptions,
  type RedactOptions,
  type ScamHint,
  type ScamHintKind,
  SENSITIVE_TYPES,
  type SensitiveMatch,
  type SensitiveType,
} from './types';
