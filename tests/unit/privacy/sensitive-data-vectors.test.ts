import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardBrand } from '../../../lib/privacy/detectors/payment-card';
import { findSensitiveData, type SensitiveType } from '../../../lib/privacy/index';

/**
 * Table test over every peer vector. Semantics (see the file's `semantics` notes):
 * - Presidio rows: shouldDetect = the single recogniser returned results with score > 0, no
 *   context engine; expected_spans are [start, end). We therefore scan with minConfidence: 0
 *   (Presidio's very weak SSN shapes score 0.05) and only the vector's own type, and compare spans exactly.
 * - validator / python-stdnum rows are whole-string verdicts of a validator, not of a scanner; where
 *   a scanner cannot share that verdict the row says why (`closest`) and asserts the nearest meaningful thing.
 */
interface Vector {
  type: string;
  text: string;
  shouldDetect: boolean;
  expected_count?: number;
  expected_spans?: Array<[number, number]>;
  source: string;
}

const file = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/privacy/sensitive-data-vectors.json'), 'utf8'),
) as { vectors: Vector[] };

const TYPE_MAP: Record<string, SensitiveType> = {
  CREDIT_CARD: 'payment-card',
  UNIONPAY_CARD: 'payment-card',
  IBAN_CODE: 'iban',
  US_SSN: 'us-ssn',
  EMAIL_ADDRESS: 'email',
  CRYPTO: 'crypto-wallet',
  PHONE_NUMBER: 'phone',
  CN_MOBILE: 'phone',
  CN_RESIDENT_ID: 'cn-resident-id',
};

function spansOf(v: Vector): Array<[number, number]> {
  const type = TYPE_MAP[v.type];
  if (!type) throw new Error(`vector type ${v.type} has no SensitiveType mapping`);
  return findSensitiveData(v.text, { types: [type], minConfidence: 0 }).map((m) => [m.start, m.end]);
}

/**
 * Presidio's phone tests run python-phonenumbers at several leniencies; the vectors lost the
 * recognizer_params their semantics mention, so the leniency is recovered from the upstream test
 * function (presidio-analyzer/tests/test_phone_recognizer.py, test_when_phone_with_leniency_then_succeed:
 * line 54 → 1, 56 → 0, 64 → 3, 66 → 2, 69 → 3). We run libphonenumber-js at VALID (= Presidio's default
 * leniency 1; libphonenumber-js implements only POSSIBLE and VALID). So: at leniency 0 (POSSIBLE) the
 * expected spans must be a superset of ours; at leniency 2–3 (STRICT/EXACT_GROUPING) a subset.
 */
function phoneLeniency(source: string): number {
  const m = /test_phone_recognizer\.py:(\d+) \(test_when_phone_with_leniency_then_succeed\)/.exec(source);
  if (!m) return 1;
  return ({ 54: 1, 56: 0, 64: 3, 66: 2, 69: 3 } as Record<number, number>)[Number(m[1])] ?? 1;
}

/** Independent (python-stdnum style) checksum: (1 - 2 * int(first17, 13)) % 11, 10 → X. */
function stdnumCheckChar(first17: string): string {
  let n = 0n;
  for (const ch of first17) n = n * 13n + BigInt(ch);
  const r = Number((((1n - 2n * n) % 11n) + 11n) % 11n);
  return r === 10 ? 'X' : String(r);
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && dt.getTime() < Date.now();
}

/**
 * A zh-CN negative row (validator.isMobilePhone(s, 'zh-CN') is false) as a scanner's result. validator rejects any
 * separator ("+86-13838389438") where a scanner reads the same phone, and it rejects every other country's number
 * ("+9676338855", a Yemeni one) where a phone scanner must still find it. Closest meaningful assertion, as for the
 * UnionPay rows: not read as a Chinese mobile. So a finding is allowed when, separators removed, the row is a
 * positive under validator's own regex (then it must be the whole row), or when it is an international number
 * (+ or 00) of another country.
 */
function cnMobileNegativeVerdict(text: string, spans: Array<[number, number]>): 'right' | 'closest' | 'wrong' {
  if (/^((\+|00)86)?(1[3-9]|9[28])\d{9}$/.test(text.replace(/[\s-]/g, ''))) {
    return spans.length === 1 && spans[0]?.[0] === 0 && spans[0]?.[1] === text.length ? 'closest' : 'wrong';
  }
  if (spans.length === 0) return 'right';
  const foreign = spans.every(([s, e]) => /^(\+|00)(?!86)\d/.test(text.slice(s, e)));
  return foreign ? 'closest' : 'wrong';
}

const tally = new Map<string, { right: number; total: number; closest: number }>();
function rowFor(type: string) {
  const row = tally.get(type) ?? { right: 0, total: 0, closest: 0 };
  tally.set(type, row);
  return row;
}

