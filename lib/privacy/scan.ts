import { detectCnResidentIds } from './detectors/cn-resident-id';
import { detectCryptoWallets } from './detectors/crypto-wallet';
import { detectIbans } from './detectors/iban';
import { detectLabelledSecretsOfTypes, LABELLED_TYPES } from './detectors/labelled-secrets';
import { detectPaymentCards } from './detectors/payment-card';
import { detectUsSsns } from './detectors/us-ssn';
import { type Detector, ScanContext } from './scan-context';
import {
  type Candidate,
  DEFAULT_MIN_CONFIDENCE,
  type FindSensitiveDataOptions,
  SENSITIVE_TYPES,
  type SensitiveMatch,
  type SensitiveType,
} from './types';

export type DetectorTable = ReadonlyArray<[SensitiveType, Detector]>;

/**
 * The detectors every scan runs, in order. Phones and e-mails are added by `find-sensitive-data-all.ts`: the
 * phone detector carries libphonenumber's metadata (~40 KB gzipped), which the in-page guard never needs.
 */
export const SECRET_DETECTORS: DetectorTable = [
  ['payment-card', detectPaymentCards],
  ['cn-resident-id', detectCnResidentIds],
  ['us-ssn', detectUsSsns],
  ['iban', detectIbans],
  ['crypto-wallet', detectCryptoWallets],
];

/** Tie-break when two overlapping findings score the same: the more specific/dangerous type wins. */
const PRIORITY: readonly SensitiveType[] = [
  'cvv',
  'verification-code',
  'password',
  'card-expiry',
  'iban',
  'cn-resident-id',
  'id-document',
  'payment-card',
  'crypto-wallet',
  'bank-account',
  'us-ssn',
  'email',
  'phone',
];

/**
 * Amazon order IDs: never a card, phone or SSN. The first character is a digit, or a capital letter as in D01- digital
 * orders (azad's orderIdRegExp takes any [A-Z0-9]): "L55-6569981-8413230" without it reads as a 16-digit card.
 * Matched on ctx.narrowText with the full-width hyphen too: an order ID typed with a full-width IME
 * (００２－７２０７８７６－５５４７４０２) is still one, and the phone detector reads such digits.
 */
const AMAZON_ORDER_ID = /(?<![\dA-Za-z])[A-Z\d]\d{2}[-\uff0d]\d{7}[-\uff0d]\d{7}(?!\d)/g;

/** Types whose values are bare numbers, i.e. the ones an order/tracking number can be mistaken for. */
const NUMBER_TYPES = new Set<SensitiveType>([
  'payment-card',
  'cn-resident-id',
  'us-ssn',
  'bank-account',
  'phone',
  'iban',
]);

/**
 * Where the text shows an order number: Amazon order IDs (overlap enough to rule a finding out: their shape is fixed
 * and no secret is written that way), and the identifiers the page named (`known`). A named identifier rules out only
 * a finding it covers whole: the page (or a link's query) names it, so a short one must not shield a longer number it
 * is part of — a "known" `622202` (a bank's card prefix) would otherwise silence every card that starts with it.
 */
function protectedRanges(
  ctx: ScanContext,
  knownIdentifiers: readonly string[],
): { orderIds: Array<[number, number]>; known: Array<[number, number]> } {
  const { text } = ctx;
  const orderIds: Array<[number, number]> = [];
  const known: Array<[number, number]> = [];
  const narrowed = ctx.narrowText;
  AMAZON_ORDER_ID.lastIndex = 0;
  for (let m = AMAZON_ORDER_ID.exec(narrowed); m; m = AMAZON_ORDER_ID.exec(narrowed)) {
    orderIds.push([m.index, m.index + m[0].length]);
  }
  for (const id of knownIdentifiers) {
    const trimmed = id.trim();
    if (trimmed.length < 4) continue;
    for (let at = text.indexOf(trimmed); at >= 0; at = text.indexOf(trimmed, at + trimmed.length)) {
      known.push([at, at + trimmed.length]);
    }
  }
  // The same identifier written with other spacing ("4111 1111 …" vs "41111111…"): compare digits.
  const knownDigitIds = knownIdentifiers.map((id) => id.replace(/\D/g, '')).filter((d) => d.length >= 6);
  if (knownDigitIds.length) {
    for (const run of ctx.runs) {
      if (run.end - run.start < 6) continue;
      const digits = narrowed.slice(run.start, run.end).replace(/\D/g, '');
      for (const id of knownDigitIds) {
        const at = digits.indexOf(id);
        if (at < 0) continue;
        known.push([
          positionOfDigit(narrowed, run.start, at),
          positionOfDigit(narrowed, run.start, at + id.length - 1) + 1,
        ]);
      }
    }
  }
  return { orderIds, known };
}

