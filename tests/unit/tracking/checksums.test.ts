import { describe, expect, it } from 'vitest';
import {
  luhn,
  mod7,
  mod10,
  mod37_36,
  s10,
  sumProductWithWeightingsAndModulo,
  validateChecksum,
} from '../../../lib/tracking/index';

describe('mod10 (weighted, as tracking_number_data defines it)', () => {
  const ups = { name: 'mod10', evens_multiplier: 1, odds_multiplier: 2 };
  it('accepts a UPS 1Z serial with letters (letters map to (code-3)%10)', () => {
    // 1Z879E930346834440: serial 879E93034683444, check digit 0.
    expect(mod10('879E93034683444', '0', ups)).toBe(true);
    expect(mod10('879E93034683444', '1', ups)).toBe(false);
    // E counts as (69 - 3) % 10 = 6: the same serial with a 6 in its place has the same check digit.
    expect(mod10('879693034683444', '0', ups)).toBe(true);
  });
  it('honours reverse and the 3/1 weights of USPS', () => {
    // USPS 20: 0307 1790 0005 2348 374 + check 1.
    expect(mod10('0307179000052348374', '1', { name: 'mod10', evens_multiplier: 3, odds_multiplier: 1 })).toBe(true);
    expect(mod10('0307179000052348374', '2', { name: 'mod10', evens_multiplier: 3, odds_multiplier: 1 })).toBe(false);
    // USPS IMpb N (reverse: true): 9400 1112 0108 0805 4830 1 + check 6.
    const impb = { name: 'mod10', evens_multiplier: 3, odds_multiplier: 1, reverse: true };
    expect(mod10('940011120108080548301', '6', impb)).toBe(true);
    // Even length: reversing swaps the weights. "12" forward: 1*3 + 2 = 5 → 5; reversed: 2*3 + 1 = 7 → 3.
    expect(mod10('12', '5', { ...impb, reverse: false })).toBe(true);
    expect(mod10('12', '3', impb)).toBe(true);
    expect(mod10('12', '5', impb)).toBe(false);
  });
});

describe('mod7', () => {
  it('checks DHL Express numbers', () => {
    expect(mod7('331881003', '6')).toBe(true);
    expect(mod7('331881003', '4')).toBe(false);
    expect(mod7('7389105114', '6')).toBe(true);
  });
});

describe('luhn', () => {
  it('accepts the textbook Luhn number and rejects a changed digit', () => {
    expect(luhn('7992739871', '3')).toBe(true);
    expect(luhn('7992739871', '4')).toBe(false);
    // Old Dominion 0720956276 + 3.
    expect(luhn('0720956276', '3')).toBe(true);
  });
});

describe('s10 (UPU mod 11, weights 8 6 4 2 3 5 9 7)', () => {
  it('accepts RB123456785GB and rejects check digit 6', () => {
    expect(s10('12345678', '5')).toBe(true);
    expect(s10('12345678', '6')).toBe(false);
  });
  it('maps remainder 0 to 5 and remainder 1 to 0', () => {
    // 00000000 → sum 0 → remainder 0 → check 5.
    expect(s10('00000000', '5')).toBe(true);
    // 00000004: 4*7 = 28, 28 % 11 = 6 → 11-6 = 5.
    expect(s10('00000004', '5')).toBe(true);
    // 00000100: 1*5 = 5, %11 = 5 → 6.
    expect(s10('00000100', '6')).toBe(true);
    // 02000000: 2*6 = 12, remainder 1 → check 0 (not 11-1 = 10).
    expect(s10('02000000', '0')).toBe(true);
    expect(s10('02000000', '1')).toBe(false);
  });
});

describe('sum_product_with_weightings_and_modulo (FedEx)', () => {
  it('checks a FedEx Express 12 number', () => {
    const w = [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];
    expect(sumProductWithWeightingsAndModulo('79053531231', '7', w, 11, 10)).toBe(true);
    expect(sumProductWithWeightingsAndModulo('79053531231', '8', w, 11, 10)).toBe(false);
  });
});

describe('mod_37_36 (ISO 7064, DPD)', () => {
  it('computes a letter check character', () => {
    expect(mod37_36('09980000020034', 'D')).toBe(true);
    expect(mod37_36('09980000020034', 'E')).toBe(false);
    expect(mod37_36('09980000020034', '3')).toBe(false);
  });
});

describe('validateChecksum dispatcher', () => {
  it('routes by name and fails unknown algorithms', () => {
    expect(validateChecksum({ name: 'mod7', modulo: 7 }, '331881003', '6')).toBe(true);
    expect(validateChecksum({ name: 'luhn' }, '7992739871', '3')).toBe(true);
    expect(validateChecksum({ name: 'no_such_algorithm' }, '7992739871', '3')).toBe(false);
  });
});
