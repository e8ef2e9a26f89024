// Interprets one normalised candidate: which carrier/format it can be, ranked. Shared by identifyTrackingNumber
// (no context) and findTrackingNumbers (with label / carrier-word context).
import { CARRIER_BY_CODE, type CarrierInfo, lookupCarrier } from './carriers';
import {
  CHINESE_NUMERIC,
  CHINESE_PREFIXED,
  type ChineseFormat,
  isPlausibleChineseWaybill,
  matchChineseNumeric,
  matchChinesePrefixed,
} from './chinese-formats';
import { type FormatMatch, matchCourierFormats } from './courier-formats';
import { COURIER_FORMATS } from './data/couriers.generated';
import { alwaysExcluded } from './exclusions';
import type { TrackingMatch } from './types';

export type InterpretationKind = 'dataset' | 'cn-prefixed' | 'cn-numeric' | 'carrier-word' | 'unknown';

export type Interpretation = Omit<TrackingMatch, 'start' | 'end'> & {
  kind: InterpretationKind;
  /** Safe to report without any label or carrier word next to it. */
  standalone: boolean;
  /**
   * A carrier-word reading of a carrier whose formats we know and the number fits none of them: a hotline, SKU or
   * ASIN beside the carrier's name rather than its tracking number, unless a label says otherwise.
   */
  offFormat?: boolean;
  /** An all-digit dataset reading whose service/country code is not in the format's table (fits by accident). */
  unknownCode?: boolean;
};

export type InterpretContext = {
  /** Carrier named next to the number (or by the caller). */
  carrierHint?: CarrierInfo | null;
  /** The number sits in Chinese text or after a Chinese label: Chinese formats are the likelier reading. */
  chinese?: boolean;
};

/**
 * Carriers whose published formats leave out parcel numbers they print every day (DHL Paket's 12/20-digit numbers,
 * DPD's 14-digit parcel numbers without their check letter): their name beside an unknown shape still counts.
 */
const FORMATS_INCOMPLETE = new Set(['dhl', 'dpd']);

/**
 * Carrier codes whose formats (dataset or Chinese rules) cover every number they print: a number beside their
 * name that fits none of them is off-format.
 */
const CARRIERS_WITH_FORMATS = new Set<string>(
  [
    ...COURIER_FORMATS.map((f) => f.courierCode),
    ...CHINESE_PREFIXED.map((f) => f.code),
    ...CHINESE_NUMERIC.map((f) => f.code),
  ].filter((code) => !FORMATS_INCOMPLETE.has(code)),
);

// Dataset formats that match too much on their own: "any 14 digits", "letter + 10 digits", "3 letters + 9
// digits", or a 1-in-7 check digit. They need a label or the carrier's name next to them.
// UPS Waybill ("ups_1": one letter + 10 digits, 1-in-10 check) looks like any product code.
const WEAK_FORMATS = new Set(['amazon_international', 'purolator_alpha', 'dhl_ecommerce_14', 'dhl_express', 'ups_1']);
// DHL E-Commerce is a 2-letter country-ish prefix + 10-39 characters: short ones read like model numbers.
const MIN_STANDALONE_LENGTH: Record<string, number> = { dhl_ecommerce: 16 };

/**
 * Rough information content of a pattern's fixed parts: a literal counts 1, a narrowed class ([0-5], [AFC])
 * a fraction, [0-9] nothing. Breaks ties between formats whose check digits both fit: "1Z…" beats "[0-9]{12}",
 * "[0-5][0-9]{11}" (Purolator) beats "[0-9]{12}" (FedEx Express 12).
 */
function literalCount(pattern: string): number {
  let score = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\') i += 1;
    else if (c === '[') {
      const close = pattern.indexOf(']', i);
      const body = pattern.slice(i + 1, close);
      let size = 0;
      for (const r of body.matchAll(/(.)-(.)|(.)/g)) {
        size += r[3] !== undefined ? 1 : (r[2] ?? '').charCodeAt(0) - (r[1] ?? '').charCodeAt(0) + 1;
      }
      const alphabet = /[A-Z]/.test(body) ? 36 : 10;
      score += Math.max(0, 1 - Math.log(Math.max(size, 1)) / Math.log(alphabet));
      i = close;
    } else if (c === '{') i = pattern.indexOf('}', i);
    else if (c === '<') i = pattern.indexOf('>', i);
    else if (/[A-Z0-9]/.test(c)) score += 1;
  }
  return score;
}
const literalCache = new Map<string, number>();
function specificity(pattern: string): number {
  let n = literalCache.get(pattern);
  if (n === undefined) {
    n = literalCount(pattern);
    literalCache.set(pattern, n);
  }
  return n;
}

