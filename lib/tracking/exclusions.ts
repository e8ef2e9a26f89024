// Numbers that look like tracking numbers but are something else. Checked before any carrier format, because
// several dataset formats (DHL Express: any 10-11 digits with a mod-7 check; DHL E-Commerce: any 14 digits)
// would otherwise claim them.

/** Mainland China mobile number, optionally with the 86 country code in front. */
export function isChineseMobile(digits: string): boolean {
  return /^(?:86)?1[3-9]\d{9}$/.test(digits);
}

const PRC_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const PRC_ID_CHECK = '10X98765432';

/** 18-character PRC resident identity number (GB 11643, ISO 7064 MOD 11-2 check) with a plausible birth date. */
export function isPrcResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (PRC_ID_WEIGHTS[i] ?? 0);
  return PRC_ID_CHECK[sum % 11] === value[17];
}

/**
 * Amazon order id: ddd-ddddddd-ddddddd; digital orders start with D01-, and azad's orderIdRegExp takes any [A-Z0-9]
 * first character; Amazon Fresh (2025+) numbers its orders with a UUID (azad util.ts).
 */
export function isAmazonOrderId(value: string): boolean {
  return /^(?:[0-9A-Z]\d{2}-\d{7}-\d{7}|[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})$/i.test(value);
}

/** 支付宝交易号: 28-32 digits starting with the trade date (yyyyMMdd). */
export function isAlipayTradeNumber(digits: string): boolean {
  return /^20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{20,24}$/.test(digits);
}

/** A timestamp such as 20240115 or 20240115093000 (yyyyMMdd[HHmm[ss]]). */
export function isDateStamp(digits: string): boolean {
  return /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?$/.test(
    digits,
  );
}

/** Every digit the same ("000000000000"): a placeholder, never a real number. */
export function isRepeatedDigit(value: string): boolean {
  return /^(\d)\1+$/.test(value);
}

/** Amazon product id (ASIN): B0 + 8 letters/digits, printed beside every item on Amazon pages. */
export function isAsin(value: string): boolean {
  return /^B0[0-9A-Z]{8}$/.test(value) && /[A-Z]/.test(value.slice(2));
}

/** Reasons a candidate must never be reported, whatever the label says. */
export function alwaysExcluded(normalised: string): boolean {
  return (
    isAsin(normalised) ||
    isChineseMobile(normalised) ||
    isPrcResidentId(normalised) ||
    isAmazonOrderId(normalised) ||
    isRepeatedDigit(normalised) ||
    isDateStamp(normalised)
  );
}
