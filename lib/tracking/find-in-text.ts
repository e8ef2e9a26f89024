// Finds tracking numbers in free text in linear time. The dataset regexes allow whitespace between every
// character and, run over a whole page, backtrack a lot; instead one cheap scan splits the text into
// alphanumeric chunks, adjacent chunks separated by a space or two are tried joined (for "0414 4176 0228 964"),
// and only those candidates meet the format regexes, which are anchored and indexed by length.
import { type CarrierInfo, carrierWordsIn, lookupCarrier } from './carriers';
import { datasetAcceptsLength } from './courier-formats';
import { alwaysExcluded, isAlipayTradeNumber, isAmazonOrderId } from './exclusions';
import { type Interpretation, interpret, reportedConfidence } from './identify';
import { nearestLabelBefore } from './labels';
import type { TrackingMatch } from './types';

export type FindOptions = {
  /** Order ids known from the page (Taobao/Tmall/Amazon): never reported as tracking numbers. */
  knownOrderIds?: string[];
  /** Report each number once (its most confident occurrence) instead of every occurrence. */
  unique?: boolean;
};

type Chunk = { start: number; end: number };

const CHUNK = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;
const HAS_DIGIT = /\d/;
const SHORT_CAPS = /^[A-Z]{1,5}$/;
const MAX_JOINED_CHUNKS = 10;
const MAX_JOINED_LENGTH = 40;
/** Shortest number spelled out one character at a time that is tried whole (the shortest formats have 10). */
const MIN_SPELLED_LENGTH = 10;
const LABEL_WINDOW = 48;
const POSITIVE_LABEL_DISTANCE = 40;
const NEGATIVE_LABEL_DISTANCE = 24;
const CARRIER_BEFORE_DISTANCE = 40;
const CARRIER_AFTER_DISTANCE = 24;
const HAN = /[\u3400-\u9fff]/;
const KANA = /[\u3040-\u30ff]/;
/**
 * A kanji form only Japanese writes (shinjitai: 発 for 发/發, 済 for 济/濟, 伝, 払, 込 …): Japanese text even without
 * kana ("発送済 追跡番号 …"), where a Chinese waybill guess would be wrong. Neither simplified nor
 * traditional Chinese uses these forms; those common in Japanese brand and place names that Chinese shop titles keep
 * (気 of 元気森林, 円, 県, 駅, 沢, 様, 広, 鉄) are left out.
 */
const JAPANESE_KANJI = /[発済伝払込売変営読続経転帰実価検険図歳辺対応]/;
/**
 * What separates the numbers of a list under one label ("Tracking numbers: 7905…, 7905…, 7905…"): the label covers
 * every number of the list, however far the list runs past POSITIVE_LABEL_DISTANCE.
 */
const LIST_SEPARATOR = /^\s*(?:[,，、;；/]|and|und|et|和|及)?\s*$/i;

