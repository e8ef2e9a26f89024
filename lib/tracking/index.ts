// Public API of the tracking-number detector. Pure: strings in, data out.
import { lookupCarrier } from './carriers';
import { interpret, normaliseCandidate, reportedConfidence } from './identify';
import type { TrackingMatch } from './types';

export { CARRIERS, type CarrierInfo } from './carriers';
export { luhn, mod7, mod10, mod37_36, s10, sumProductWithWeightingsAndModulo, validateChecksum } from './checksums';
export { type FindOptions, findTrackingNumbers } from './find-in-text';
export type { TrackingMatch } from './types';

/**
 * What one string is, without surrounding text: the best reading or null. A number that fits a format but
 * fails its check digit is returned with `checksumValid: false` and a low confidence (a typo is the usual
 * cause); all-digit Chinese waybills are only guessed, with a low confidence, unless `carrierHint` names the
 * carrier ("中通快递", "UPS", …).
 */
export function identifyTrackingNumber(
  candidate: string,
  options: { carrierHint?: string; chinese?: boolean } = {},
): TrackingMatch | null {
  const hint = options.carrierHint ? lookupCarrier(options.carrierHint) : null;
  // `chinese`: the number comes from a Chinese shop page, so all-digit numbers read as domestic waybills first.
  const chinese = options.chinese ?? hint?.chinese ?? false;
  let number = normaliseCandidate(candidate);
  let list = interpret(number, { carrierHint: hint, chinese });
  if (list.length === 0 && number.includes('-')) {
    number = number.replace(/-/g, '');
    list = interpret(number, { carrierHint: hint, chinese });
  }
  const best = list[0];
  if (!best) return null;
  const { kind: _kind, standalone: _standalone, ...rest } = best;
  const match: TrackingMatch = {
    ...rest,
    confidence: reportedConfidence(best.confidence),
    start: 0,
    end: candidate.length,
  };
  for (const k of Object.keys(match) as (keyof TrackingMatch)[]) if (match[k] === undefined) delete match[k];
  return match;
}

/** Canonical carrier for a name as a shop page writes it ("中通快递", "DHL Express", "Amazon Logistics"…). */
export function carrierFromName(name: string): { carrier: string; carrierZh?: string } | null {
  const info = lookupCarrier(name);
  if (!info) return null;
  return info.carrierZh ? { carrier: info.carrier, carrierZh: info.carrierZh } : { carrier: info.carrier };
}
