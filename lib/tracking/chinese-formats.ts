// Chinese waybill formats. Sources (see tests/fixtures/tracking/cn-waybills.json): BF-zh/Courier-Validation
// prefix/length rules ("strict" here) and the hive-third-functions UDF rules ("loose"). No Chinese carrier
// publishes a check digit, so every rule is prefix + length only. Letter-prefixed formats (SF…, YT…, JD…, JT…,
// DPK…) name one carrier; all-digit formats overlap and only say "could be one of these".

export type ChineseFormat = {
  id: string;
  code: string;
  service: string;
  regex: RegExp;
  /** strict: BF-zh rule that few other carriers share; loose: hive UDF or legacy rule that overlaps a lot. */
  strength: 'prefixed' | 'strict' | 'loose';
  /** So loose it fits any number of its length: read as this carrier's only when the carrier is named beside it. */
  onlyWhenNamed?: boolean;
};

export const CHINESE_PREFIXED: readonly ChineseFormat[] = [
  {
    id: 'cn_sf',
    code: 'sf',
    service: 'SF Express waybill (SF + 13)',
    regex: /^SF[A-Z0-9]\d{12}$/,
    strength: 'prefixed',
  },
  { id: 'cn_yto', code: 'yto', service: 'YTO waybill (YT + 13 digits)', regex: /^YT\d{13}$/, strength: 'prefixed' },
  {
    id: 'cn_jd',
    code: 'jd',
    service: 'JD Logistics waybill (JD…)',
    regex: /^(?:JD[A-Z0-9]{2}\d{11}|JD[XK]\d{12}|JDV[A-Z]\d{11})$/,
    strength: 'prefixed',
  },
  {
    id: 'cn_jd_va',
    code: 'jd',
    service: 'JD Logistics waybill (VA + 11 digits)',
    regex: /^VA\d{11}$/,
    strength: 'prefixed',
  },
  { id: 'cn_jt', code: 'jt', service: 'J&T waybill (JT + 12-13 digits)', regex: /^JT\d{12,13}$/, strength: 'prefixed' },
  { id: 'cn_deppon', code: 'deppon', service: 'Deppon waybill (DPK…)', regex: /^DPK\d{11,13}$/, strength: 'prefixed' },
  // LP…CN has the S10 shape but is Cainiao's own logistics-order number (no S10 check digit); unconfirmed.
  { id: 'cn_cainiao_lp', code: 'cainiao', service: 'Cainiao (LP…CN)', regex: /^LP\d{9}CN$/, strength: 'prefixed' },
  // LP + 14 digits ("LP00…"): the Cainiao logistics number AliExpress orders show; several public carrier-detection
  // rule lists (AliExpress/Cainiao parsers of order mails, a Brazilian tracking helper) name it so.
  {
    id: 'cn_cainiao_lp14',
    code: 'cainiao',
    service: 'Cainiao (LP + 14 digits)',
    regex: /^LP\d{14}$/,
    strength: 'prefixed',
  },
  {
    id: 'cn_chinapost_p',
    code: 'china_post',
    service: 'China Post parcel (P…)',
    regex: /^P[A-Z]\d{11}$/,
    strength: 'prefixed',
  },
];

/** All-digit formats, most specific first. Only ever used with context (a label or a carrier word). */
export const CHINESE_NUMERIC: readonly ChineseFormat[] = [
  { id: 'cn_zto_14', code: 'zto', service: 'ZTO waybill (14 digits)', regex: /^7[3-68]\d{12}$/, strength: 'strict' },
  { id: 'cn_sto', code: 'sto', service: 'STO waybill (77/43…)', regex: /^(?:77|43)\d{12,15}$/, strength: 'strict' },
  { id: 'cn_yunda_15', code: 'yunda', service: 'Yunda waybill (15 digits)', regex: /^[34]\d{14}$/, strength: 'strict' },
  {
    id: 'cn_yunda_13',
    code: 'yunda',
    service: 'Yunda waybill (5 + 12 digits)',
    regex: /^5\d{12}$/,
    strength: 'strict',
  },
  {
    id: 'cn_cainiao_621',
    code: 'cainiao',
    service: 'Cainiao (621 + 12 digits)',
    regex: /^621\d{12}$/,
    strength: 'strict',
  },
  {
    id: 'cn_chinapost_13',
    code: 'china_post',
    service: 'China Post parcel (13 digits)',
    regex: /^[981]\d{12}$/,
    strength: 'strict',
  },
  {
    id: 'cn_ems_13',
    code: 'ems',
    service: 'EMS domestic (13 digits)',
    regex: /^(?:10|11|12|50|51|52|95|97|98|99)\d{11}$/,
    strength: 'loose',
  },
  {
    id: 'cn_sto_15',
    code: 'sto',
    service: 'STO waybill (15 digits)',
    regex: /^(?:77|88|99)\d{13}$/,
    strength: 'loose',
  },
  {
    id: 'cn_best_14',
    code: 'best',
    service: 'Best Express waybill (14 digits)',
    regex: /^[67]\d{13}$/,
    strength: 'loose',
  },
  { id: 'cn_best_16', code: 'best', service: 'Best Express waybill (58 + 14)', regex: /^58\d{14}$/, strength: 'loose' },
  { id: 'cn_yto_18', code: 'yto', service: 'YTO waybill (18 digits)', regex: /^[6-9]\d{17}$/, strength: 'loose' },
  {
    id: 'cn_yunda_any',
    code: 'yunda',
    service: 'Yunda waybill (13/15 digits)',
    regex: /^(?:\d{13}|\d{15})$/,
    strength: 'loose',
  },
  {
    id: 'cn_sf_12',
    code: 'sf',
    service: 'SF Express waybill (legacy 12 digits)',
    regex: /^\d{12}$/,
    strength: 'loose',
  },
  { id: 'cn_zto_12', code: 'zto', service: 'ZTO waybill (12 digits)', regex: /^\d{12}$/, strength: 'loose' },
  // hive UDF `^[0-9]{8,10}$`: any short number.
  {
    id: 'cn_deppon_short',
    code: 'deppon',
    service: 'Deppon waybill (8-10 digits)',
    regex: /^\d{8,10}$/,
    strength: 'loose',
    onlyWhenNamed: true,
  },
];

export function matchChinesePrefixed(normalised: string): ChineseFormat | null {
  return CHINESE_PREFIXED.find((f) => f.regex.test(normalised)) ?? null;
}

/** Every numeric Chinese format the number fits, strict ones first. */
export function matchChineseNumeric(normalised: string): ChineseFormat[] {
  if (!/^\d{8,18}$/.test(normalised)) return [];
  return CHINESE_NUMERIC.filter((f) => f.regex.test(normalised));
}

/** Plausible length for a Chinese domestic waybill when a carrier word vouches for it but no rule matches. */
export function isPlausibleChineseWaybill(normalised: string): boolean {
  return /^(?:[A-Z]{0,4}\d{10,18}|\d{10,20})$/.test(normalised);
}