/** Full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ) → ASCII, one UTF-16 unit each, so offsets stay valid. */
function foldFullWidth(text: string): string {
  if (!/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(text)) return text;
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Cheap test, before any string is built, that chunks i..j look like one number printed in groups
 * ("0414 4176 0228 964", "C 110 31 500 00187 9"): no hyphenated pieces, one-character pieces only at the ends,
 * and a total length some format has. Lists such as "1 2 3 4 5 6 7" fail here.
 */
function plausibleGrouping(text: string, chunks: readonly Chunk[], i: number, j: number): boolean {
  let total = 0;
  let letters = false;
  let shortInterior = false;
  for (let k = i; k <= j; k++) {
    const c = chunks[k] as Chunk;
    const len = c.end - c.start;
    // Long pieces only at the end: "420 22153 9101026837331000039521" (USPS with routing prefix).
    if ((len > 12 && k !== j) || (len === 1 && k !== i && k !== j)) return false;
    if (len < 3 && k !== i && k !== j) shortInterior = true;
    let pieceLetters = false;
    for (let p = c.start; p < c.end; p++) {
      const code = text.charCodeAt(p);
      if (code === 0x2d) return false;
      if (code >= 0x41) pieceLetters = true;
    }
    // Ten digits or more before the end is a number of its own, not a group: "1165665642 6093397870" are two DHL
    // Express numbers, though joined they fit USPS 20's check digit by chance (1 in 10).
    if (!pieceLetters && len >= 10 && k !== j) return false;
    letters ||= pieceLetters;
    total += len;
  }
  // All-digit groups print 3-5 digits per group; "10 11 12 13" is a list, not a number.
  if (!letters && shortInterior) return false;
  return total >= 10 && total <= MAX_JOINED_LENGTH && (datasetAcceptsLength(total) || (total >= 13 && total <= 16));
}

/**
 * The last chunk of a number spelled out one character at a time from chunk i ("1 Z 8 V 9 2 A 7 0 3 …", as text
 * copied from a PDF or a letter-spaced label comes), or -1. tracking_number_data's regexes allow whitespace between
 * any two characters, and its reference implementation's tests search for every number written so, one or two
 * spaces apart. Only a whole run of one-character chunks counts, from its first: a run is not cut into numbers,
 * and what it joins into still needs a check digit or a letter format to hold it together (see choose), so a
 * list ("1 2 3 4 5 6 7 8 9") stays a list.
 */
function spelledOutEnd(chunks: readonly Chunk[], i: number, g: number, h: number): number {
  const single = (k: number) => (chunks[k] as Chunk).end - (chunks[k] as Chunk).start === 1;
  if (!single(i) || (i > g && single(i - 1))) return -1;
  let j = i;
  while (j < h && single(j + 1)) j += 1;
  const length = j - i + 1;
  return length >= MIN_SPELLED_LENGTH && length <= MAX_JOINED_LENGTH ? j : -1;
}

/**
 * Chunks from..to joined, when they may be one long number printed in irregular groups that plausibleGrouping and
 * the spelled-out rule leave out (one-character groups inside, more than MAX_JOINED_CHUNKS groups, a long group
 * before the end); else null. Only long joins (16+ characters, 20+ when all digits), three groups or more, and at
 * most one group of ten characters or more: "1165665642 6093397870 4419228570" is a list of three numbers. What
 * the join reads as must still be held together by a check digit or a letter format (evaluate, multi).
 */
function irregularWhole(text: string, chunks: readonly Chunk[], from: number, to: number): string | null {
  const count = to - from + 1;
  if (count < 3) return null;
  if (count <= MAX_JOINED_CHUNKS && plausibleGrouping(text, chunks, from, to)) return null;
  if (spelledOutEnd(chunks, from, from, to) === to) return null;
  let long = 0;
  for (let k = from; k <= to; k++) {
    const c = chunks[k] as Chunk;
    if (c.end - c.start >= 10) long += 1;
  }
  if (long > 1) return null;
  const raw = text.slice((chunks[from] as Chunk).start, (chunks[to] as Chunk).end);
  if (raw.includes('-')) return null;
  const number = raw.replace(/[\s\u00a0\u3000]+/g, '').toUpperCase();
  if (number.length < 16 || number.length > MAX_JOINED_LENGTH) return null;
  if (/^\d+$/.test(number) ? number.length < 20 : !/^[A-Z]{1,4}\d/.test(number)) return null;
  return number;
}

function isAllDigits(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if ((c < 0x30 || c > 0x39) && c !== 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0x09) return false;
  }
  return true;
}

/** A chunk of three or more digits: part of a grouped number (a lone "2" before 件 is a quantity). */
function isDigitGroup(text: string, c: Chunk): boolean {
  return c.end - c.start >= 3 && isAllDigits(text, c.start, c.end);
}

function isHorizontalGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x3000) return false;
  }
  return true;
}

