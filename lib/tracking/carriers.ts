// Carrier names as shops write them → canonical names. Used by carrierFromName and to spot carrier words next
// to a number in free text. Codes for dataset carriers are tracking_number_data courier_codes; the Chinese ones
// are ours. kuaidi100 codes (`kd100`) build a tracking URL for Chinese carriers (a link only, never fetched).

export type CarrierInfo = {
  code: string;
  carrier: string;
  carrierZh?: string;
  /** Names as written on shop pages, e-mails and chat; matched case-insensitively for Latin script. */
  aliases: readonly string[];
  /** Aliases too common or ambiguous to count as a carrier word in free text (they still map in carrierFromName). */
  nameOnly?: readonly string[];
  kd100?: string;
  chinese?: boolean;
};

export const CARRIERS: readonly CarrierInfo[] = [
  // Chinese domestic carriers (names from Taobao/Tmall logistics panels).
  {
    code: 'sf',
    carrier: 'SF Express',
    carrierZh: '顺丰速运',
    aliases: ['顺丰速运', '顺丰快递', '顺丰速递', '顺丰', 'SF Express', 'S.F. Express', 'SF-Express', 'Shunfeng'],
    nameOnly: ['SF'],
    kd100: 'shunfeng',
    chinese: true,
  },
  {
    code: 'yto',
    carrier: 'YTO Express',
    carrierZh: '圆通速递',
    aliases: ['圆通速递', '圆通快递', '圆通', 'YTO Express', 'YTO'],
    kd100: 'yuantong',
    chinese: true,
  },
  {
    code: 'zto_freight',
    carrier: 'ZTO Freight',
    carrierZh: '中通快运',
    aliases: ['中通快运', 'ZTO Freight'],
    kd100: 'zhongtongkuaiyun',
    chinese: true,
  },
  {
    code: 'zto',
    carrier: 'ZTO Express',
    carrierZh: '中通快递',
    aliases: ['中通快递', '中通速递', '中通', 'ZTO Express', 'ZTO'],
    kd100: 'zhongtong',
    chinese: true,
  },
  {
    code: 'sto',
    carrier: 'STO Express',
    carrierZh: '申通快递',
    aliases: ['申通快递', '申通速递', '申通', 'STO Express', 'STO'],
    kd100: 'shentong',
    chinese: true,
  },
  {
    code: 'yunda',
    carrier: 'Yunda Express',
    carrierZh: '韵达快递',
    aliases: ['韵达快递', '韵达速递', '韵达', 'Yunda Express', 'Yunda'],
    kd100: 'yunda',
    chinese: true,
  },
  {
    code: 'jd',
    carrier: 'JD Logistics',
    carrierZh: '京东物流',
    aliases: ['京东物流', '京东快递', '京东快运', '京东配送', 'JD Logistics', 'JDL Express', 'JD Express'],
    nameOnly: ['京东', 'JD', 'JDL'],
    kd100: 'jd',
    chinese: true,
  },
  {
    code: 'ems',
    carrier: 'EMS',
    carrierZh: '中国邮政EMS',
    aliases: ['邮政EMS', '中国邮政速递物流', '邮政速递', 'EMS经济快递', 'EMS快递', '中国EMS', 'China EMS', 'EMS'],
    kd100: 'ems',
    chinese: true,
  },
  {
    code: 'china_post',
    carrier: 'China Post',
    carrierZh: '中国邮政',
    aliases: [
      '邮政快递包裹',
      '邮政国内小包',
      '邮政包裹',
      '邮政小包',
      '中国邮政',
      '邮政快递',
      'China Post',
      'ChinaPost',
    ],
    nameOnly: ['邮政'],
    kd100: 'youzhengguonei',
    chinese: true,
  },
  {
    code: 'jt',
    carrier: 'J&T Express',
    carrierZh: '极兔速递',
    aliases: ['极兔速递', '极兔快递', '极兔', 'J&T Express', 'J&T', 'JT Express', 'Jitu Express'],
    kd100: 'jtexpress',
    chinese: true,
  },
  {
    code: 'cainiao',
    carrier: 'Cainiao',
    carrierZh: '菜鸟速递',
    aliases: ['菜鸟速递', '菜鸟直送', '菜鸟裹裹', '菜鸟驿站', '菜鸟', 'Cainiao'],
    kd100: 'danniao',
    chinese: true,
  },
  {
    // Cainiao's own delivery network, named apart on Taobao/Tmall logistics panels (丹鸟, 2020–2025) and in
    // courier lists (丹鸟速递 / danniao, 丹鸟快递).
    code: 'danniao',
    carrier: 'Danniao',
    carrierZh: '丹鸟速递',
    aliases: ['丹鸟速递', '丹鸟快递', '丹鸟', 'Danniao'],
    kd100: 'danniao',
    chinese: true,
  },
  {
    code: 'best',
    carrier: 'Best Express',
    carrierZh: '百世快递',
    aliases: ['百世快递', '百世汇通', '百世快运', '汇通快递', '百世', 'Best Express', 'BEST Inc'],
    kd100: 'huitongkuaidi',
    chinese: true,
  },
  {
    code: 'deppon',
    carrier: 'Deppon',
    carrierZh: '德邦快递',
    aliases: ['德邦快递', '德邦物流', '德邦快运', '德邦', 'Deppon Express', 'Deppon'],
    kd100: 'debangkuaidi',
    chinese: true,
  },
  {
    code: 'uc',
    carrier: 'UC Express',
    carrierZh: '优速快递',
    aliases: ['优速快递', '优速物流', '优速', 'UC Express'],
    kd100: 'youshuwuliu',
    chinese: true,
  },
  {
    code: 'ttk',
    carrier: 'TTK Express',
    carrierZh: '天天快递',
    aliases: ['天天快递', 'TTK Express'],
    kd100: 'tiantian',
    chinese: true,
  },
  {
    code: 'zjs',
    carrier: 'ZJS Express',
    carrierZh: '宅急送',
    aliases: ['宅急送', 'ZJS Express'],
    kd100: 'zhaijisong',
    chinese: true,
  },
  {
    code: 'kye',
    carrier: 'KYE Express',
    carrierZh: '跨越速运',
    aliases: ['跨越速运', '跨越快递', 'KY Express', 'KYE'],
    kd100: 'kuayue',
    chinese: true,
  },
  {
    code: 'ane',
    carrier: 'ANE Logistics',
    carrierZh: '安能物流',
    aliases: ['安能物流', '安能快运', '安能'],
    chinese: true,
  },
  {
    code: 'fengwang',
    carrier: 'Fengwang Express',
    carrierZh: '丰网速运',
    aliases: ['丰网速运', '丰网'],
    chinese: true,
  },
  { code: 'sxjd', carrier: 'Shunxin Jieda', carrierZh: '顺心捷达', aliases: ['顺心捷达'], chinese: true },
  { code: 'yimidida', carrier: 'Yimidida', carrierZh: '壹米滴答', aliases: ['壹米滴答'], chinese: true },
  {
    code: 'zhongyou',
    carrier: 'Zhongyou Express',
    carrierZh: '众邮快递',
    aliases: ['众邮快递', '众邮'],
    chinese: true,
  },
  {
    code: 'yunexpress',
    carrier: 'YunExpress',
    carrierZh: '云途物流',
    aliases: ['云途物流', '云途', 'YunExpress', 'Yun Express'],
  },
  // Carriers in tracking_number_data.
  {
    code: 'ups',
    carrier: 'UPS',
    aliases: ['United Parcel Service', 'UPS Ground', 'UPS Mail Innovations', 'UPS SurePost', 'UPS', '联合包裹'],
  },
  {
    code: 'fedex',
    carrier: 'FedEx',
    aliases: [
      'FedEx Ground',
      'FedEx Express',
      'FedEx Home Delivery',
      'FedEx SmartPost',
      'Federal Express',
      'FedEx',
      '联邦快递',
    ],
  },
  {
    code: 'dhl',
    carrier: 'DHL',
    aliases: [
      'DHL Express',
      'DHL eCommerce',
      'DHL E-Commerce',
      'DHL Paket',
      'DHL Parcel',
      'Deutsche Post DHL',
      'DHL',
      '敦豪',
    ],
  },
  {
    code: 'usps',
    carrier: 'USPS',
    aliases: ['United States Postal Service', 'U.S. Postal Service', 'US Postal Service', 'USPS', '美国邮政'],
  },
  {
    code: 'amazon',
    carrier: 'Amazon Logistics',
    aliases: [
      'Amazon Logistics',
      'Amazon Shipping',
      'AMZL_US',
      'AMZL',
      'Amazon Logistik',
      'Amazon Logistique',
      '亚马逊物流',
    ],
    // "Amazon" is on every Amazon page: as a carrier word in text it would label every number.
    nameOnly: ['Amazon', 'Amazon.com', 'Amazon Transportation'],
  },
  { code: 'canada_post', carrier: 'Canada Post', aliases: ['Canada Post', 'Postes Canada'] },
  { code: 'canpar', carrier: 'Canpar', aliases: ['Canpar Express', 'Canpar'] },
  { code: 'dpd', carrier: 'DPD', aliases: ['DPD Local', 'DPD UK', 'DPD'] },
  { code: 'gofo', carrier: 'GOFO Express', aliases: ['GOFO Express', 'GOFO'] },
  { code: 'landmark', carrier: 'Landmark Global', aliases: ['Landmark Global', 'Landmark'] },
  { code: 'lasership', carrier: 'LaserShip', aliases: ['LaserShip', 'Laser Ship', 'OnTrac LaserShip'] },
  {
    code: 'old_dominion',
    carrier: 'Old Dominion Freight Line',
    aliases: ['Old Dominion Freight Line', 'Old Dominion', 'ODFL'],
  },
  { code: 'ontrac', carrier: 'OnTrac', aliases: ['OnTrac'] },
  { code: 'purolator', carrier: 'Purolator', aliases: ['Purolator'] },
  { code: 'speedee', carrier: 'Spee-Dee Delivery', aliases: ['Spee-Dee Delivery', 'Spee-Dee', 'Speedee'] },
  { code: 'yodel', carrier: 'Yodel', aliases: ['Yodel'] },
  // Postal operators (S10 numbers) and other carriers common on Amazon marketplaces; no number format of our own.
  { code: 'royal_mail', carrier: 'Royal Mail', aliases: ['Royal Mail', 'Parcelforce'] },
  { code: 'deutsche_post', carrier: 'Deutsche Post', aliases: ['Deutsche Post'] },
  { code: 'la_poste', carrier: 'La Poste', aliases: ['La Poste', 'Colissimo', 'Chronopost'] },
  { code: 'japan_post', carrier: 'Japan Post', aliases: ['Japan Post', '日本郵便', 'ゆうパック', 'ゆうパケット'] },
  {
    code: 'yamato',
    carrier: 'Yamato Transport',
    aliases: ['Yamato Transport', 'ヤマト運輸', 'クロネコヤマト', 'ヤマト'],
  },
  { code: 'sagawa', carrier: 'Sagawa Express', aliases: ['Sagawa Express', '佐川急便', 'Sagawa'] },
  { code: 'correos', carrier: 'Correos', aliases: ['Correos Express', 'Correos'] },
  { code: 'seur', carrier: 'SEUR', aliases: ['SEUR'] },
  { code: 'poste_italiane', carrier: 'Poste Italiane', aliases: ['Poste Italiane', 'Poste Delivery Business'] },
  { code: 'brt', carrier: 'BRT', aliases: ['BRT', 'Bartolini'] },
  { code: 'postnl', carrier: 'PostNL', aliases: ['PostNL'] },
  { code: 'australia_post', carrier: 'Australia Post', aliases: ['Australia Post', 'StarTrack'] },
  { code: 'hongkong_post', carrier: 'Hong Kong Post', aliases: ['Hong Kong Post', '香港郵政', '香港邮政'] },
  { code: 'gls', carrier: 'GLS', aliases: ['GLS'] },
  { code: 'hermes', carrier: 'Evri', aliases: ['Evri', 'Hermes'] },
  { code: 'tnt', carrier: 'TNT', aliases: ['TNT'] },
  { code: 'inpost', carrier: 'InPost', aliases: ['InPost'] },
  { code: 'india_post', carrier: 'India Post', aliases: ['India Post'] },
  { code: 'correios', carrier: 'Correios', aliases: ['Correios'] },
];

