import isLuhnNumberImport from 'validator/lib/isLuhnNumber';
import { cjsDefault } from '../cjs-interop';
import type { DigitRun } from '../digit-runs';
import type { Detector, ScanContext } from '../scan-context';
import type { Candidate } from '../types';

const isLuhnNumber = cjsDefault(isLuhnNumberImport);

export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'unionpay'
  | 'jcb'
  | 'discover'
  | 'diners'
  | 'maestro'
  | 'mir'
  | 'troy'
  | 'uatp';

/**
 * IIN (first digits) → brand and allowed lengths. Hand-written rather than validator's
 * isCreditCard: that one has no Maestro/UATP/Mir, caps UnionPay at 16 digits and its Mastercard
 * pattern is unanchored (`^5[1-5][0-9]{2}|…`), and it only answers for a whole string.
 * Order matters: the first brand whose prefix and length fit wins.
 */
const IIN_TABLE: ReadonlyArray<{ brand: CardBrand; test: (d: string) => boolean; lengths: readonly number[] }> = [
  { brand: 'amex', test: (d) => /^3[47]/.test(d), lengths: [15] },
  { brand: 'visa', test: (d) => d[0] === '4', lengths: [13, 16, 19] },
  {
    brand: 'mastercard',
    test: (d) => {
      const p4 = Number(d.slice(0, 4));
      return /^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720);
    },
    lengths: [16],
  },
  {
    brand: 'discover',
    test: (d) => {
      const p6 = Number(d.slice(0, 6));
      return /^(6011|64[4-9]|65)/.test(d) || (p6 >= 622126 && p6 <= 622925);
    },
    lengths: [16, 17, 18, 19],
  },
  { brand: 'unionpay', test: (d) => /^(62|81)/.test(d), lengths: [16, 17, 18, 19] },
  {
    brand: 'jcb',
    test: (d) => {
      const p4 = Number(d.slice(0, 4));
      return p4 >= 3528 && p4 <= 3589;
    },
    lengths: [16, 17, 18, 19],
  },
  { brand: 'diners', test: (d) => /^(30[0-5]|3095|36|38|39)/.test(d), lengths: [14, 15, 16, 17, 18, 19] },
  { brand: 'mir', test: (d) => /^220[0-4]/.test(d), lengths: [16, 17, 18, 19] },
  // Troy, Turkey's domestic scheme (amazon.com.tr's shoppers carry it): 9792, 16 digits. Its other range, 65, reads as
  // Discover.
  { brand: 'troy', test: (d) => d.startsWith('9792'), lengths: [16] },
  // Maestro kept broad (50, 56–58, 6x incl. 67 UK Maestro / Dankort 5019) as the card networks do.
  { brand: 'maestro', test: (d) => /^(50|5[6-8]|6)/.test(d), lengths: [13, 14, 15, 16, 17, 18, 19] },
  // UATP airline cards: Presidio's vectors include one ("122000000000003").
  { brand: 'uatp', test: (d) => d[0] === '1', lengths: [15] },
];

export function cardBrand(digits: string): CardBrand | null {
  for (const row of IIN_TABLE) if (row.test(digits) && row.lengths.includes(digits.length)) return row.brand;
  return null;
}

/** Luhn + a known IIN range and length. */
export function isPaymentCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && cardBrand(digits) !== null && isLuhnNumber(digits);
}

/**
 * Presidio scores a validated card 1.0. A 17–19 digit one shares its length with Taobao order numbers (19 digits,
 * starting 1–4 in 2016–2025) and PRC IDs, and one in ten of those passes Luhn: on its own it counts only in the ranges
 * that issue long cards here (UnionPay 62/81, Maestro, Discover), a little lower; a 19-digit "Visa", JCB, Diners or
 * Mir needs a card word nearby (the context boost lifts it over the threshold).
 */
function cardScore(digits: string): number {
  const brand = cardBrand(digits);
  // UATP (1 + 14 digits) is also the shape of a legacy 15-digit PRC ID of Beijing…Inner Mongolia (11-15): on its
  // own, half a card; a card word lifts it, an ID label lets the ID win.
  if (brand === 'uatp') return 0.5;
  if (digits.length <= 16) return 1;
  return brand === 'unionpay' || brand === 'maestro' || brand === 'discover' ? 0.85 : 0.2;
}

