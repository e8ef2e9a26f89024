import { describe, expect, it } from 'vitest';
import type { ExtractedOrder } from '../../../lib/extract/types';
import { formatField, formatOrderSummary } from '../../../lib/templates';

const TAOBAO_ORDER: ExtractedOrder = {
  orderId: '4213376587012345678',
  orderDate: '2025-11-06',
  total: { amount: 153, currency: 'CNY', text: '¥153.00' },
  items: [
    { title: '无线蓝牙耳机', quantity: 1 },
    { title: '耳机保护套', quantity: 2 },
  ],
  shop: '小米官方旗舰店',
  status: '卖家已发货',
  shipments: [{ trackingId: 'YT7512345678901', carrier: '圆通速递' }],
};

const AMAZON_ORDER: ExtractedOrder = {
  orderId: '112-9685975-5907428',
  orderDate: '2024-03-15',
  total: { amount: 25.99, currency: 'USD', text: '$25.99' },
  items: [{ title: 'Anker USB-C Charger, 20W' }],
  status: 'Delivered March 18',
  shipments: [{ trackingId: 'TBA123456789000', carrier: 'Amazon Logistics' }],
};

describe('formatOrderSummary', () => {
  // The Chinese summary is pasted into the same chat as the Chinese messages: it punctuates as they do (订单号：…,
  // 运单号：…（中通快递）), not with an English colon and brackets (QA as a Chinese shopper, 2026-11).
  it('writes a Taobao order with tracking in Chinese, one field per line', () => {
    expect(formatOrderSummary(TAOBAO_ORDER, { lang: 'zh_CN', platform: 'taobao' })).toBe(
      [
        '订单号：4213376587012345678',
        '下单时间：2025年11月6日',
        '实付款：¥153.00',
        '店铺：小米官方旗舰店',
        '商品：无线蓝牙耳机；耳机保护套 ×2',
        '状态：卖家已发货',
        '运单号：YT7512345678901（圆通速递）',
      ].join('\n'),
    );
  });

  it('writes the same Taobao order in English with the courier’s English name', () => {
    expect(formatOrderSummary(TAOBAO_ORDER, { lang: 'en', platform: 'taobao' })).toBe(
      [
        'Order ID: 4213376587012345678',
        'Order date: 6 Nov 2025',
        'Total: CN¥153.00',
        'Shop: 小米官方旗舰店',
        'Items: 无线蓝牙耳机; 耳机保护套 ×2',
        'Status: 卖家已发货',
        'Tracking ID: YT7512345678901 (YTO Express)',
      ].join('\n'),
    );
  });

  it('writes an Amazon order in English, leaving out the absent shop', () => {
    expect(formatOrderSummary(AMAZON_ORDER, { lang: 'en', platform: 'amazon', marketplace: 'amazon.com' })).toBe(
      [
        'Order ID: 112-9685975-5907428',
        'Order date: 15 Mar 2024',
        'Total: $25.99',
        'Items: Anker USB-C Charger, 20W',
        'Status: Delivered March 18',
        'Tracking ID: TBA123456789000 (Amazon Logistics)',
      ].join('\n'),
    );
  });

  it('writes an Amazon order in Chinese', () => {
    expect(formatOrderSummary(AMAZON_ORDER, { lang: 'zh_CN', platform: 'amazon', marketplace: 'amazon.com' })).toBe(
      [
        '订单号：112-9685975-5907428',
        '下单时间：2024年3月15日',
        '实付款：US$25.99',
        '商品：Anker USB-C Charger, 20W',
        '状态：Delivered March 18',
        '运单号：TBA123456789000（亚马逊物流）',
      ].join('\n'),
    );
  });

  it('formats money for the storefront (amazon.co.uk in GBP, amazon.de in EUR)', () => {
    const uk = { ...AMAZON_ORDER, total: { amount: 12.5, currency: 'GBP', text: '£12.50' } };
    expect(formatOrderSummary(uk, { lang: 'en', platform: 'amazon', marketplace: 'amazon.co.uk' })).toContain(
      'Total: £12.50',
    );
    const de = { ...AMAZON_ORDER, total: { amount: 1234.5, currency: 'EUR', text: '1.234,50 €' } };
    expect(formatOrderSummary(de, { lang: 'en', platform: 'amazon', marketplace: 'amazon.de' })).toContain(
      'Total: €1,234.50',
    );
  });

  it("keeps amazon.co.za's decimal point, not the comma of the browser's en-ZA data", () => {
    // amazon.co.za writes `R 1,299.00`; Intl's en-ZA would give `R 1 299,00`, another amount to a reader.
    const za = { ...AMAZON_ORDER, total: { amount: 1299, currency: 'ZAR', text: 'R 1,299.00' } };
    const line = formatOrderSummary(za, { lang: 'en', platform: 'amazon', marketplace: 'amazon.co.za' })
      .split('\n')
      .find((l) => l.startsWith('Total'));
    expect(line?.replace(/\s/g, ' ')).toBe('Total: ZAR 1,299.00');
    // The storefronts whose English locale writes a point keep it (amazon.in's lakh grouping included).
    const inr = { ...AMAZON_ORDER, total: { amount: 123456, currency: 'INR', text: '₹1,23,456.00' } };
    expect(formatOrderSummary(inr, { lang: 'en', platform: 'amazon', marketplace: 'amazon.in' })).toContain(
      'Total: ₹1,23,456.00',
    );
  });

  it('omits every absent field', () => {
    const bare: ExtractedOrder = { orderId: '123', items: [], shipments: [{ status: 'in transit' }] };
    expect(formatOrderSummary(bare, { lang: 'zh_CN', platform: 'tmall' })).toBe('订单号：123');
    expect(formatOrderSummary(bare, { lang: 'en', platform: 'tmall' })).toBe('Order ID: 123');
  });

  it('lists each tracking ID once, with or without carrier', () => {
    const multi: ExtractedOrder = {
      orderId: '1',
      items: [],
      shipments: [{ trackingId: 'A1', carrier: '中通' }, { trackingId: 'A1', carrier: '中通' }, { trackingId: 'B2' }],
    };
    expect(formatOrderSummary(multi, { lang: 'en', platform: 'taobao' })).toBe(
      'Order ID: 1\nTracking ID: A1 (ZTO Express); B2',
    );
    expect(formatOrderSummary(multi, { lang: 'zh_CN', platform: 'taobao' })).toBe(
      '订单号：1\n运单号：A1（中通快递）；B2',
    );
  });

  it('applies the redact hook to the final text, once', () => {
    const calls: string[] = [];
    const redact = (text: string): string => {
      calls.push(text);
      return text.replace(/\d{6,}/g, (m) => `${m.slice(0, 2)}****${m.slice(-2)}`);
    };
    const out = formatOrderSummary(TAOBAO_ORDER, { lang: 'zh_CN', platform: 'taobao', redact });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toContain('订单号：4213376587012345678');
    expect(out).toContain('订单号：42****78');
    expect(out).not.toContain('4213376587012345678');
  });
});

