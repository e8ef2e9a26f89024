// Words that say what the next number is. Positive labels name a tracking/waybill number; negative labels name
// something else (order, payment, phone, product code…). The label nearest to a number wins, so
// "订单号 … 运单号 773…" attributes the second number correctly.

const POSITIVE = [
  // zh
  '运单号码',
  '运单编号',
  '运单号',
  '快递单号码',
  '快递单号',
  '快递单',
  '物流单号',
  '物流编号',
  '物流号',
  '快递号',
  '包裹单号',
  '包裹号',
  '货运单号',
  '面单号',
  '追踪号',
  '跟踪号',
  '单号',
  '運單號',
  '快遞單號',
  '物流單號',
  '追蹤號碼',
  '邮件号',
  // en
  'tracking number',
  'tracking no',
  'tracking #',
  'tracking id',
  'tracking code',
  'tracking',
  'track your package',
  'track package',
  'waybill',
  'air waybill',
  'awb',
  'consignment number',
  'consignment no',
  'shipment number',
  'shipment id',
  'parcel number',
  'package number',
  'pro number',
  // de
  'sendungsverfolgungsnummer',
  'sendungsnummer',
  'sendungs-id',
  // Abbreviated, as shops' shipping mails and tracking forms write it ("Sendungs-Nr.").
  'sendungs-nr',
  'trackingnummer',
  'tracking-nummer',
  'paketnummer',
  'sendungsverfolgung',
  // fr
  'numéro de suivi',
  'numero de suivi',
  'n° de suivi',
  // With the ordinal indicator º (U+00BA) instead of the degree sign, as French shop pages also print it.
  'nº de suivi',
  'code de suivi',
  'numéro de colis',
  'numero de colis',
  'suivi du colis',
  // es / pt
  'número de seguimiento',
  'numero de seguimiento',
  'nº de seguimiento',
  'n.º de seguimiento',
  'código de seguimiento',
  'número de rastreo',
  'numero de rastreo',
  'código de rastreio',
  'código de rastreamento',
  'número de rastreamento',
  'id de seguimiento',
  'id de rastreo',
  'número de guía',
  'numero de guia',
  'id de suivi',
  // it
  'codice di tracciabilità',
  'codice di tracciabilita',
  'codice di tracking',
  'numero di tracking',
  'numero di spedizione',
  'codice spedizione',
  'tracciamento',
  // nl / pl / sv / tr
  'track & trace',
  'track&trace',
  'zendingnummer',
  'numer przesyłki',
  'numer śledzenia',
  'spårningsnummer',
  'spårnings-id',
  'kollinummer',
  'sporingsnummer',
  'trackingcode',
  'takip numarası',
  'takip no',
  // ru / ar
  'трек-номер',
  'трек номер',
  'номер отслеживания',
  'رقم التتبع',
  'رقم الشحنة',
  // ja / ko
  'お問い合わせ伝票番号',
  'お問い合せ伝票番号',
  '問い合わせ伝票番号',
  'お問い合わせ番号',
  'お問い合せ番号',
  '問い合わせ番号',
  '問い合せ番号',
  // The same without the okurigana (問合せ, as Japanese shops and invoices often write it), and 送り状番号 ("waybill
  // number") of Yamato's and Sagawa's own forms.
  'お問合せ伝票番号',
  '問合せ伝票番号',
  'お問合せ番号',
  '問合せ番号',
  '送り状番号',
  '追跡番号',
  '伝票番号',
  '配送番号',
  '운송장 번호',
  '운송장번호',
  '송장번호',
  '송장 번호',
];

const NEGATIVE = [
  // zh
  '订单号码',
  '订单编号',
  '订单号',
  '子订单',
  '父订单',
  '订单',
  '支付宝交易号',
  '交易号',
  '交易单号',
  '商户订单号',
  '流水号',
  '退款编号',
  '售后单号',
  '服务单号',
  '手机号码',
  '手机号',
  '手机',
  '联系电话',
  '电话',
  '客服热线',
  '客服电话',
  '热线',
  '身份证号',
  '身份证',
  '证件号',
  '银行卡',
  '卡号',
  '商品编号',
  '商品编码',
  '商品id',
  '货号',
  '条形码',
  '条码',
  '发票号',
  '发票代码',
  '价格',
  '金额',
  '实付',
  // en
  'order number',
  'order no',
  'order #',
  'order id',
  'order:',
  'purchase order',
  'invoice',
  'phone',
  'mobile',
  'tel',
  'fax',
  'hotline',
  'call us',
  'isbn',
  'ean',
  'upc',
  'asin',
  'sku',
  'item number',
  'model number',
  'card number',
  'account number',
  'transaction id',
  // de / fr / es / it / ja
  'bestellnummer',
  'rechnungsnummer',
  'telefon',
  'numéro de commande',
  'commande n°',
  'número de pedido',
  'numero de pedido',
  "numero d'ordine",
  'numero ordine',
  'ご注文番号',
  '注文番号',
  '電話番号',
];

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildRegex(words: readonly string[]): string {
  // Latin words need word boundaries ("tel" must not match inside "hotel"); CJK words have none.
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const body = escapeRegex(w);
      return /^[a-z]/i.test(w) ? `(?<![A-Za-z])${body}(?![a-z])` : body;
    })
    .join('|');
}

const POSITIVE_SOURCE = buildRegex(POSITIVE);
const NEGATIVE_SOURCE = buildRegex(NEGATIVE);
/** One regex, positive alternatives in group 1 so the nearest label of either kind is found in one pass. */
const LABEL_REGEX = new RegExp(`(${POSITIVE_SOURCE})|(?:${NEGATIVE_SOURCE})`, 'gi');

// Japanese labels written in kanji only: not a sign of Chinese text.
const JAPANESE_KANJI_LABELS = new Set(['追跡番号', '伝票番号', '配送番号', '注文番号', '電話番号']);

export type LabelHit = { positive: boolean; index: number; end: number; chinese: boolean };

/** The label closest to the end of `window` (the text just before a number), or null. */
export function nearestLabelBefore(window: string): LabelHit | null {
  LABEL_REGEX.lastIndex = 0;
  let last: LabelHit | null = null;
  for (let m = LABEL_REGEX.exec(window); m; m = LABEL_REGEX.exec(window)) {
    last = {
      positive: m[1] !== undefined,
      index: m.index,
      end: m.index + m[0].length,
      chinese: /[\u3400-\u9fff]/.test(m[0]) && !/[\u3040-\u30ff]/.test(m[0]) && !JAPANESE_KANJI_LABELS.has(m[0]),
    };
    if (m[0].length === 0) LABEL_REGEX.lastIndex += 1;
  }
  return last;
}