/**
 * A 17–19-digit card of the other brands with a card word before it ("my card number is 4808 1077 8887 0316 324"):
 * the word settles what the length left open. Scored as the long cards of the ranges that issue them, so it also wins
 * over a phone read from its last groups under the phone word "number" (0.75 with that word), and over an account
 * number after 银行卡号 (0.8), which it is too.
 */
const LONG_CARD_WITH_WORD_SCORE = 0.85;

/**
 * A 13-digit "Visa" (no longer issued) or 13–15-digit "Maestro" (any 6…) typed in one piece is the shape of a Chinese
 * waybill: one Yunda number in nine (13 digits, 43…) and one Cainiao number in seven (15 digits, 621…) pass Luhn (a
 * probe of generated numbers, 2026-12). Only a card word, or a card's grouping ("4592 3975 4596 5"), makes it a card.
 */
const BARE_SHORT_CARD_SCORE = 0.2;
/** A card word right after the number counts as one before it: "4111111111119 is my card", "675900000000005是我的卡". */
const CARD_WORD_AFTER =
  /^[\s,，:：]{0,3}(?:(?:is|was)\s+)?(?:(?:my|the|your)\s+)?(?:(?:credit|debit|bank)\s+)?card\b|^[\s,，]{0,3}(?:是|为)?(?:我|我的|您的|你的)?(?:银行|信用|借记|储蓄)?卡/i;
function isWaybillShaped(digits: string): boolean {
  if (digits.length >= 16) return false;
  const brand = cardBrand(digits);
  return brand === 'visa' || brand === 'maestro';
}

/** One space, dash or NBSP, or two spaces (PDF copies); U+3000 arrives here as a space (ScanContext.narrowText). */
const CARD_SEPARATORS = new Set([' ', '-', '\u00a0', '  ']);

function groupDigits(text: string, run: DigitRun, from: number, to: number): string {
  let s = '';
  for (let g = from; g <= to; g++) {
    const group = run.groups[g];
    if (group) s += text.slice(group.start, group.end);
  }
  return s;
}

/**
 * Cards are printed in groups of 4 with whatever is left over at the end: "6217 0093 4801 9770 06"
 * (18 digits), "4592 3975 4596 5" (13). So a 1–2 digit group may close a card that is the whole run,
 * after three or more groups of 4, and nowhere else: a short group elsewhere is a date, a quantity, a
 * code, and a 4-4-4-1 tail of a longer number ("a/c no. 5893 4627 8600 4733 7") is that number's tail.
 */
function closesFourGrouping(run: DigitRun, from: number, last: number): boolean {
  if (from !== 0 || last !== run.groups.length - 1 || last - from < 3) return false;
  for (let g = from; g < last; g++) {
    const group = run.groups[g];
    if (!group || group.end - group.start !== 4) return false;
  }
  return true;
}

/**
 * Where to look next when no card starts at group `i`. A card in 4-digit groups is one block of four of them; a
 * longer stretch of 4-digit groups joined by one separator whose first block is no card is either one longer number
 * or something typed before a card:
 * - ending in a 2-digit group, it is a printed long number (USPS and FedEx group their 22, 26, 30 and 34 digits in
 *   4s: "9400 1112 0108 0805 4830 16"), and no slice of it is a card;
 * - else only the block that ends the stretch may be a card ("1225 4111 1111 1111 1111": an expiry typed first; a
 *   mistyped card and its correction); a block inside is a slice of a longer number (FedEx's 32 digits in 8 groups).
 * A list of cards ("4111 1111 1111 1111 5555 5555 5555 4444") starts with one, and is read card by card.
 */
function nextStartAfterMiss(run: DigitRun, i: number): number {
  const isFour = (g: number) => {
    const group = run.groups[g];
    return group !== undefined && group.end - group.start === 4;
  };
  let k = i;
  while (isFour(k) && isFour(k + 1) && run.seps[k] === run.seps[i]) k++;
  if (k - i < 3) return i + 1;
  const tail = run.groups[k + 1];
  if (tail && tail.end - tail.start === 2 && run.seps[k] === run.seps[i]) return k + 2;
  // Four groups: the one block, already no card. More: the block that ends the stretch.
  return k - i === 3 ? k + 1 : k - 3;
}

