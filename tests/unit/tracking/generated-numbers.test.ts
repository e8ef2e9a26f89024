// Generative test: for every format of tracking_number_data, random numbers built from the dataset's own regex,
// lookup tables and checksum rule (fixed seed), so the detector is checked beyond the dataset's few test numbers.
// The generator and the check-digit arithmetic below are written from the dataset (couriers/*.json) and its
// CHECKSUM_ALGORITHMS.md (the Ruby gem `tracking_number`'s ChecksumValidations), not from lib/tracking.
// All numbers and the sentences around them are synthetic.
// Deeper runs: GEN_PER_FORMAT=1000 GEN_SAMPLE=300 npx vitest run tests/unit/tracking/generated-numbers.test.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '../../../lib/tracking/index';
import { mulberry32 } from '../extract-robustness/random-html';

// ---------------------------------------------------------------------------------------------------------------
// The dataset, as published.

type LookupRow = { name?: string; matches?: string; matches_regex?: string };
type Format = {
  id?: string;
  name: string;
  regex: string | string[];
  validation?: {
    checksum?: {
      name: string;
      evens_multiplier?: number;
      odds_multiplier?: number;
      reverse?: boolean;
      weightings?: number[];
      modulo1?: number;
      modulo2?: number;
    };
    serial_number_format?: { prepend_if?: { matches_regex: string; content: string } };
    additional?: { exists?: string[] };
  };
  additional?: { name: string; regex_group_name: string; lookup: LookupRow[] }[];
};
type CourierFile = { courier_code: string; tracking_numbers: Format[] };

type Spec = { formatId: string; courierCode: string; format: Format; regex: RegExp };

const dir = join(__dirname, '../../fixtures/tracking/tracking_number_data/couriers');
const SPECS: Spec[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => {
    const c = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CourierFile;
    return c.tracking_numbers.map((format, index) => ({
      // Format ids as the detector reports them: the dataset's id, else courier_code + index.
      formatId: format.id ?? `${c.courier_code}_${index}`,
      courierCode: c.courier_code,
      format,
      regex: new RegExp(`^(?:${[format.regex].flat().join('')})$`, 'd'),
    }));
  });

// ---------------------------------------------------------------------------------------------------------------
// Seeded random source (mulberry32, shared with the robustness tests).

const rand = mulberry32(20250611);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

// ---------------------------------------------------------------------------------------------------------------
// A random-string generator for the dataset's regex dialect: literals, classes, groups (named, non-capturing),
// alternation, {n,m} ? * + quantifiers. Look-arounds and \b generate nothing (the result is checked against the
// full regex afterwards and regenerated when a look-ahead fails); `\s*` generates no whitespace.

type Node =
  | { t: 'chars'; chars: string }
  | { t: 'empty' }
  | { t: 'alt'; branches: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function parseRegex(src: string): Node {
  let pos = 0;
  function alternation(): Node {
    const branches: Node[][] = [sequence()];
    while (src[pos] === '|') {
      pos++;
      branches.push(sequence());
    }
    return { t: 'alt', branches };
  }
  function sequence(): Node[] {
    const out: Node[] = [];
    while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') {
      let atom = parseAtom();
      const q = src[pos];
      if (q === '{') {
        const close = src.indexOf('}', pos);
        const [a, b] = src.slice(pos + 1, close).split(',');
        atom = { t: 'rep', node: atom, min: Number(a), max: b === undefined ? Number(a) : Number(b) };
        pos = close + 1;
      } else if (q === '?' || q === '*' || q === '+') {
        atom = { t: 'rep', node: atom, min: q === '+' ? 1 : 0, max: q === '?' ? 1 : q === '+' ? 1 : 0 };
        pos++;
      }
      out.push(atom);
    }
    return out;
  }
  function parseAtom(): Node {
    const c = src[pos] as string;
    if (c === '(') {
      pos++;
      let lookaround = false;
      if (src[pos] === '?') {
        if (src[pos + 1] === '=' || src[pos + 1] === '!') {
          lookaround = true;
          pos += 2;
        } else if (src[pos + 1] === ':') pos += 2;
        else if (src[pos + 1] === '<') pos = src.indexOf('>', pos) + 1;
      }
      const inner = alternation();
      pos++; // ')'
      return lookaround ? { t: 'empty' } : inner;
    }
    if (c === '[') {
      const close = src.indexOf(']', pos);
      let body = src.slice(pos + 1, close);
      pos = close + 1;
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      body = body.replace(/\\s/g, '');
      let chars = '';
      for (const m of body.matchAll(/(.)-(.)|(.)/g)) {
        if (m[3] !== undefined) chars += m[3];
        else
          for (let x = (m[1] as string).charCodeAt(0); x <= (m[2] as string).charCodeAt(0); x++)
            chars += String.fromCharCode(x);
      }
      return { t: 'chars', chars: negated ? '-' : chars };
    }
    if (c === '\\') {
      const e = src[pos + 1] as string;
      pos += 2;
      if (e === 's' || e === 'b') return { t: 'empty' };
      if (e === 'd') return { t: 'chars', chars: '0123456789' };
      return { t: 'chars', chars: e };
    }
    pos++;
    if (c === '.') return { t: 'chars', chars: ALNUM };
    return { t: 'chars', chars: c };
  }
  return alternation();
}

