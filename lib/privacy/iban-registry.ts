/**
 * BBAN layout per country, from the SWIFT IBAN registry (incl. 2020s additions such as LY, SO, SD): runs of
 * `n` digits, `a` upper-case letters, `c` either; the IBAN is "CC" + 2 check digits + that BBAN.
 * Why our own table rather than validator.isIBAN: its patterns lag the registry — it has no LY, and its
 * BY pattern demands 20 digits where the registry (and Presidio's vectors, e.g. "BY13 NBRB 3600 9000 0000
 * 2Z00 AB00") allow letters. Why a layout and not only a length: mod-97 is blind to a letter where a digit
 * belongs once the check digits are recomputed ("ES93A916…"), and a real Spanish IBAN never has one.
 * TR is 5n17c, not the registry's 5n1n16c: the one reserved digit is lenient in Presidio and validator.js
 * alike, and following them there costs nothing a typo check would catch.
 * Also the countries that use IBANs outside the registry, as validator.js lists them (DZ, IR, MA, MZ).
 */
const IBAN_BBAN: Readonly<Record<string, string>> = {
  AD: '8n12c',
  AE: '19n',
  AL: '8n16c',
  AT: '16n',
  AZ: '4a20c',
  BA: '16n',
  BE: '12n',
  BG: '4a6n8c',
  BH: '4a14c',
  BI: '23n',
  BR: '23n1a1c',
  BY: '4c4n16c',
  CH: '5n12c',
  CR: '18n',
  CY: '8n16c',
  CZ: '20n',
  DE: '18n',
  DJ: '23n',
  DK: '14n',
  DO: '4c20n',
  DZ: '22n',
  EE: '16n',
  EG: '25n',
  ES: '20n',
  FI: '14n',
  FK: '2a12n',
  FO: '14n',
  FR: '10n11c2n',
  GB: '4a14n',
  GE: '2a16n',
  GI: '4a15c',
  GL: '14n',
  GR: '7n16c',
  GT: '4c20c',
  HN: '4a20n',
  HR: '17n',
  HU: '24n',
  IE: '4a14n',
  IL: '19n',
  IQ: '4a15n',
  IR: '22n',
  IS: '22n',
  IT: '1a10n12c',
  JO: '4a4n18c',
  KW: '4a22c',
  KZ: '3n13c',
  LB: '4n20c',
  LC: '4a24c',
  LI: '5n12c',
  LT: '16n',
  LU: '3n13c',
  LV: '4a13c',
  LY: '21n',
  MA: '24n',
  MC: '10n11c2n',
  MD: '2c18c',
  ME: '18n',
  MK: '3n10c2n',
  MN: '16n',
  MR: '23n',
  MT: '4a5n18c',
  MU: '4a19n3a',
  MZ: '21n',
  NI: '4a20n',
  NL: '4a10n',
  NO: '11n',
  OM: '3n16c',
  PK: '4a16c',
  PL: '24n',
  PS: '4a21c',
  PT: '21n',
  QA: '4a21c',
  RO: '4a16c',
  RS: '18n',
  RU: '14n15c',
  SA: '2n18c',
  SC: '4a20n3a',
  SD: '14n',
  SE: '20n',
  SI: '15n',
  SK: '20n',
  SM: '1a10n12c',
  SO: '19n',
  ST: '21n',
  SV: '4a20n',
  TL: '19n',
  TN: '20n',
  TR: '5n17c',
  UA: '6n19c',
  VA: '18n',
  VG: '4a16n',
  XK: '16n',
  YE: '4a4n18c',
};

const LAYOUT_CLASS: Readonly<Record<string, string>> = { n: '\\d', a: '[A-Z]', c: '[A-Z0-9]' };

/** "4a14n" → /^[A-Z]{4}\d{14}$/, built on first use of each country and kept. */
const bbanPatterns = new Map<string, RegExp>();
function bbanPattern(country: string): RegExp | undefined {
  let re = bbanPatterns.get(country);
  const layout = IBAN_BBAN[country];
  if (re || !layout) return re;
  re = new RegExp(`^${layout.replace(/(\d+)([nac])/g, (_, n: string, k: string) => `${LAYOUT_CLASS[k]}{${n}}`)}$`);
  bbanPatterns.set(country, re);
  return re;
}

/** ISO 13616 mod-97 over an upper-case compact IBAN. */
export function hasValidIbanChecksum(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

/** A compact upper-case IBAN of a registered country, in its country's BBAN layout, with a valid mod-97. */
export function isIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}/.test(compact)) return false;
  const bban = bbanPattern(compact.slice(0, 2));
  return bban?.test(compact.slice(4)) === true && hasValidIbanChecksum(compact);
}
