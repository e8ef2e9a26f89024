import { sha256 } from './sha256';

/**
 * Checksums the detectors need. Luhn and IBAN mod-97 come from `validator`; the ones below
 * are not in `validator` as a reusable function (its zh-CN ID check is buried in the
 * 12 KB all-locales isIdentityCard module, and it has no Base58Check/Bech32 at all).
 */

const CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_ID_CHECK_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a PRC resident ID. */
export function cnResidentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (CN_ID_WEIGHTS[i] ?? 0);
  return CN_ID_CHECK_CHARS[sum % 11] ?? '';
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map([...BASE58_ALPHABET].map((c, i) => [c, i] as const));

function base58Decode(s: string): Uint8Array | null {
  const bytes: number[] = [0];
  for (const ch of s) {
    const value = BASE58_INDEX.get(ch);
    if (value === undefined) return null;
    let carry = value;
    for (let i = 0; i < bytes.length; i++) {
      carry += (bytes[i] ?? 0) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** Legacy (P2PKH, version 0x00) or P2SH (0x05) Bitcoin address with a valid double-SHA-256 checksum. */
export function isBase58CheckBitcoinAddress(s: string): boolean {
  const decoded = base58Decode(s);
  if (decoded?.length !== 25) return false;
  const version = decoded[0];
  if (version !== 0x00 && version !== 0x05) return false;
  const hash = sha256(sha256(decoded.subarray(0, 21)));
  for (let i = 0; i < 4; i++) if (hash[i] !== decoded[21 + i]) return false;
  return true;
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GENERATORS[i] ?? 0;
  }
  return chk >>> 0;
}

/** SegWit address (BIP-173 Bech32 for v0, BIP-350 Bech32m for v1+), mainnet `bc` or testnet `tb`. */
export function isBech32BitcoinAddress(address: string): boolean {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return false;
  const s = address.toLowerCase();
  const sep = s.lastIndexOf('1');
  const hrp = s.slice(0, sep);
  if ((hrp !== 'bc' && hrp !== 'tb') || s.length > 90) return false;
  const data: number[] = [];
  for (const ch of s.slice(sep + 1)) {
    const v = BECH32_CHARSET.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  if (data.length < 7) return false;
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >> 5);
  expanded.push(0);
  for (const c of hrp) expanded.push(c.charCodeAt(0) & 31);
  const polymod = bech32Polymod([...expanded, ...data]);
  const witnessVersion = data[0] ?? -1;
  const programLength = Math.floor(((data.length - 7) * 5) / 8);
  if (witnessVersion === 0) return polymod === 1 && (programLength === 20 || programLength === 32);
  return witnessVersion <= 16 && polymod === 0x2bc830a3 && programLength >= 2 && programLength <= 40;
}