function generate(node: Node): string {
  switch (node.t) {
    case 'chars':
      return pick([...node.chars]);
    case 'empty':
      return '';
    case 'alt':
      return pick(node.branches).map(generate).join('');
    case 'rep': {
      const n = node.min + Math.floor(rand() * (node.max - node.min + 1));
      let s = '';
      for (let i = 0; i < n; i++) s += generate(node.node);
      return s;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Check digits, computed as CHECKSUM_ALGORITHMS.md of tracking_number_data defines them.

type Checksum = NonNullable<NonNullable<Format['validation']>['checksum']>;

function checkCharacter(rule: Checksum, serial: string): string {
  const digits = [...serial];
  switch (rule.name) {
    case 'mod10': {
      const chars = rule.reverse ? digits.reverse() : digits;
      let total = 0;
      chars.forEach((c, i) => {
        let x = /[0-9]/.test(c) ? Number(c) : (c.charCodeAt(0) - 3) % 10;
        if (rule.odds_multiplier !== undefined && i % 2 === 1) x *= rule.odds_multiplier;
        else if (rule.evens_multiplier !== undefined && i % 2 === 0) x *= rule.evens_multiplier;
        total += x;
      });
      return String((10 - (total % 10)) % 10);
    }
    case 'mod7':
      return String(BigInt(serial) % 7n);
    case 'luhn': {
      let total = 0;
      digits.reverse().forEach((c, i) => {
        let x = Number(c) * (i % 2 === 0 ? 2 : 1);
        if (x > 9) x -= 9;
        total += x;
      });
      return String((10 - (total % 10)) % 10);
    }
    case 's10': {
      const w = rule.weightings ?? [8, 6, 4, 2, 3, 5, 9, 7];
      const r = digits.reduce((sum, c, i) => sum + Number(c) * (w[i] ?? 0), 0) % 11;
      return String(r === 0 ? 5 : r === 1 ? 0 : 11 - r);
    }
    case 'sum_product_with_weightings_and_modulo': {
      const w = rule.weightings ?? [];
      const total = digits.reduce((sum, c, i) => sum + Number(c) * (w[i] ?? 0), 0);
      return String((total % (rule.modulo1 ?? 0)) % (rule.modulo2 ?? 0));
    }
    case 'mod_37_36': {
      let cd = 36;
      for (const c of digits) {
        cd += ALNUM.indexOf(c);
        if (cd > 36) cd -= 36;
        cd *= 2;
        if (cd > 36) cd -= 37;
      }
      cd = 37 - cd;
      return ALNUM[cd === 36 ? 0 : cd] as string;
    }
    default:
      throw new Error(`unknown checksum ${rule.name}`);
  }
}

function serialOf(spec: Spec, groups: Record<string, string>): string {
  const serial = groups.SerialNumber ?? '';
  const prepend = spec.format.validation?.serial_number_format?.prepend_if;
  return prepend && new RegExp(prepend.matches_regex).test(serial) ? prepend.content + serial : serial;
}

function lookupFinds(rows: readonly LookupRow[], value: string): boolean {
  // The gem matches `matches` exactly and `matches_regex` with =~; every lookup regex describes the whole group.
  return rows.some((r) =>
    r.matches !== undefined ? r.matches === value : new RegExp(`^(?:${r.matches_regex})$`).test(value),
  );
}

/** The dataset formats `number` (normalised) is a valid number of: regex, check digit and required lookups. */
function validFormats(number: string): Spec[] {
  return SPECS.filter((spec) => {
    const m = spec.regex.exec(number);
    if (!m) return false;
    const groups = (m.groups ?? {}) as Record<string, string>;
    const rule = spec.format.validation?.checksum;
    if (rule && checkCharacter(rule, serialOf(spec, groups)) !== groups.CheckDigit) return false;
    for (const name of spec.format.validation?.additional?.exists ?? []) {
      const table = spec.format.additional?.find((a) => a.name === name);
      const value = table ? groups[table.regex_group_name] : undefined;
      if (!table || value === undefined || !lookupFinds(table.lookup, value)) return false;
    }
    return true;
  });
}

function replaceAt(s: string, [from, to]: [number, number], value: string): string {
  return s.slice(0, from) + value + s.slice(to);
}

/**
 * One random valid number of `spec`: a string of the regex, its lookup fields (service type, country code…) taken
 * from the dataset's tables, then the check digit computed. Tables the dataset requires (S10's operator) or that
 * enumerate codes (5+ rows: USPS service types, DPD countries) are always respected; short tables (FedEx container
 * type, IMpb C's single service 612) only half the time, as the dataset's own test numbers do not keep to them.
 */
function generateValid(spec: Spec): string {
  const tree = parseRegex([spec.format.regex].flat().join(''));
  for (let attempt = 0; attempt < 500; attempt++) {
    let s = generate(tree);
    let m = spec.regex.exec(s);
    if (!m) continue;
    const required = new Set(spec.format.validation?.additional?.exists ?? []);
    for (const table of spec.format.additional ?? []) {
      const span = m?.indices?.groups?.[table.regex_group_name];
      if (!span) continue;
      if (!required.has(table.name) && table.lookup.length < 5 && rand() < 0.5) continue;
      const row = pick(table.lookup);
      const value = row.matches ?? generate(parseRegex(row.matches_regex ?? ''));
      if (value.length !== span[1] - span[0]) continue;
      s = replaceAt(s, span, value);
      m = spec.regex.exec(s);
      if (!m) break;
    }
    if (!m) continue;
    const rule = spec.format.validation?.checksum;
    const checkSpan = m.indices?.groups?.CheckDigit;
    if (rule && checkSpan) s = replaceAt(s, checkSpan, checkCharacter(rule, serialOf(spec, m.groups ?? {})));
    if (validFormats(s).includes(spec)) return s;
  }
  throw new Error(`could not generate a number for ${spec.formatId}`);
}

/** The same number with another character in the check-digit position (one the regex still accepts). */
function withWrongCheckDigit(spec: Spec, number: string): string | null {
  const m = spec.regex.exec(number);
  const span = m?.indices?.groups?.CheckDigit;
  if (!m || !span) return null;
  const current = number.slice(span[0], span[1]);
  const from = ALNUM.indexOf(current);
  for (let k = 1; k < ALNUM.length; k++) {
    const other = replaceAt(number, span, ALNUM[(from + k) % ALNUM.length] as string);
    if (spec.regex.test(other) && !validFormats(other).includes(spec)) return other;
  }
  return null;
}

/**
 * Numbers a valid tracking number can coincide with, which the detector never reports (they are personal data or
 * dates far more often than parcels):
 * - a mainland China mobile number, 1[3-9] + 9 digits: the dataset's DHL Express regex is
 *   "(?<SerialNumber>([0-9]\\s*){9,10})(?<CheckDigit>([0-9]\\s*))" with a mod 7 check, i.e. any 10-11 digits
 *   passing 1 in 7, so 7 % of 11-digit DHL Express numbers are also phone-shaped (1 in 7 phone numbers passes);
 * - a PRC resident ID (18 digits with a birth date and an ISO 7064 MOD 11-2 check): FedEx Ground SSCC-18 is
 *   "any 2 + 15 digits + mod 10", a few in ten thousand of which are also valid ID numbers;
 * - a date stamp yyyyMMdd[HHmm[ss]] (8/12/14 digits: FedEx Express 12, DHL E-Commerce 14 "any 14 digits").
 */
function alsoSomethingElse(number: string): boolean {
  if (/^1[3-9]\d{9}$/.test(number)) return true;
  if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?$/.test(number))
    return true;
  if (/^\d{17}[\dX]$/.test(number)) {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = weights.reduce((t, w, i) => t + w * Number(number[i]), 0);
    const year = Number(number.slice(6, 10));
    const month = Number(number.slice(10, 12));
    const day = Number(number.slice(12, 14));
    const plausible = year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    if (plausible && '10X98765432'[sum % 11] === number[17]) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// The numbers.

const PER_FORMAT = Number(process.env.GEN_PER_FORMAT ?? 50);
const GENERATED = SPECS.map((spec) => ({
  spec,
  numbers: Array.from({ length: PER_FORMAT }, () => generateValid(spec)),
}));

/**
 * Numbers that are valid numbers of two formats of different couriers by the dataset's own rules. For them the
 * detector may name either; the test accepts the other courier only when the number really is a valid number of
 * the format reported (validFormats), and every pair seen must be listed here, with why the data allows it.
 */
const DOCUMENTED_OVERLAPS: Record<string, string> = {
  // Structural: neither format has a check digit and one contains part of the other. The dataset gives DHL Express
  // (Piece ID) as "(J[A-Z]{2,3})(?<SerialNumber>([0-9]\s*){9,10})" and Purolator (alpha + 9) as
  // "(?<SerialNumber>([A-Z]\s*){3}([0-9]\s*){9})": every J + 2 letters + 9 digits is both; its test numbers
  // (JJD0099999999, JVGL0999999990 / KYV009956937) do not say which wins. The detector prefers the fixed-length one.
  'dhl_express_piece_id ~ purolator_alpha': 'structural',
  // By chance: one format without a check digit contains a checked one. Amazon International "[AFC] + 10 digits"
  // vs UPS Waybill "(?<ServiceType>[AHJKTV])(?<SerialNumber>9 digits)(?<CheckDigit>)": 1 in 10 A… numbers.
  'amazon_international ~ ups_1': 'chance',
  // By chance: two checked all-digit formats of one length. FedEx Express (12) (weights 3,1,7 mod 11 mod 10) vs
  // Purolator (12) ([0-5] + 10 digits + Luhn); FedEx Ground (14 + mod 10) vs DPD (14) (14 + ISO 7064 mod 37,36);
  // DHL Express (10-11 digits, mod 7) vs Old Dominion Guaranteed (80 + 8 digits + Luhn) and Old Dominion.
  'fedex_12 ~ purolator_numeric': 'chance',
  'fedex_ground ~ dpd_14': 'chance',
  'dhl_express ~ old_dominion_1': 'chance',
  // DHL Express (11 digits, mod 7) vs Old Dominion ((77[78]|072|780) + 7 digits + Luhn).
  'dhl_express ~ old_dominion_0': 'chance',
};

describe('generated numbers of every tracking_number_data format', () => {
  it('covers every format of the dataset', () => {
    expect(GENERATED.length).toBe(SPECS.length);
    expect(SPECS.length).toBeGreaterThan(35);
  });

  describe.each(GENERATED.map((g) => ({ ...g, id: g.spec.formatId })))('$id', ({ spec, numbers }) => {
    it('identifyTrackingNumber names the courier, with a valid check digit', () => {
      const wrong: string[] = [];
      const excused: string[] = [];
      for (const number of numbers) {
        const m = identifyTrackingNumber(number);
        if (m === null && alsoSomethingElse(number)) {
          excused.push(number);
          continue;
        }
        const ok =
          m !== null &&
          (m.courierCode === spec.courierCode ||
            // A genuine overlap: the number is just as valid a number of the format reported.
            validFormats(number).some((f) => f.formatId === m.formatId && f.courierCode === m.courierCode)) &&
          (!spec.format.validation?.checksum || m.checksumValid === true);
        if (!ok) wrong.push(`${number} → ${m ? `${m.courierCode}/${m.formatId} checksum ${m.checksumValid}` : 'null'}`);
      }
      expect(wrong).toEqual([]);
      expect(excused.length).toBeLessThanOrEqual(PER_FORMAT / 10);
    });

    it('a wrong check digit is not reported valid', () => {
      if (!spec.format.validation?.checksum) return;
      const wrong: string[] = [];
      for (const number of numbers) {
        const bad = withWrongCheckDigit(spec, number);
        if (!bad) continue;
        const m = identifyTrackingNumber(bad);
        const reportedValid =
          m !== null &&
          m.checksumValid === true &&
          // Valid is fine only when the changed number is genuinely valid for the format reported.
          !validFormats(bad).some((f) => f.formatId === m.formatId);
        if (reportedValid) wrong.push(`${bad} → ${m?.courierCode}/${m?.formatId}`);
      }
      expect(wrong).toEqual([]);
    });
  });

  it('a near miss (one character dropped, added or changed) is not reported as a valid number of a format it is not', () => {
    // What the dataset's invalid test numbers are: a wrong prefix (D1234567890), a missing digit (KY009956937), one
    // digit too many (160120172242323), an unknown S10 country (RB123456785XX). Hyphens are ignored by both sides.
    const wrong: string[] = [];
    for (const { numbers } of GENERATED) {
      for (const n of numbers.slice(0, 5)) {
        const mutants = new Set<string>();
        for (let i = 0; i < n.length; i++) {
          mutants.add(n.slice(0, i) + n.slice(i + 1));
          for (const c of ['0', '7', 'A', 'J', 'X']) {
            mutants.add(n.slice(0, i) + c + n.slice(i));
            mutants.add(n.slice(0, i) + c + n.slice(i + 1));
          }
        }
        mutants.delete(n);
        for (const x of mutants) {
          const m = identifyTrackingNumber(x);
          if (!m?.formatId || m.checksumValid === false) continue;
          const claimed = SPECS.find((f) => f.formatId === m.formatId);
          if (claimed && ![x, x.replace(/-/g, '')].some((v) => validFormats(v).includes(claimed)))
            wrong.push(`${x} (near ${n}) → ${m.formatId}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('overlaps between couriers are the documented ones, and the chance ones stay rare', () => {
    // Counted here, not by the tests above: this one must hold when run alone too.
    const seen = new Map<string, number>();
    for (const { spec, numbers } of GENERATED) {
      for (const number of numbers) {
        const m = identifyTrackingNumber(number);
        if (!m || m.courierCode === spec.courierCode) continue;
        const key = `${spec.formatId} ~ ${m.formatId}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    for (const [pair, n] of seen) {
      expect(DOCUMENTED_OVERLAPS[pair], pair).toBeDefined();
      if (DOCUMENTED_OVERLAPS[pair] === 'chance') expect(n, pair).toBeLessThanOrEqual(PER_FORMAT / 5);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The same numbers in sentences (synthetic mails / shop messages), next to things that are not tracking numbers.

const LABELLED: { lang: string; chinese?: boolean; text: (n: string) => string }[] = [
  { lang: 'en', text: (n) => `Your parcel has shipped. Tracking ID: ${n} — it should arrive on Tuesday.` },
  { lang: 'zh', chinese: true, text: (n) => `亲，您的包裹已发出，运单号：${n}，请注意查收。` },
  { lang: 'de', text: (n) => `Ihr Paket ist unterwegs. Sendungsnummer ${n}, Zustellung voraussichtlich morgen.` },
  { lang: 'ja', text: (n) => `ご注文の商品を発送しました。追跡番号 ${n} でご確認いただけます。` },
  { lang: 'fr', text: (n) => `Votre colis a été expédié. N° de suivi : ${n}. Merci de votre commande.` },
];

/** How shops print all-digit numbers besides compact: groups of four ("0414 4176 0228 964"). */
const grouped = (n: string) => (n.match(/.{1,4}/g) ?? []).join(' ');

// Numbers that are also a phone number, an ID number or a date are left out (see alsoSomethingElse).
const SAMPLE = GENERATED.flatMap(({ spec, numbers }) =>
  numbers
    .filter((n) => !alsoSomethingElse(n))
    .slice(0, Number(process.env.GEN_SAMPLE ?? 4))
    .map((number) => ({ spec, number })),
);

/** The courier reported is the format's, or that of a format the number is just as valid a number of. */
function courierAcceptable(spec: Spec, number: string, m: { courierCode?: string; formatId?: string }): boolean {
  return (
    m.courierCode === spec.courierCode ||
    validFormats(number).some((f) => f.formatId === m.formatId && f.courierCode === m.courierCode)
  );
}

describe('generated numbers in labelled sentences', () => {
  it.each(LABELLED)('$lang: found with the right offsets and courier', ({ chinese, text }) => {
    const wrong: string[] = [];
    for (const { spec, number } of SAMPLE) {
      const writings = /^\d+$/.test(number) && spec.format.validation?.checksum ? [number, grouped(number)] : [number];
      for (const written of writings) {
        const sentence = text(written);
        const start = sentence.indexOf(written);
        const found = findTrackingNumbers(sentence);
        const hit = found.find((m) => m.start === start && m.end === start + written.length);
        const others = found.filter((m) => m !== hit);
        if (!hit || hit.number !== number || others.length > 0) {
          wrong.push(`${spec.formatId}: ${sentence} → ${JSON.stringify(found.map((m) => [m.number, m.start, m.end]))}`);
          continue;
        }
        // In Chinese text an all-digit number without a carrier name may rightly be read as a domestic waybill:
        // "a 12-15 digit number alone cannot be attributed to one carrier without context words (顺丰/中通/运单号/
        // 快递单号) or a lookup service" (shared/reference/cn-waybills.json, notes).
        if (chinese && /^\d+$/.test(number) && hit.courierCode !== spec.courierCode) continue;
        if (!courierAcceptable(spec, number, hit))
          wrong.push(`${spec.formatId}: ${sentence} → ${hit.courierCode}/${hit.formatId}`);
        else if (spec.format.validation?.checksum && hit.courierCode === spec.courierCode && hit.checksumValid !== true)
          wrong.push(`${spec.formatId}: ${sentence} → checksum ${hit.checksumValid}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('generated numbers written with the spaces the dataset’s regexes allow', () => {
  // Every regex allows whitespace between characters ("\\s*"); shops and carriers print numbers in groups of four or,
  // copied from a PDF or a letter-spaced label, one character at a time. Under a label each writing must come back
  // whole, as the compact number does. Writings the format's own regex refuses (DHL E-Commerce's "GM" prefix has no
  // "\\s*" inside) are skipped, and so is LaserShip 1LS7 (18): its "-1" tail splits it into two chunks when spaced.
  const writings = (n: string) => [(n.match(/.{1,4}/g) ?? []).join(' '), [...n].join(' ')];
  it('a labelled number in groups of four or spelled out is found whole, with its courier', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { spec, number } of SAMPLE) {
      if (number.includes('-')) continue;
      for (const written of writings(number).filter((w) => spec.regex.test(w))) {
        const text = `Tracking number: ${written}.`;
        const start = text.indexOf(written);
        const found = findTrackingNumbers(text);
        const hit = found[0];
        checked += 1;
        if (found.length !== 1 || hit?.start !== start || hit.end !== start + written.length || hit.number !== number)
          wrong.push(`${spec.formatId}: ${text} → ${JSON.stringify(found.map((m) => [m.number, m.start, m.end]))}`);
        else if (!courierAcceptable(spec, number, hit)) wrong.push(`${spec.formatId}: ${text} → ${hit.formatId}`);
      }
    }
    expect(checked).toBeGreaterThan(SAMPLE.length);
    expect(wrong).toEqual([]);
  });
});

// Made-up personal values in the shapes the pages print them.
const AMAZON_ORDER = '112-4830215-7719403';
const TAOBAO_ORDERS = ['3987451203398765432', '258014736925801473'];
const PHONES = ['+86 138 1234 5678', '+86 13812345678', '(555) 123-4567', '138-1234-5678'];
const PRC_ID = '11010519491231002X';
const DATES = ['2024-03-15', '15.03.2024', '20240315', '2024年3月15日'];

describe('generated numbers among order ids, phone numbers, ID numbers and dates', () => {
  const messages = (n: string, i: number) => [
    `Order # ${AMAZON_ORDER} placed on ${DATES[i % 4]}. Tracking ID: ${n}. Questions? Call ${PHONES[i % 4]}.`,
    `订单编号：${TAOBAO_ORDERS[i % 2]} 下单时间：${DATES[(i + 1) % 4]} 运单号：${n} 收货人电话：${PHONES[(i + 1) % 2]} 身份证号：${PRC_ID}`,
    `Bestellnummer ${AMAZON_ORDER} vom ${DATES[1]}, Sendungsnummer ${n}. Rückfragen unter ${PHONES[2]}.`,
  ];

  it('reports the tracking number and nothing else', () => {
    const wrong: string[] = [];
    SAMPLE.forEach(({ spec, number }, i) => {
      for (const sentence of messages(number, i)) {
        const start = sentence.indexOf(number);
        const found = findTrackingNumbers(sentence).map((m) => `${m.number}@${m.start}-${m.end}`);
        const want = [`${number}@${start}-${start + number.length}`];
        if (JSON.stringify(found) !== JSON.stringify(want)) wrong.push(`${spec.formatId}: ${sentence} → ${found}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('reports none of them without a tracking number', () => {
    const text = [
      `Order # ${AMAZON_ORDER}, ordered ${DATES.join(', ')}.`,
      `订单号：${TAOBAO_ORDERS[0]}，订单编号 ${TAOBAO_ORDERS[1]}，联系电话 ${PHONES.join('、')}，身份证号 ${PRC_ID}。`,
      `Call us at ${PHONES[2]} about order ${AMAZON_ORDER}.`,
    ].join('\n');
    expect(findTrackingNumbers(text)).toEqual([]);
  });
});

describe('generated numbers listed under one label', () => {
  // "Tracking numbers: A, B, C": the label covers the whole list. Numbers of weak formats (any 10-15 digits with a
  // check digit) are only reported under a label, and a list of long numbers runs past the label's usual reach.
  const SEPARATORS = [', ', ' / ', ' ', '\n', '、', ' and '];
  it.each(SEPARATORS.map((sep) => ({ sep, name: JSON.stringify(sep) })))('separated by $name', ({ sep }) => {
    const wrong: string[] = [];
    for (let k = 0; k < SAMPLE.length; k++) {
      const list = [0, 1, 2].map((d) => SAMPLE[(k * 7 + d * 13) % SAMPLE.length] as { spec: Spec; number: string });
      const text = `Tracking numbers: ${list.map((x) => x.number).join(sep)}`;
      let from = 0;
      const want = list.map(({ number }) => {
        const at = text.indexOf(number, from);
        from = at + number.length;
        return `${number}@${at}`;
      });
      const matches = findTrackingNumbers(text);
      const found = matches.map((m) => `${m.number}@${m.start}`);
      if (JSON.stringify(found) === JSON.stringify(want)) continue;
      // Separated by a space only, neighbours can also read as one number printed in groups, and the data allows
      // it when the joined string is a number of a format without a check digit: "C0670409747 92556582193" is
      // Canpar "[CDKLSUXZ]\s*([0-9]\s*){21}", "LX31109556 07250444994" DHL E-Commerce
      // "(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)\s*(?<SerialNumber>…[0-9A-Z\s]{10,39})". Accepted when every number
      // reported is a valid number of the format reported and together they are the list.
      const sameDigits = matches.map((m) => m.number).join('') === list.map((x) => x.number).join('');
      const allValid = matches.every((m) => validFormats(m.number).some((f) => f.formatId === m.formatId));
      if (sep === ' ' && sameDigits && allValid) continue;
      wrong.push(`${JSON.stringify(text)} → ${found}`);
    }
    expect(wrong).toEqual([]);
  });
});
