import { Rng } from './extract-robustness/random-html';

/**
 * The order-number forms of /work/shared/reference/order-ids.json, as generators of made-up ids (fixed seed, so a
 * failure names an id that reproduces). Shared by the extraction table (tests/unit/extract-robustness), the tracking
 * and the privacy tests: an id of any of these forms is an order, never a parcel, a card or an ID number.
 *
 * Amazon: `ddd-ddddddd-ddddddd` (matthinz/amazon-order-scraper, SP-API examples; first blocks 0dd seen: 026-, 028-,
 * 059-), digital `D01-…`, any [A-Z0-9] first character (philipmulcahy/azad util.ts orderIdRegExp), Amazon Fresh
 * lower-case UUID 8-4-4-4-12 (same file, "2025+ amazon fresh hex"). Taobao/Tmall: numeric bizOrderId/tid of 19 digits
 * (2018–2025), 16 digits (2012–2017; every example is below 2^53, a 16-digit id above it is also tried), 14 digits
 * (2011). Values are made up; none is a real order.
 */
export interface IdForm {
  name: string;
  make: (rng: Rng) => string;
}

const digits = (rng: Rng, n: number, first = '123456789'): string => {
  let s = first[rng.int(first.length)] as string;
  while (s.length < n) s += String(rng.int(10));
  return s;
};
const hex = (rng: Rng, n: number): string => {
  let s = '';
  while (s.length < n) s += '0123456789abcdef'[rng.int(16)];
  return s;
};

/** Luhn check digit appended: a 19-digit number that a card detector would take for a card without its label. */
export function withLuhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function luhnValid(number: string): boolean {
  return withLuhnCheckDigit(number.slice(0, -1)) === number;
}

export const AMAZON_FORMS: readonly IdForm[] = [
  { name: 'classic ddd-ddddddd-ddddddd', make: (r) => `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}` },
  { name: 'leading zero 0dd-', make: (r) => `0${digits(r, 2)}-${digits(r, 7)}-${digits(r, 7)}` },
  { name: 'digital D01-', make: (r) => `D01-${digits(r, 7)}-${digits(r, 7)}` },
  {
    name: 'letter first [A-Z]dd- (azad)',
    make: (r) => `${'ABCEFGHJKLMNPRSTUVWXYZ'[r.int(22)]}${digits(r, 2, '0123456789')}-${digits(r, 7)}-${digits(r, 7)}`,
  },
  {
    name: 'Amazon Fresh lower-case UUID',
    make: (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${'89ab'[r.int(4)]}${hex(r, 3)}-${hex(r, 12)}`,
  },
];

export const TAOBAO_FORMS: readonly IdForm[] = [
  { name: '19 digits (> 2^53)', make: (r) => digits(r, 19) },
  { name: '19 digits, Luhn-valid', make: (r) => withLuhnCheckDigit(digits(r, 18)) },
  { name: '16 digits below 2^53', make: (r) => digits(r, 16, '12345678') }, // < 9×10^15 < 2^53
  { name: '16 digits above 2^53', make: (r) => `9${digits(r, 15)}` }, // ≥ 91…: above 9007199254740991
  { name: '14 digits (2011)', make: (r) => digits(r, 14) },
];

/** `count` distinct ids of `form` from a fixed seed. */
export function idsOf(form: IdForm, count: number, seed: number, avoid: ReadonlySet<string> = new Set()): string[] {
  const rng = new Rng(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const id = form.make(rng);
    if (!avoid.has(id)) out.add(id);
  }
  return [...out];
}