function fillUrl(template: string | undefined, number: string): string | undefined {
  return template ? template.replace('%s', encodeURIComponent(number)) : undefined;
}

function chineseUrl(info: CarrierInfo | undefined, number: string): string | undefined {
  return info?.kd100
    ? `https://www.kuaidi100.com/chaxun?com=${info.kd100}&nu=${encodeURIComponent(number)}`
    : undefined;
}

function fromDataset(number: string, m: FormatMatch, ctx: InterpretContext): Interpretation & { rank: number } {
  const f = m.format;
  const hasLetters = /[A-Z]/.test(number);
  let carrier = f.carrier;
  let carrierZh = f.carrierZh;
  let code = f.courierCode;
  // S10 numbers name their issuing post office; China Post's EMS items are shown as "EMS" on Chinese shops.
  const operator = m.lookups.Courier;
  if (operator) {
    carrier = operator;
    if (number.endsWith('CN')) {
      const zh = CARRIER_BY_CODE.get(number.startsWith('E') ? 'ems' : 'china_post');
      if (zh) {
        carrier = zh.carrier;
        carrierZh = zh.carrierZh;
      }
    }
  }
  const weak = WEAK_FORMATS.has(f.id);
  // Weak formats need context to be reported (`standalone`); as a reading of a number already in hand, a weak
  // all-digit format is still the less likely one, but a weak letter format ("3 letters + 9 digits") is as good
  // as any other unchecked letter format (Purolator's JFV247545960 vs DHL's piece ids, J + 2-3 letters + digits).
  const weakReading = weak && !hasLetters;
  let confidence: number;
  if (m.checksumValid === true) confidence = weakReading ? 0.45 : hasLetters ? 0.8 : 0.65;
  else if (m.checksumValid === null) confidence = weakReading ? 0.25 : hasLetters ? 0.6 : 0.35;
  else confidence = 0.12;
  const hintInfo = ctx.carrierHint;
  const agrees =
    !!hintInfo &&
    (hintInfo.code === code || hintInfo.carrier === carrier || lookupCarrier(carrier)?.code === hintInfo.code);
  // In Chinese text an all-digit number is far more often a domestic waybill than, say, a FedEx Ground number
  // whose 1-in-10 check digit happened to fit — unless that carrier is named beside it ("DHL 运单号：…").
  if (ctx.chinese && !hasLetters && !agrees) confidence -= 0.35;
  // An all-digit number with a service or country code the format does not know fits by accident.
  const unknownCode = !hasLetters && m.enumerationsMissed > 0;
  if (unknownCode) confidence -= 0.3;
  if (hintInfo) {
    // An all-digit number whose check digit fits by chance (1 in 7-10) loses to the carrier named beside it.
    confidence += agrees ? 0.15 : hasLetters ? -0.1 : -0.35;
  }
  const standalone =
    !weak &&
    !unknownCode &&
    number.length >= (MIN_STANDALONE_LENGTH[f.id] ?? 0) &&
    ((hasLetters && m.checksumValid !== false) || (!hasLetters && m.checksumValid === true && number.length >= 20));
  const serviceType = m.lookups['Service Type'] ?? m.lookups['Container Type'] ?? m.lookups['Application Identifier'];
  if (operator) code = 's10';
  return {
    number,
    carrier,
    carrierZh,
    service: f.service,
    checksumValid: m.checksumValid,
    confidence,
    trackingUrl: fillUrl(f.trackingUrl, number),
    courierCode: code,
    formatId: f.id,
    serviceType,
    kind: 'dataset',
    standalone,
    ...(unknownCode ? { unknownCode } : {}),
    // A fixed length says more than a range: "[A-Z]{3}[0-9]{9}" (exactly 12) beats "J[A-Z]{2,3}[0-9]{9,10}".
    rank: specificity(f.pattern) - Math.log2(f.maxLength - f.minLength + 1),
  };
}