/** Part of a decimal number, an amount or an international phone number rather than a standalone code. */
function isEmbeddedInNumber(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  if ((before === '.' || before === ',') && /\d/.test(before2)) return true;
  if ((after === '.' || after === ',') && /\d/.test(after2)) return true;
  if (/[$€£¥￥+]/.test(before) || (before === ' ' && /[$€£¥￥+]/.test(before2))) return true;
  // The rest of an international phone number: "+1 306 885 3804", "+86 25 6118 7182", "+49 30 12345678" (its area
  // code a group of its own), "+1 (206) 266-1000".
  return /\+\d{1,3}(?:[ \u00a0.-]\(?\d{1,4}\)?)?[ \u00a0.-]?$/.test(text.slice(Math.max(0, start - 13), start));
}

type Context = {
  positiveLabel: boolean;
  negativeLabel: boolean;
  chinese: boolean;
  carrier: CarrierInfo | null;
  /** Labelled with the "inquiry slip number" of Japan's domestic carriers (お問い合わせ伝票番号, 伝票番号). */
  slipLabel: boolean;
  /** Characters between the nearest label's end and the number (Infinity when there is none). */
  labelDistance: number;
};

/**
 * 伝票番号 ("slip number"), お問い合わせ番号, 送り状番号: how Yamato, Sagawa and Japan Post name their 12-digit numbers,
 * whose mod-7 format tracking_number_data lacks (see enrich.ts). Under this label, with no carrier named, a 12-digit
 * number is reported with an unknown carrier rather than as the FedEx or Purolator number it fits by chance.
 */
const SLIP_LABEL = /伝票番号|問い?合わ?せ番号|送り状番号/;

function contextAt(text: string, start: number, end: number): Context {
  const from = Math.max(0, start - LABEL_WINDOW);
  const before = text.slice(from, start);
  const after = text.slice(end, end + CARRIER_AFTER_DISTANCE);
  const label = nearestLabelBefore(before);
  const distance = label ? start - (from + label.end) : Number.POSITIVE_INFINITY;
  const positiveLabel = !!label && label.positive && distance <= POSITIVE_LABEL_DISTANCE;
  const negativeLabel = !!label && !label.positive && distance <= NEGATIVE_LABEL_DISTANCE;
  // Nearest carrier word: last one before (within reach) or first one after, whichever is closer.
  let carrier: CarrierInfo | null = null;
  let best = Number.POSITIVE_INFINITY;
  const beforeHits = carrierWordsIn(before);
  const lastBefore = beforeHits[beforeHits.length - 1];
  if (lastBefore && start - (from + lastBefore.end) <= CARRIER_BEFORE_DISTANCE) {
    carrier = lastBefore.info;
    best = start - (from + lastBefore.end);
  }
  const firstAfter = carrierWordsIn(after)[0];
  if (firstAfter && firstAfter.index < best) carrier = firstAfter.info;
  // Japanese shares the ideographs; kana nearby means Japanese, where Chinese waybill guesses would be wrong. A
  // Japanese label in kanji only (追跡番号) is left out: it is Han text but no sign of Chinese. One with kana
  // (お問い合わせ番号) stays: its kana says Japanese.
  const labelText = label ? before.slice(label.index, label.end) : '';
  const japanese = label && !label.chinese && HAN.test(labelText) && !KANA.test(labelText);
  const rest = japanese ? before.slice(0, label.index) + before.slice(label.end) : before;
  const near = rest.slice(-16) + after.slice(0, 8);
  // A Chinese label (快递单号, 运单号) outweighs a Japanese-only kanji nearby: Chinese shop text has them too
  // (元気森林, a Chinese drinks brand; 円 in a 日本代购 price). Kana still mean Japanese, as they did.
  const chinese = !KANA.test(near) && ((label?.chinese ?? false) || (HAN.test(near) && !JAPANESE_KANJI.test(near)));
  const slipLabel = positiveLabel && SLIP_LABEL.test(labelText);
  return { positiveLabel, negativeLabel, chinese, carrier, slipLabel, labelDistance: distance };
}

