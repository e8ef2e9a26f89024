import { foldTraditional } from '../han-fold';
import type { Case, CaseSearchRow, Entry } from './types';

/*
 * Why a per-case search blob scanned with `includes()` and not an index of character bigrams:
 * Chinese has no spaces, so substring search needs either n-gram tokens or a scan. Bigrams of 10 000 entries
 * give ~800 index keys per case; fake-indexeddb (and Chrome's LevelDB backend) store each multiEntry key as a
 * separate record, so writing/importing them took seconds and multiplied the database size. A scan over one
 * compact, pre-normalised blob per case (~text size, 1 000 rows) measures a few ms per query, finds any substring
 * in any script (also the middle of Latin words and of order numbers), and keeps writes cheap. The `*words` index
 * holds only identifiers (order/tracking/reference numbers, compact forms) for exact look-ups.
 */

/**
 * NFKC folds full-width digits/letters (common with Chinese IMEs) to ASCII; lowercase for case-insensitive match;
 * Latin accents folded (`foldLatin`), so `muller` finds Müller and `Müller` finds Muller; traditional Chinese folded
 * to simplified (`foldTraditional`), so 訂單 finds 订单.
 */
export function normalizeForSearch(text: string): string {
  return foldTraditional(foldLatin(text.normalize('NFKC').toLowerCase()))
    .replace(/\s+/g, ' ')
    .trim();
}

// Only text that can hold a Latin accent or one of PLAIN_LETTERS goes through NFD: Latin-1 Supplement to Latin
// Extended-B, combining diacritics, Latin Extended Additional (Vietnamese). The input is NFKC, so any other accented
// Latin letter is composed into these blocks.
const MAY_HOLD_LATIN_ACCENT = /[\u00c0-\u024f\u1e00-\u1eff]|[\u0300-\u036f]/;
// Only U+0300–U+036F and only after a Latin letter: Japanese (han)dakuten U+3099/U+309A, Indic vowel signs and
// nukta, й/ё (Cyrillic letters of their own) and Greek tonos keep matching exactly as before.
const LATIN_ACCENTS = /(\p{Script=Latin})[\u0300-\u036f]+/gu;
// Letters NFD does not split, each as it is typed on a keyboard without it (German, Danish/Norwegian, French,
// Polish, Croatian/Vietnamese, Turkish). Lower case only: the text is lowercased first (ẞ → ß, Ø → ø, …).
const PLAIN_LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };
const PLAIN_LETTER = /[ßøæœłđı]/g;

/**
 * `rückerstattung` → `ruckerstattung`, `straße` → `strasse`. NFD splits an accented letter into letter + accent;
 * NFC afterwards recomposes whatever was split and not dropped (Hangul syllables, kana with dakuten), so non-Latin
 * text comes out exactly as it went in.
 */
function foldLatin(text: string): string {
  if (!MAY_HOLD_LATIN_ACCENT.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '$1')
    .normalize('NFC')
    .replace(PLAIN_LETTER, (letter) => PLAIN_LETTERS[letter] ?? letter);
}

/**
 * German spells ä, ö, ü as ae, oe, ue where they cannot be typed ("Mueller" for Müller, "Rueckgabe"): the text with
 * those spellings, normalised, or '' when it holds none of the three. Kept beside the folded form (`muller`) in the
 * search rows and tried beside it for a query, so either spelling finds the other, while a query's own "ue"/"oe"
 * (blue, Joe) is never folded away.
 */