function fromChinese(number: string, f: ChineseFormat, base: number, alternatives: string[]): Interpretation {
  const info = CARRIER_BY_CODE.get(f.code);
  return {
    number,
    carrier: info?.carrier ?? f.code,
    carrierZh: info?.carrierZh,
    service: f.service,
    checksumValid: null,
    confidence: base,
    trackingUrl: chineseUrl(info, number),
    courierCode: f.code,
    formatId: f.id,
    alternatives: alternatives.length ? alternatives : undefined,
    kind: f.strength === 'prefixed' ? 'cn-prefixed' : 'cn-numeric',
    standalone: f.strength === 'prefixed',
  };
}

/**
 * Every plausible reading of `number`, best first. Empty when the candidate is excluded (phone, PRC ID, …)
 * or fits nothing. `number` must already be normalised (upper-case, no whitespace).
 */
export function interpret(number: string, ctx: InterpretContext = {}): Interpretation[] {
  if (number.length < 8 || number.length > 64 || !/\d/.test(number) || alwaysExcluded(number)) return [];
  const out: (Interpretation & { rank?: number })[] = [];
  for (const m of matchCourierFormats(number)) {
    if (!m.lookupsOk) continue;
    out.push(fromDataset(number, m, ctx));
  }
  const hint = ctx.carrierHint ?? null;
  const prefixed = matchChinesePrefixed(number);
  if (prefixed) {
    const agrees = hint ? hint.code === prefixed.code : false;
    out.push(fromChinese(number, prefixed, 0.6 + (agrees ? 0.15 : hint ? -0.1 : 0), []));
  } else if (/^\d+$/.test(number)) {
    const numeric = matchChineseNumeric(number);
    const codes = [...new Set(numeric.map((f) => f.code))];
    const names = codes.map((c) => CARRIER_BY_CODE.get(c)?.carrier ?? c);
    const hinted = hint ? numeric.find((f) => f.code === hint.code) : undefined;
    const unhinted = numeric.filter((f) => !f.onlyWhenNamed);
    if (hinted) {
      out.push(
        fromChinese(
          number,
          hinted,
          0.4,
          names.filter((n) => n !== hint?.carrier),
        ),
      );
    } else if (unhinted.length) {
      const first = unhinted[0] as ChineseFormat;
      const strictCodes = new Set(unhinted.filter((f) => f.strength === 'strict').map((f) => f.code));
      // One strict rule → a fair guess; several carriers or loose rules only → a weak one. Both stay below the
      // weakest dataset reading: without context the dataset's (international) formats take precedence.
      const base = strictCodes.size === 1 && first.strength === 'strict' ? 0.22 : 0.15;
      out.push(fromChinese(number, first, base + (ctx.chinese ? 0.1 : 0) - (hint ? 0.1 : 0), names.slice(1)));
    }
  }
  // A carrier named next to the number vouches for it even when we know no format for that carrier (Yamato,
  // GLS, a Chinese carrier with an unpublished format…).
  if (hint && !out.some((i) => i.courierCode === hint.code || i.carrier === hint.carrier)) {
    if (hint.chinese ? isPlausibleChineseWaybill(number) : /^[A-Z0-9]{8,35}$/.test(number)) {
      out.push({
        number,
        carrier: hint.carrier,
        carrierZh: hint.carrierZh,
        service: `${hint.carrier} (format not checked)`,
        checksumValid: null,
        confidence: 0.35,
        trackingUrl: hint.chinese ? chineseUrl(hint, number) : undefined,
        courierCode: hint.code,
        kind: 'carrier-word',
        standalone: false,
        offFormat: CARRIERS_WITH_FORMATS.has(hint.code),
      });
    }
  }
  out.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      // Checksum-valid beats no-checksum beats failed at equal confidence.
      Number(b.checksumValid === true) - Number(a.checksumValid === true) ||
      (b.rank ?? 0) - (a.rank ?? 0),
  );
  return out.map(({ rank: _rank, ...rest }) => rest as Interpretation);
}

/**
 * A confidence as the public API reports it: within 0.05..0.99, rounded to hundredths. The penalties of the weakest
 * readings (failed check digit, unknown service code, a Chinese page, another carrier named beside the number) add up
 * to less than zero; the ranking uses the raw sum, but a caller comparing with a threshold needs the documented 0..1.
 */
export function reportedConfidence(raw: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, raw)) * 100) / 100;
}

export function normaliseCandidate(candidate: string): string {
  return candidate
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .toUpperCase();
}