function agreesWithCarrier(i: Interpretation, carrier: CarrierInfo | null): boolean {
  if (!carrier) return false;
  return (
    i.courierCode === carrier.code || i.carrier === carrier.carrier || lookupCarrier(i.carrier)?.code === carrier.code
  );
}

function holdsGroupTogether(i: Interpretation): boolean {
  const letters = /[A-Z]/.test(i.number);
  return (i.kind === 'dataset' && (i.checksumValid === true || (letters && i.standalone))) || i.kind === 'cn-prefixed';
}

/**
 * Digit groups after a Chinese waybill label or a carrier's name (运单号：7310 6644 8520 00, 韵达 4312 3456 7890 123,
 * as a buyer types a number read off an app or a slip): mainland numbers have no check digit to hold the groups
 * together, the label or the carrier does. Only a mainland format's reading, the named carrier's when one is named
 * (see choose), and not when letters come right before the groups: "YT 7512 3456 7890 12" is a YTO number typed
 * wrong, not the ZTO number its digits alone would fit.
 */
function labelledChineseGroups(ctx: Context, number: string, text: string, start: number): boolean {
  return (
    (ctx.positiveLabel || ctx.carrier !== null) &&
    !ctx.negativeLabel &&
    ctx.chinese &&
    /^\d+$/.test(number) &&
    !afterCodeLetters(ctx, text, start)
  );
}

/**
 * Letters right before `start` (a space or two apart) that are not the label's own last letters ("Tracking ID 6012
 * …"): the groups that follow are the tail of a longer code ("YT 7512 …"), not a number of their own.
 */