export const CARRIER_BY_CODE: ReadonlyMap<string, CarrierInfo> = new Map(CARRIERS.map((c) => [c.code, c]));

/** Lower-cases Latin letters and drops spaces/punctuation so "DHL-Express" and "dhl express" compare equal. */
export function normaliseCarrierName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.,:;()（）【】[\]·•/|"'「」]+/g, '');
}

const EXACT = new Map<string, CarrierInfo>();
const CONTAINED: { key: string; info: CarrierInfo; latin: boolean }[] = [];
for (const info of CARRIERS) {
  for (const alias of [...info.aliases, ...(info.nameOnly ?? [])]) {
    const key = normaliseCarrierName(alias);
    if (!EXACT.has(key)) EXACT.set(key, info);
    CONTAINED.push({ key, info, latin: /^[a-z0-9&]+$/.test(key) });
  }
  const canonical = normaliseCarrierName(info.carrier);
  if (!EXACT.has(canonical)) EXACT.set(canonical, info);
}
// Longest first, so "中通快运" wins over "中通" and "DHL eCommerce" over "DHL".
CONTAINED.sort((a, b) => b.key.length - a.key.length);

/** Finds the carrier a shop-page label names, e.g. "中通快递" → ZTO Express / 中通快递. */
export function lookupCarrier(name: string): CarrierInfo | null {
  const key = normaliseCarrierName(name);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  // Containment: "物流公司：圆通速递" or "Shipped with UPS Ground". Short Latin aliases (≤3 letters) must stand
  // as a word in the original text, so "groups" is not UPS.
  for (const { key: alias, info, latin } of CONTAINED) {
    if (!key.includes(alias)) continue;
    if (latin && alias.length <= 3) {
      const word = new RegExp(`(^|[^A-Za-z])${alias}($|[^A-Za-z])`, 'i');
      if (!word.test(name)) continue;
    }
    return info;
  }
  return null;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Carrier words for free text. Acronyms (UPS, DHL, EMS…) are matched case-sensitively so "ups and downs" is
// not UPS; longer Latin names case-insensitively; CJK names as they are.
const wordEntries = CARRIERS.flatMap((info) => info.aliases.map((alias) => ({ alias, info })));
const byAlias = new Map<string, CarrierInfo>();
for (const { alias, info } of wordEntries)
  if (!byAlias.has(alias.toLowerCase())) byAlias.set(alias.toLowerCase(), info);
const isAcronym = (alias: string) => /^[A-Z&]{2,5}$/.test(alias);
function wordSource(aliases: string[]): string {
  return aliases
    .sort((a, b) => b.length - a.length)
    .map((a) => (/^[A-Za-z]/.test(a) ? `(?<![A-Za-z])${escapeRegex(a)}(?![A-Za-z])` : escapeRegex(a)))
    .join('|');
}
const CARRIER_WORDS_CASED = new RegExp(
  wordSource(wordEntries.map((e) => e.alias).filter((a) => isAcronym(a) || !/^[A-Za-z]/.test(a))),
  'g',
);
const CARRIER_WORDS_FOLDED = new RegExp(
  wordSource(wordEntries.map((e) => e.alias).filter((a) => !isAcronym(a) && /^[A-Za-z]/.test(a))),
  'gi',
);

export type CarrierWordHit = { info: CarrierInfo; index: number; end: number };

/** Carrier names written in `window`, in text order. */
export function carrierWordsIn(window: string): CarrierWordHit[] {
  const hits: CarrierWordHit[] = [];
  for (const re of [CARRIER_WORDS_CASED, CARRIER_WORDS_FOLDED]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const info = byAlias.get(m[0].toLowerCase());
      if (info) hits.push({ info, index: m.index, end: m.index + m[0].length });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