/**
 * Whether one known identifier spans every digit of the candidate (the separators, a check letter or a label around
 * them may lie outside it). One, not several together: pieces named apart do not add up to a number the page showed.
 */
function isKnown(narrowText: string, c: Candidate, known: ReadonlyArray<[number, number]>): boolean {
  let first = -1;
  let last = -1;
  for (let i = c.start; i < c.end; i++) {
    const code = narrowText.charCodeAt(i);
    if (code < 48 || code > 57) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first >= 0 && known.some(([s, e]) => s <= first && last < e);
}

/** Offset in `text` of the n-th (0-based) digit at or after `from`. */
function positionOfDigit(text: string, from: number, n: number): number {
  let seen = -1;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++seen === n) return i;
  }
  return text.length;
}

function knownDigitStrings(knownIdentifiers: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of knownIdentifiers) {
    const digits = id.replace(/[\s-]/g, '');
    if (digits.length >= 6) out.add(digits.toUpperCase());
  }
  return out;
}

/** Per-character occupancy: keeps overlap checks linear when a 100 KB paste yields thousands of hits. */
class Occupancy {
  private readonly cells: Uint8Array;
  constructor(length: number) {
    this.cells = new Uint8Array(length);
  }
  mark(start: number, end: number): void {
    this.cells.fill(1, start, end);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.cells[i]) return true;
    return false;
  }
}

/**
 * Scans free text with the given detectors (plus the labelled secrets: CVV, expiry, passwords, codes, bank
 * accounts). Sorted by start, non-overlapping (higher confidence wins).
 */
export function scanWith(
  detectors: DetectorTable,
  text: string,
  options: FindSensitiveDataOptions = {},
): SensitiveMatch[] {
  if (text.length === 0) return [];
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const wanted = new Set<SensitiveType>(options.types ?? SENSITIVE_TYPES);
  const knownIdentifiers = options.knownIdentifiers ?? [];
  const ctx = new ScanContext(text);

  const protectedCells = new Occupancy(text.length);
  const ranges = protectedRanges(ctx, knownIdentifiers);
  for (const [s, e] of ranges.orderIds) protectedCells.mark(s, e);
  for (const [s, e] of [...ranges.orderIds, ...ranges.known]) ctx.claim(s, e);

  // Detectors run in table order; phones come after the checksum-validated types so the
  // (costly) phone pass can skip what a card/IBAN/ID already claimed.
  const candidates: Candidate[] = [];
  for (const [type, detect] of detectors) {
    if (!wanted.has(type)) continue;
    for (const c of detect(ctx)) {
      candidates.push(c);
      if (c.confidence >= 0.85 && c.confidence >= minConfidence) ctx.claim(c.start, c.end);
    }
  }
  if (LABELLED_TYPES.some((t) => wanted.has(t))) candidates.push(...detectLabelledSecretsOfTypes(ctx, wanted));

  const knownDigits = knownDigitStrings(knownIdentifiers);
  const kept = candidates.filter(
    (c) =>
      c.confidence >= minConfidence &&
      c.confidence > 0 &&
      !(
        NUMBER_TYPES.has(c.type) &&
        (protectedCells.overlaps(c.start, c.end) || isKnown(ctx.narrowText, c, ranges.known))
      ) &&
      !knownDigits.has(c.value.replace(/[\s-]/g, '').toUpperCase()),
  );

  kept.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      Number(b.hasContext) - Number(a.hasContext) ||
      PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const accepted: SensitiveMatch[] = [];
  const taken = new Occupancy(text.length);
  for (const c of kept) {
    if (taken.overlaps(c.start, c.end)) continue;
    taken.mark(c.start, c.end);
    accepted.push({ type: c.type, start: c.start, end: c.end, confidence: c.confidence, value: c.value });
  }
  return accepted.sort((a, b) => a.start - b.start);
}