function afterCodeLetters(ctx: Context, text: string, start: number): boolean {
  if (!/[A-Za-z][\s\u00a0\u3000]*$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  return !(ctx.labelDistance <= 3 && /^[\s\u00a0\u3000]*$/.test(text.slice(start - ctx.labelDistance, start)));
}

/**
 * A dataset reading with no check digit to hold joined groups together (DHL E-Commerce's 14 digits, Amazon
 * International's A/F/C + 10, Purolator's 3 letters + 9, a short DHL E-Commerce number): the dataset's regexes allow
 * whitespace anywhere in them, so under a tracking label, which says the groups are one number, they count.
 */
function labelHoldsGroup(i: Interpretation): boolean {
  return i.kind === 'dataset' && i.checksumValid === null && !i.unknownCode;
}

/** The reading to report given the context, or null when the context does not support any reading. */
function choose(
  list: Interpretation[],
  ctx: Context,
  multiChunk: boolean,
  chineseGroups = false,
  labelGroups = false,
): Interpretation | null {
  for (const i of list) {
    const letters = /[A-Z]/.test(i.number);
    if (multiChunk) {
      if (i.kind === 'cn-numeric' && chineseGroups) {
        if (ctx.carrier ? agreesWithCarrier(i, ctx.carrier) : ctx.positiveLabel) return i;
        continue;
      }
      // A joined candidate is only believable when a check digit or a letter prefix holds it together, and, for
      // digits only, when it is not some other carrier's reading next to the carrier the text names
      // ("FedEx tracking 325352203859 2025" joined is a Canada Post number only by a 1-in-10 chance).
      if (!holdsGroupTogether(i) && !(labelGroups && labelHoldsGroup(i))) continue;
      if (!letters && ctx.carrier && !agreesWithCarrier(i, ctx.carrier)) continue;
    }
    if (ctx.negativeLabel && !(i.kind === 'dataset' && i.checksumValid === true && letters)) continue;
    // "Sendungsnummer 00340434…" fits USPS 20 only with a service code USPS does not have: not USPS's number.
    if (i.unknownCode && !agreesWithCarrier(i, ctx.carrier)) continue;
    if (i.checksumValid === false || i.offFormat) {
      if (ctx.positiveLabel) return i;
      continue;
    }
    if (i.standalone) return i;
    if (ctx.positiveLabel) return i;
    if (agreesWithCarrier(i, ctx.carrier)) return i;
  }
  return null;
}

function unknownLabelled(number: string): Interpretation | null {
  if (number.length < 8 || number.length > 35) return null;
  if ((number.match(/\d/g)?.length ?? 0) < 6) return null;
  if (!/^[A-Z0-9]+$/.test(number)) return null;
  return {
    number,
    carrier: 'Unknown',
    service: 'Unrecognised format (labelled as a tracking number)',
    checksumValid: null,
    confidence: 0.15,
    kind: 'unknown',
    standalone: false,
  };
}

export function findTrackingNumbers(input: string, options: FindOptions = {}): TrackingMatch[] {
  const text = foldFullWidth(input);
  const known = new Set<string>();
  for (const id of options.knownOrderIds ?? []) {
    const n = id.replace(/[\s\u00a0]+/g, '').toUpperCase();
    known.add(n);
    known.add(n.replace(/-/g, ''));
  }

  // 1. Chunks worth looking at: any alphanumeric run with a digit, plus short capitals that may prefix one
  //    ("LX 176 35035", "UPS 1Z…" is harmless: the joined form just fails).
  const chunks: Chunk[] = [];
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) {
    const s = m[0];
    if (HAS_DIGIT.test(s) || SHORT_CAPS.test(s)) chunks.push({ start: m.index, end: m.index + s.length });
  }

  const results: TrackingMatch[] = [];
  // End of the last number reported under a positive label (its own or its list's), -1 when none, and its context.
  let labelledEnd = -1;
  let listContext: Context | null = null;
  // Where the label of the last number reported under one ends: that label has found its number, and a later number
  // in its reach ("Tracking ID: TBA… Questions? 400-820-8820") is not labelled by it unless it continues the list.
  let usedLabelEnd = -1;
  // 2. Walk runs of chunks separated only by a short horizontal gap; longest acceptable candidate wins.
  let g = 0;
  while (g < chunks.length) {
    let h = g;
    while (h + 1 < chunks.length && isHorizontalGap(text, (chunks[h] as Chunk).end, (chunks[h + 1] as Chunk).start))
      h += 1;
    let i = g;
    // A long number printed in irregular groups ("1 1 9 52 6 64739 3000 75211 00 8710 799 199 40", "3 29715 145
    // 6010244 784917580286 2014"), as upstream's test numbers write them: tried whole before its pieces.
    for (const from of [g, g + 1]) {
      const whole = from <= h ? irregularWhole(text, chunks, from, h) : null;
      if (!whole) continue;
      const start = (chunks[from] as Chunk).start;
      const end = (chunks[h] as Chunk).end;
      const found = evaluate(text, whole, start, end, true, known, null, usedLabelEnd);
      if (!found?.[0].courierCode || found[0].carrier === 'Unknown') continue;
      const [match, ctx] = found;
      // Only where it is plainly one number: labelled, or the whole text. A run of short numbers on a page (a table
      // row, quantities) holds a valid check digit one time in ten, and read as a parcel ten times as often.
      if (!ctx.positiveLabel && (/\S/.test(text.slice(0, start)) || /\S/.test(text.slice(end)))) continue;
      labelledEnd = ctx.positiveLabel ? end : -1;
      if (ctx.positiveLabel) usedLabelEnd = start - ctx.labelDistance;
      listContext = ctx;
      results.push(match);
      i = h + 1;
      break;
    }
    while (i <= h) {
      let accepted = false;
      const first = chunks[i] as Chunk;
      // A number spelled out character by character is tried whole first, however many chunks it spans.
      const spelled = spelledOutEnd(chunks, i, g, h);
      const top = Math.min(h, i + MAX_JOINED_CHUNKS - 1);
      for (let j = Math.max(spelled, top); j >= i && !accepted; j = j > top ? top : j - 1) {
        const last = chunks[j] as Chunk;
        const multi = j > i;
        if (multi && j !== spelled && !plausibleGrouping(text, chunks, i, j)) continue;
        const raw = text.slice(first.start, last.end);
        // A part of a longer run of digit groups is never a number of its own ("1001 9017 … 8394" read as FedEx 34
        // fails → its middle "0001 0003 0061" must not come out as FedEx 12 instead).
        // A single run of 10+ digits is not a group of a grouped number (groups are 3-5 digits, or one long tail):
        // "471298185158 412307537535" are two numbers, "707955838228 2025" a number and a year.
        const longAlone = !multi && last.end - first.start >= 10;
        if (
          !longAlone &&
          ((i > g && isDigitGroup(text, chunks[i - 1] as Chunk)) ||
            (j < h && isDigitGroup(text, chunks[j + 1] as Chunk)))
        ) {
          if (isAllDigits(text, first.start, last.end)) continue;
        }
        const number = raw.replace(/[\s\u00a0\u3000]+/g, '').toUpperCase();
        if (number.length < 8 || (multi && number.length > MAX_JOINED_LENGTH)) continue;
        if (!HAS_DIGIT.test(number)) continue;
        if (isEmbeddedInNumber(text, first.start, last.end)) continue;
        const gap = labelledEnd < 0 ? '' : text.slice(labelledEnd, first.start);
        const inList = gap.length > 0 && gap.length <= 6 && LIST_SEPARATOR.test(gap);
        const found = evaluate(
          text,
          number,
          first.start,
          last.end,
          multi,
          known,
          inList ? listContext : null,
          usedLabelEnd,
        );
        if (found) {
          const [match, ctx] = found;
          labelledEnd = ctx.positiveLabel ? last.end : -1;
          if (ctx.positiveLabel) usedLabelEnd = first.start - ctx.labelDistance;
          listContext = ctx;
          results.push(match);
          accepted = true;
          i = j + 1;
        }
      }
      if (!accepted) i += 1;
    }
    g = h + 1;
  }

  if (!options.unique) return results;
  const best = new Map<string, TrackingMatch>();
  for (const r of results) {
    const prev = best.get(r.number);
    if (!prev || r.confidence > prev.confidence) best.set(r.number, r);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

function evaluate(
  text: string,
  number: string,
  start: number,
  end: number,
  multi: boolean,
  known: Set<string>,
  listHead: Context | null,
  usedLabelEnd = -1,
): [TrackingMatch, Context] | null {
  let context: Context | null = null;
  if (known.has(number) || isAmazonOrderId(number)) return null;
  let candidates = [number];
  if (number.includes('-')) candidates = [number, number.replace(/-/g, '')];
  for (const [index, n] of candidates.entries()) {
    if (known.has(n)) return null;
    const bare = interpret(n);
    const hyphenStripped = index > 0;
    // Joined groups only when a check digit holds them ("Tracking: 7112 3456 7891 2345 6787", USPS service 71).
    const mayBeUnknown = n.length >= 8 && n.length <= 35 && (!multi || bare.some(holdsGroupTogether));
    if (bare.length === 0 && !mayBeUnknown) continue;
    // Joined groups need a reading that holds them together, or (digits only) a Chinese waybill label right before
    // them: skip the context work for the rest.
    const digitGroups = multi && !bare.some(holdsGroupTogether);
    const labelHeld = digitGroups && bare.some(labelHoldsGroup);
    if (digitGroups && !labelHeld && !/^\d+$/.test(n)) continue;
    if (!context) {
      context = contextAt(text, start, end);
      // The nearest label already labelled an earlier number: it is not this one's (a list's next number gets it back
      // from listHead below).
      if (context.positiveLabel && start - context.labelDistance === usedLabelEnd)
        context = { ...context, positiveLabel: false, slipLabel: false };
    }
    // The Chinese label or carrier name holds the groups whether or not some dataset check digit also fits them: one
    // grouped waybill in ten passes FedEx Ground's or Canada Post's by chance ("申通快递 7768 0776 0452 6850"), and
    // that reading, rightly refused beside another carrier's name, must not hide the mainland one.
    const chineseGroups = multi && labelledChineseGroups(context, n, text, start);
    // The next number of a list whose first number was labelled: the list's label is its label, in its language
    // (a 伝票番号 or Chinese list read past the label's reach kept neither: FedEx or DHL for the same numbers).
    if (listHead && !context.positiveLabel && !context.negativeLabel) {
      const { chinese, slipLabel } = listHead;
      context = { ...context, positiveLabel: true, chinese: context.chinese || chinese, slipLabel };
    }
    const ctx = context;
    // Groups no check digit holds: a Chinese label or carrier (mainland readings), or a tracking label (a dataset
    // format without a check digit, see labelHoldsGroup).
    const labelGroups = labelHeld && ctx.positiveLabel && !ctx.negativeLabel && !afterCodeLetters(ctx, text, start);
    if (digitGroups && !chineseGroups && !labelGroups) continue;
    // Hyphens removed: only when a label says this is a tracking number (phone numbers are hyphenated too).
    if (hyphenStripped && !ctx.positiveLabel) continue;
    const list = interpret(n, { carrierHint: ctx.carrier, chinese: ctx.chinese });
    let chosen = choose(list, ctx, multi, chineseGroups, labelGroups);
    if (chosen && ctx.slipLabel && !ctx.carrier && /^\d{12}$/.test(n) && !alwaysExcluded(n))
      chosen = unknownLabelled(n);
    if (!chosen && ctx.positiveLabel && !ctx.negativeLabel && mayBeUnknown && list.every((i) => i.unknownCode)) {
      chosen = n.includes('-') ? null : unknownLabelled(n);
      // interpret() returns nothing for excluded numbers (phones, PRC IDs…); an unknown must not revive them.
      if (chosen && alwaysExcluded(n)) chosen = null;
    }
    if (!chosen) continue;
    // A national phone number keeps its hyphens ("090-1234-5678", "03-1234-5678", "0120-123-456"): one next to a
    // tracking label (a shop's contact line under the slip) is a parcel only when a check digit vouches for it.
    if (hyphenStripped && chosen.checksumValid !== true && isHyphenatedPhone(number)) continue;
    if (isAlipayTradeNumber(n) && !(ctx.positiveLabel && chosen.checksumValid === true)) return null;
    const confidence = reportedConfidence(chosen.confidence + (ctx.positiveLabel ? 0.25 : 0) - (multi ? 0.05 : 0));
    return [toMatch(chosen, confidence, start, end), ctx];
  }
  return null;
}

/** Leading 0, two or three hyphen-separated groups, 9–11 digits: how Japan, Korea and Europe write phone numbers. */
function isHyphenatedPhone(number: string): boolean {
  const digits = number.replace(/-/g, '').length;
  return digits >= 9 && digits <= 11 && /^0\d{1,4}(?:-\d{1,4})?-\d{3,8}$/.test(number);
}

/** Plain object with only the defined optional fields (no spread + delete: this runs once per hit). */
function toMatch(i: Interpretation, confidence: number, start: number, end: number): TrackingMatch {
  const m: TrackingMatch = {
    number: i.number,
    carrier: i.carrier,
    service: i.service,
    checksumValid: i.checksumValid,
    start,
    end,
    confidence,
  };
  if (i.trackingUrl !== undefined) m.trackingUrl = i.trackingUrl;
  if (i.carrierZh !== undefined) m.carrierZh = i.carrierZh;
  if (i.courierCode !== undefined) m.courierCode = i.courierCode;
  if (i.formatId !== undefined) m.formatId = i.formatId;
  if (i.serviceType !== undefined) m.serviceType = i.serviceType;
  if (i.alternatives !== undefined) m.alternatives = i.alternatives;
  return m;
}