/**
 * A card written in its printed groups with dots or slashes ("4111.1111.1111.1111", "4111/1111/1111/1111", Amex
 * "3782.822463.10005", Diners "3614.093123.4597"), the same separator throughout, half-width or full-width. The digit
 * runs join only spaces, dashes and dots, and a run joined by dots is a price, a version or a date before it is a card, so these shapes are
 * read here, whole: no slice of a longer dotted number, nor a number inside a path ("/4111/1111/…", "v1.4111…").
 */
const SEPARATED_CARD =
  /(?<![\dA-Za-z./．／])\d{4}(?<sep>[./．／])(?:\d{4}\k<sep>\d{4}\k<sep>\d{4}(?:\k<sep>\d{1,3})?|\d{6}\k<sep>\d{4,5})(?![\dA-Za-z]|[./．／]\d)/g;

function detectSeparatedCards(ctx: ScanContext, out: Candidate[]): void {
  const text = ctx.narrowText;
  SEPARATED_CARD.lastIndex = 0;
  for (let m = SEPARATED_CARD.exec(text); m; m = SEPARATED_CARD.exec(text)) {
    const digits = m[0].replace(/\D/g, '');
    if (!isPaymentCardNumber(digits)) continue;
    const c = ctx.candidate('payment-card', m.index, m.index + m[0].length, cardScore(digits));
    if (c?.hasContext && digits.length > 16) c.confidence = Math.max(c.confidence, LONG_CARD_WITH_WORD_SCORE);
    if (c) out.push(c);
  }
}

/**
 * Within one run, tries each group as a start and extends over following groups (same run, card
 * separators, 3–8 digit groups, or a short last one: closesFourGrouping) up to 19 digits, keeping the
 * longest valid card. So "4012888888881881 4012-8888-8888-1881" yields two cards, as Presidio's regex does.
 * Digits are read from ctx.narrowText, so full-width digits count; the span is on the original text.
 */
export const detectPaymentCards: Detector = (ctx) => {
  const out: Candidate[] = [];
  const text = ctx.narrowText;
  for (const run of ctx.runs) {
    const last = run.groups.length - 1;
    let i = 0;
    while (i <= last) {
      let best = -1;
      let bestDigits = '';
      let total = 0;
      for (let j = i; j <= last; j++) {
        const g = run.groups[j];
        if (!g) break;
        const len = g.end - g.start;
        if (j > i) {
          const first = run.groups[i];
          if (!CARD_SEPARATORS.has(run.seps[j - 1] ?? '')) break;
          if (len > 8 || (len < 3 && !closesFourGrouping(run, i, j))) break;
          if (j === i + 1 && first && (first.end - first.start < 3 || first.end - first.start > 8)) break;
        }
        total += len;
        if (total > 19) break;
        if (total < 13) continue;
        const touchesLetter = (i === 0 && run.letterBefore) || (j === last && (run.letterAfter || run.trailingX));
        if (touchesLetter) continue;
        const digits = groupDigits(text, run, i, j);
        if (isPaymentCardNumber(digits)) {
          best = j;
          bestDigits = digits;
        }
      }
      const startGroup = run.groups[i];
      const endGroup = run.groups[best];
      if (best >= 0 && startGroup && endGroup) {
        const c = ctx.candidate('payment-card', startGroup.start, endGroup.end, cardScore(bestDigits));
        if (c?.hasContext && bestDigits.length > 16) c.confidence = Math.max(c.confidence, LONG_CARD_WITH_WORD_SCORE);
        if (
          c &&
          best === i &&
          !c.hasContext &&
          isWaybillShaped(bestDigits) &&
          !CARD_WORD_AFTER.test(text.slice(endGroup.end, endGroup.end + 24))
        )
          c.confidence = BARE_SHORT_CARD_SCORE;
        if (c) out.push(c);
        i = best + 1;
      } else {
        i = nextStartAfterMiss(run, i);
      }
    }
  }
  detectSeparatedCards(ctx, out);
  return out;
};
