// Check-digit algorithms named by tracking_number_data. Semantics follow the dataset's reference
// implementation (the Ruby gem `tracking_number`, ChecksumValidations): `serial` is the SerialNumber group
// (after any prepend_if), `checkDigit` the CheckDigit group, both already normalised (no spaces, upper-case).
import type { ChecksumRule } from './types';

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Digit value used by mod10: letters map to (charCode - 3) % 10, as UPS defines for alphanumeric serials. */
function mod10Value(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : (code - 3) % 10;
}

/**
 * Weighted mod 10: position i (0-based, after optional reversal) is multiplied by `odds_multiplier` when i is
 * odd and `evens_multiplier` when i is even; the check digit is (10 - sum % 10) % 10. No digit-summing of
 * products (that is Luhn).
 */
export function mod10(serial: string, checkDigit: string, rule: ChecksumRule = {} as ChecksumRule): boolean {
  const chars = rule.reverse ? [...serial].reverse() : [...serial];
  let total = 0;
  for (let i = 0; i < chars.length; i++) {
    let x = mod10Value(chars[i] ?? '0');
    if (rule.odds_multiplier !== undefined && i % 2 === 1) x *= rule.odds_multiplier;
    else if (rule.evens_multiplier !== undefined && i % 2 === 0) x *= rule.evens_multiplier;
    total += x;
  }
  return (10 - (total % 10)) % 10 === Number(checkDigit);
}

/** DHL Express: the serial read as a number, modulo 7, is the check digit. */
export function mod7(serial: string, checkDigit: string): boolean {
  if (!/^\d+$/.test(serial) || !/^\d$/.test(checkDigit)) return false;
  // Serials are at most 10 digits here, well inside Number's exact range; BigInt keeps longer ones exact too.
  return Number(BigInt(serial) % 7n) === Number(checkDigit);
}

/** Luhn over the serial with the check digit appended (rightmost serial digit doubled). */
export function luhn(serial: string, checkDigit: string): boolean {
  let total = 0;
  for (let i = 0; i < serial.length; i++) {
    let x = Number(serial[serial.length - 1 - i]);
    if (Number.isNaN(x)) return false;
    if (i % 2 === 0) x *= 2;
    if (x > 9) x -= 9;
    total += x;
  }
  return (10 - (total % 10)) % 10 === Number(checkDigit);
}

/** UPU S10: weights 8,6,4,2,3,5,9,7 mod 11; remainder 0 → 5, remainder 1 → 0, else 11 - remainder. */
export function s10(
  serial: string,
  checkDigit: string,
  weightings: readonly number[] = [8, 6, 4, 2, 3, 5, 9, 7],
): boolean {
  if (!/^\d{8}$/.test(serial)) return false;
  let total = 0;
  for (let i = 0; i < serial.length; i++) total += Number(serial[i]) * (weightings[i] ?? 0);
  const remainder = total % 11;
  const check = remainder === 0 ? 5 : remainder === 1 ? 0 : 11 - remainder;
  return check === Number(checkDigit);
}

/** FedEx: sum of digit × weight (weights aligned from the left), then % modulo1 % modulo2. */
export function sumProductWithWeightingsAndModulo(
  serial: string,
  checkDigit: string,
  weightings: readonly number[],
  modulo1: number,
  modulo2: number,
): boolean {
  let total = 0;
  for (let i = 0; i < serial.length && i < weightings.length; i++) {
    const digit = Number(serial[i]);
    if (Number.isNaN(digit)) return false;
    total += digit * (weightings[i] ?? 0);
  }
  return (total % modulo1) % modulo2 === Number(checkDigit);
}

/** ISO 7064 MOD 37,36 (DPD parcel labels): hybrid system over 0-9A-Z, check character from the same alphabet. */
export function mod37_36(serial: string, checkDigit: string, alphabet: string = ALPHANUMERIC): boolean {
  const mod = 36;
  let cd = mod;
  for (const ch of serial) {
    const value = alphabet.indexOf(ch);
    if (value < 0) return false;
    cd += value;
    if (cd > mod) cd -= mod;
    cd *= 2;
    if (cd > mod) cd -= mod + 1;
  }
  cd = mod + 1 - cd;
  if (cd === mod) cd = 0;
  return alphabet[cd] === checkDigit;
}

/** Runs the dataset's checksum rule; unknown algorithm names count as failing rather than passing. */
export function validateChecksum(rule: ChecksumRule, serial: string, checkDigit: string): boolean {
  switch (rule.name) {
    case 'mod10':
      return mod10(serial, checkDigit, rule);
    case 'mod7':
      return mod7(serial, checkDigit);
    case 'luhn':
      return luhn(serial, checkDigit);
    case 's10':
      return s10(serial, checkDigit, rule.weightings);
    case 'sum_product_with_weightings_and_modulo':
      return sumProductWithWeightingsAndModulo(
        serial,
        checkDigit,
        rule.weightings ?? [],
        rule.modulo1 ?? 11,
        rule.modulo2 ?? 10,
      );
    case 'mod_37_36':
      return mod37_36(serial, checkDigit, rule.alphabet);
    default:
      return false;
  }
}
