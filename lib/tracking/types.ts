/** One tracking number found in text, or the answer for one candidate string. */
export type TrackingMatch = {
  /** Normalised: whitespace removed, upper-case. */
  number: string;
  /** English carrier name, e.g. "UPS", "ZTO Express"; "Unknown" when only a label says it is a tracking number. */
  carrier: string;
  /** Format / service, e.g. "UPS", "USPS IMpb N", "ZTO waybill (14 digits)". */
  service: string;
  /** true/false when the format has a check digit, null when it has none (most Chinese formats). */
  checksumValid: boolean | null;
  /** Offsets in the input text (end exclusive); 0 and candidate.length for identifyTrackingNumber. */
  start: number;
  end: number;
  /** 0..1: checksum validity + label/carrier proximity + how specific the format is. */
  confidence: number;
  trackingUrl?: string;
  /** Chinese name for Chinese carriers, e.g. "中通快递". */
  carrierZh?: string;
  /** Stable carrier code: the dataset's courier_code ("ups", "s10", …) or ours for Chinese carriers ("zto", …). */
  courierCode?: string;
  /** Dataset format id, e.g. "ups", "usps_impb_n", "cn_zto_14". */
  formatId?: string;
  /** Service type read from the number where the dataset has a lookup (e.g. "UPS United States Ground"). */
  serviceType?: string;
  /** Other carriers the same number could belong to (numeric Chinese formats overlap). */
  alternatives?: string[];
};

/** Checksum rule as the dataset writes it (snake_case keys kept so the generated data stays a plain copy). */
export type ChecksumRule = {
  name: string;
  modulo?: number;
  evens_multiplier?: number;
  odds_multiplier?: number;
  reverse?: boolean;
  weightings?: number[];
  modulo1?: number;
  modulo2?: number;
  alphabet?: string;
};

export type LookupRow = { name: string; matches?: string; matchesRegex?: string; description?: string };

/** One tracking-number format from tracking_number_data, as emitted by scripts/gen-tracking-data.mjs. */
export type CourierFormatData = {
  id: string;
  courierCode: string;
  carrier: string;
  carrierZh?: string;
  service: string;
  /** JS regex source for the normalised number, without anchors. */
  pattern: string;
  minLength: number;
  maxLength: number;
  checksum?: ChecksumRule;
  prependIf?: { matchesRegex: string; content: string };
  /** Names of `additional` lookups that must find a row (S10: the operator must exist). */
  requiredLookups?: string[];
  trackingUrl?: string;
  additional?: { name: string; group: string; lookup: LookupRow[] }[];
};