describe('sensitive-data vectors (every row)', () => {
  afterAll(() => {
    const rows = [...tally.entries()].map(([type, r]) => ({
      type,
      right: `${r.right}/${r.total}`,
      'of which closest-semantics': r.closest,
    }));
    console.log('Sensitive-data vector accuracy (right/total):');
    console.table(rows);
  });

  file.vectors.forEach((v, index) => {
    it(`#${index} ${v.type} ${JSON.stringify(v.text).slice(0, 60)}`, () => {
      rowFor(v.type).total++;
      const spans = spansOf(v);
      let closest = false;

      if (v.type === 'PHONE_NUMBER' && phoneLeniency(v.source) !== 1) {
        closest = true;
        const expected = v.expected_spans ?? [];
        const key = (s: [number, number]) => `${s[0]}:${s[1]}`;
        const ours = new Set(spans.map(key));
        const theirs = new Set(expected.map(key));
        if (phoneLeniency(v.source) === 0) {
          for (const s of spans) expect(theirs.has(key(s))).toBe(true); // POSSIBLE finds more
        } else {
          for (const s of expected) expect(ours.has(key(s))).toBe(true); // grouping levels find fewer
        }
      } else if (v.expected_spans) {
        expect(spans).toEqual(v.expected_spans);
      } else if (v.type === 'UNIONPAY_CARD') {
        // validator.isCreditCard({provider: 'unionpay'}) is a brand check on the whole string. A
        // scanner must still flag a Mastercard/Visa/Amex number, so for a negative row the closest
        // meaningful assertion is: not reported as a UnionPay card (either not found, or another brand).
        if (v.shouldDetect) {
          expect(spans).toEqual([[0, v.text.length]]);
        } else {
          closest = spans.length > 0;
          for (const [s, e] of spans) expect(cardBrand(v.text.slice(s, e).replace(/\D/g, ''))).not.toBe('unionpay');
        }
      } else if (v.type === 'CN_MOBILE') {
        if (v.shouldDetect) expect(spans).toEqual([[0, v.text.length]]);
        else {
          const verdict = cnMobileNegativeVerdict(v.text, spans);
          closest = verdict === 'closest';
          expect(verdict).not.toBe('wrong');
        }
      } else if (v.type === 'CN_RESIDENT_ID') {
        // validator/stdnum verdicts on the whole string. python-stdnum also rejects IDs whose county
        // code was not registered in the birth year (its ~400 KB loc.dat history); a content script
        // cannot ship that, so for such stdnum rows we assert the checksum-only verdict the
        // vectors' semantics describe: region province + real birth date + MOD 11-2 check char.
        const t = v.text;
        const checksumOnly =
          (/^[1-9]\d{16}[\dXx]$/.test(t) &&
            validDate(Number(t.slice(6, 10)), Number(t.slice(10, 12)), Number(t.slice(12, 14))) &&
            stdnumCheckChar(t.slice(0, 17)) === t.charAt(17).toUpperCase()) ||
          (/^[1-9]\d{14}$/.test(t) &&
            validDate(1900 + Number(t.slice(6, 8)), Number(t.slice(8, 10)), Number(t.slice(10, 12))));
        const provinceOk = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12]|91)/.test(t);
        if (v.shouldDetect) expect(spans).toEqual([[0, t.length]]);
        else if (v.source.includes('python-stdnum') && checksumOnly && provinceOk) {
          closest = true;
          expect(spans).toEqual([[0, t.length]]);
        } else expect(spans).toEqual([]);
      } else {
        expect(spans.length > 0).toBe(v.shouldDetect);
      }
      // Only reached when every assertion above held.
      rowFor(v.type).right++;
      if (closest) rowFor(v.type).closest++;
    });
  });

  it('a zh-CN negative row: a foreign number may be found, a Chinese reading may not', () => {
    // '+9676338855' is in validator's zh-CN invalid list (and its other locales'); it is a valid Yemeni number.
    const phone = (text: string) => spansOf({ type: 'CN_MOBILE', text, shouldDetect: false, source: 'synthetic' });
    expect(cnMobileNegativeVerdict('+9676338855', phone('+9676338855'))).toBe('closest');
    expect(cnMobileNegativeVerdict('+86-13838389438', phone('+86-13838389438'))).toBe('closest');
    expect(cnMobileNegativeVerdict('12038389438', phone('12038389438'))).toBe('right');
    expect(cnMobileNegativeVerdict('+8612038389438', [[0, 14]])).toBe('wrong');
  });

  it('covers every vector type with a mapping', () => {
    for (const v of file.vectors) expect(TYPE_MAP[v.type]).toBeDefined();
    expect(file.vectors.length).toBeGreaterThan(200);
  });
});
