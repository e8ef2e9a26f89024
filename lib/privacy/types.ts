/** Kinds of data a shopper should never paste into a customer-service chat. */
export type SensitiveType =
  | 'payment-card'
  | 'cvv'
  | 'card-expiry'
  | 'password'
  | 'verification-code'
  | 'cn-resident-id'
  | 'id-document'
  | 'us-ssn'
  | 'iban'
  | 'bank-account'
  | 'phone'
  | 'email'
  | 'crypto-wallet';

export const SENSITIVE_TYPES: readonly SensitiveType[] = [
  'payment-card',
  'cvv',
  'card-expiry',
  'password',
  'verification-code',
  'cn-resident-id',
  'id-document',
  'us-ssn',
  'iban',
  'bank-account',
  'phone',
  'email',
  'crypto-wallet',
];

export interface SensitiveMatch {
  type: SensitiveType;
  /** [start, end) UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  /** 0..1; checksum-validated values score high, bare shapes low (Presidio-style). */
  confidence: number;
  value: string;
}

export interface FindSensitiveDataOptions {
  /** Identifiers the page told us about (order IDs, tracking numbers): never reported. */
  knownIdentifiers?: string[];
  /** Drop matches below this confidence. Default {@link DEFAULT_MIN_CONFIDENCE}. */
  minConfidence?: number;
  /** Only run these detectors (others cannot then win an overlap). Default: all. */
  types?: SensitiveType[];
}

export interface RedactOptions {
  knownIdentifiers?: string[];
  types?: SensitiveType[];
}

export type ScamHintKind =
  | 'asks-for-code'
  | 'asks-for-password'
  | 'asks-for-card'
  | 'asks-for-id'
  | 'safe-account-transfer'
  | 'off-platform';

export interface ScamHint {
  kind: ScamHintKind;
  start: number;
  end: number;
}

/**
 * Default threshold: keeps phones (0.4, Presidio's fixed phone score) and drops
 * Presidio's "very weak" SSN shapes (0.05, e.g. any bare 9-digit number).
 */
export const DEFAULT_MIN_CONFIDENCE = 0.3;

/** A detector's raw finding before overlap resolution. */
export interface Candidate extends SensitiveMatch {
  /** True when a label/context word for this type sat in the window before it. */
  hasContext: boolean;
}