describe('formatField', () => {
  it('formats one field for copying', () => {
    expect(formatField('orderId', '112-9685975-5907428', 'en')).toBe('Order ID: 112-9685975-5907428');
    expect(formatField('orderDate', '2025-11-06', 'zh_CN')).toBe('下单时间：2025年11月6日');
    expect(formatField('orderDate', '2025-11-06', 'en')).toBe('Order date: 6 Nov 2025');
    expect(formatField('total', { amount: 153, currency: 'CNY', text: '¥153.00' }, 'zh_CN')).toBe('实付款：¥153.00');
    expect(formatField('tracking', [{ trackingId: 'SF1234567890', carrier: '顺丰' }], 'zh_CN')).toBe(
      '运单号：SF1234567890（顺丰速运）',
    );
    expect(formatField('shop', '  ', 'en')).toBe('');
  });

  it('shows a hand-typed total of another shop as typed (its currency is unknown: XXX)', () => {
    for (const text of ['¥153.00', '€12,50', '1.299,00 €']) {
      expect(formatField('total', { amount: 1, currency: 'XXX', text }, 'en')).toBe(`Total: ${text}`);
    }
  });

  it('applies a redact hook when given', () => {
    expect(formatField('orderId', '123456', 'en', { redact: (t) => t.replace(/\d/g, '*') })).toBe('Order ID: ******');
  });
});