function germanSpelling(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  if (!GERMAN_UMLAUT.test(lower)) return '';
  return normalizeForSearch(lower.replace(GERMAN_UMLAUT_G, (c) => GERMAN_SPELLING[c] ?? c));
}
const GERMAN_UMLAUT = /[äöü]/;
const GERMAN_UMLAUT_G = /[äöü]/g;
const GERMAN_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/** `112-1234567-1234567` → `11212345671234567`: users type order numbers with and without separators. */
export function compactIdentifier(text: string): string {
  return normalizeForSearch(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Line kinds of the blob, with the weight a match in them adds to relevance. */
export const FIELD_WEIGHTS = { o: 10, r: 8, k: 8, a: 6, t: 5, s: 4, x: 2 } as const;
export type FieldCode = keyof typeof FIELD_WEIGHTS;

// Separators that never occur in normalised text (whitespace runs become one space), so a query term cannot
// match across two fields or two entries.
const LINE = '\n';
const KEY = '\u0001';
const PART = '\u0002';

function line(code: FieldCode, text: string | undefined, entryId = ''): string | null {
  if (!text) return null;
  const norm = normalizeForSearch(text);
  if (!norm) return null;
  const isIdentifier = code === 'o' || code === 'k' || code === 'r';
  const compact = isIdentifier ? compactIdentifier(text) : '';
  const body = [...new Set([norm, compact, germanSpelling(text)])].filter(Boolean).join(' ');
  return `${code}${entryId}${KEY}${body}`;
}

function identifierWords(c: Case, entries: readonly Entry[]): string[] {
  const words = new Set<string>();
  for (const id of [c.orderId, c.manual?.trackingId, ...entries.map((e) => e.reference)]) {
    if (!id) continue;
    const compact = compactIdentifier(id);
    if (compact.length >= 3) words.add(compact);
  }
  return [...words];
}

/** The derived row kept beside each case; rebuilt whenever the case or one of its entries changes. */
export interface SearchRow extends CaseSearchRow {
  text: string;
  status: Case['status'];
  platform: Case['platform'];
  updatedAt: number;
}

export function buildSearchRow(c: Case, entries: readonly Entry[]): SearchRow {
  const lines: (string | null)[] = [
    line('o', c.orderId),
    line('t', c.title),
    line('s', c.shop),
    line('k', c.manual?.trackingId),
    // The item typed for a manual order: found by its name as a page's item is by the case's title.
    line('t', c.manual?.item),
  ];
  for (const e of entries) {
    lines.push(line('a', e.agent, e.id), line('r', e.reference, e.id));
    const free = [e.asked, e.answer, e.promised, e.nextStep, e.comment].filter(Boolean).join(PART);
    lines.push(line('x', free, e.id));
  }
  return {
    caseId: c.id,
    words: identifierWords(c, entries),
    text: lines.filter((l): l is string => l !== null).join(LINE),
    status: c.status,
    platform: c.platform,
    updatedAt: c.updatedAt,
  };
}

/**
 * The label a number is pasted with from a chat or an order page ("订单号：4864…", "Order # 112-…", "Tracking ID:
 * 1Z…"), where a number follows: the notes hold the number, not the label, and every term must match. Only right
 * before a run with digits, so a query for the word itself ("order cancelled", "运单号错了") keeps it. Matched in
 * normalised text, so written as `normalizeForSearch` leaves it: お問い合わせ番号 is お问い合わせ番号 there (問 → 问).
 */
const PASTED_LABEL =
  /(^|\s)(?:订单号|订单编号|运单号|快递单号|物流单号|注文番号|お问い合わせ番号|bestellnummer|sendungsnummer|(?:order|tracking|reference|ref|case)\s*(?:number|no\.?|id|#)?)\s*[:#]?\s*(?=[\p{L}\d-]*\d{3})/gu;

function withoutPastedLabels(normalized: string): string {
  return normalized.replace(PASTED_LABEL, '$1');
}

/** The query as its terms are taken from it: normalised, without the label a number was pasted with. */
export function queryText(query: string): string {
  return withoutPastedLabels(normalizeForSearch(query));
}

/** One query term: the forms that may match it anywhere, and its compact form, which counts only as a whole identifier. */
export interface QueryTerm {
  forms: string[];
  compact?: string;
}

/**
 * Query → distinct normalised terms (whitespace separates terms; all terms must match: AND), each with the forms
 * that may match it: the term, its German spelling (`müller` → also `mueller`), and for a term with digits its
 * compact form. Order, tracking and reference numbers are typed with other separators than the page showed
 * (`302–1234567–7654321` with en dashes from a chat or a word processor, `SF-1234-5678-90123` for `SF1234567890123`);
 * every identifier line carries its compact form.
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms = queryText(query).split(' ');
  // The same query in German spelling splits into the same terms (ae/oe/ue add no space, labels hold no umlaut).
  const spelling = germanSpelling(query);
  const german = spelling ? withoutPastedLabels(spelling).split(' ') : [];
  const out = new Map<string, QueryTerm>();
  terms.forEach((term, i) => {
    if (!term || out.has(term)) return;
    const forms = [term];
    const spelled = german.length === terms.length ? german[i] : undefined;
    if (spelled && spelled !== term) forms.push(spelled);
    const compact = /\d/.test(term) ? compactIdentifier(term) : '';
    out.set(term, compact.length >= 3 && compact !== term ? { forms, compact } : { forms });
  });
  return [...out.values()];
}

export interface BlobMatch {
  score: number;
  /** IDs of entries with at least one matching field, in blob (= chronological) order. */
  entryIds: string[];
}

const IDENTIFIER_CODES = new Set(['o', 'r', 'k']);

/**
 * Scores one search blob against the terms (each given as its forms, see `queryTerms`), or `null` when a term is
 * missing. Walks only the occurrences (`indexOf`), one per line, so a broad term over a thousand blobs stays cheap;
 * the line's header says which field (and entry) it is. A hit inside a header (e.g. a term matching an entry ID)
 * does not count.
 */
export function matchBlob(text: string, terms: readonly QueryTerm[]): BlobMatch | null {
  let score = 0;
  const entryIds = new Set<string>();
  for (const { forms, compact } of terms) {
    let best = 0;
    for (const form of forms) best = Math.max(best, bestWeight(text, form, entryIds));
    // The compact form of a term with separators counts only as a whole identifier: "12.99" is a price in a note,
    // not the 1299 inside an order number, and "2024-05-01" no date inside a longer number.
    if (compact) best = Math.max(best, bestWeight(text, compact, entryIds, true));
    if (best === 0) return null;
    score += best;
  }
  score += Math.min(entryIds.size, 5);
  return { score, entryIds: [...entryIds] };
}

/**
 * The weight of the best field `term` occurs in (0: nowhere); adds the entries it occurs in to `entryIds`.
 * `wholeIdentifier`: only an order, tracking or reference number that is `term` as a whole counts.
 */
function bestWeight(text: string, term: string, entryIds: Set<string>, wholeIdentifier = false): number {
  let best = 0;
  let pos = text.indexOf(term);
  while (pos >= 0) {
    const lineStart = text.lastIndexOf(LINE, pos) + 1;
    let lineEnd = text.indexOf(LINE, pos);
    if (lineEnd < 0) lineEnd = text.length;
    let keyAt = text.indexOf(KEY, lineStart);
    if (keyAt > lineEnd) keyAt = -1;
    // A hit inside the line's entry ID is no hit, but the same line's text after it may still hold one.
    if (keyAt >= pos) {
      pos = text.indexOf(term, keyAt + 1);
      continue;
    }
    if (keyAt >= 0) {
      const code = text[lineStart] as FieldCode;
      let weight: number = FIELD_WEIGHTS[code] ?? 1;
      // A whole identifier typed exactly (with or without separators) is the strongest signal there is.
      const whole =
        IDENTIFIER_CODES.has(code) &&
        text
          .slice(keyAt + 1, lineEnd)
          .split(' ')
          .includes(term);
      if (whole) weight += 10;
      if (whole || !wholeIdentifier) {
        if (weight > best) best = weight;
        if (keyAt > lineStart + 1) entryIds.add(text.slice(lineStart + 1, keyAt));
      }
    }
    pos = text.indexOf(term, lineEnd + 1);
  }
  return best;
}
