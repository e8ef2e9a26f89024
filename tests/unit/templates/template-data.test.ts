import { describe, expect, it } from 'vitest';
import type { ExtractedOrder } from '../../../lib/extract/types';
import {
  builtInTemplate,
  carrierName,
  fillTemplate,
  formatContactHistory,
  formatDate,
  itemsShort,
  templateDataFromOrder,
} from '../../../lib/templates';

const ORDER: ExtractedOrder = {
  orderId: '4213376587012345678',
  orderDate: '2025-11-06',
  total: { amount: 153, currency: 'CNY', text: '¥153.00' },
  items: [
    { title: '无线蓝牙耳机', quantity: 1 },
    { title: '耳机保护套', quantity: 2 },
  ],
  shop: '小米官方旗舰店',
  shipments: [{ status: '待揽收' }, { trackingId: 'ZT78000012345', carrier: '中通快递' }, { trackingId: 'X9' }],
};

describe('templateDataFromOrder', () => {
  it('formats the facts in Chinese', () => {
    expect(templateDataFromOrder(ORDER, { platform: 'taobao', marketplace: 'taobao', lang: 'zh_CN' })).toEqual({
      platform: '淘宝',
      orderId: '4213376587012345678',
      orderDate: '2025年11月6日',
      total: '¥153.00',
      item: '无线蓝牙耳机等3件',
      shop: '小米官方旗舰店',
      // Both parcels with a tracking ID, each one's carrier in the same order.
      trackingId: 'ZT78000012345、X9',
      carrier: '中通快递、快递公司未知',
      arrival: '已经过了预计送达时间，我一直没有收到包裹。',
      shipping: '订单页面显示了运单号 ZT78000012345、X9，但物流一直没有揽收记录。',
    });
  });

  it('formats the facts in English', () => {
    const d = templateDataFromOrder(ORDER, { platform: 'tmall', marketplace: 'tmall', lang: 'en' });
    expect(d.orderDate).toBe('6 Nov 2025');
    expect(d.total).toBe('CN¥153.00');
    expect(d.item).toBe('无线蓝牙耳机 and 1 more (3 items)');
    expect(d.carrier).toBe('ZTO Express, carrier unknown');
    expect(d.platform).toBe('Tmall');
  });

  it('uses the storefront currency format for Amazon and leaves absent facts out', () => {
    const amazon: ExtractedOrder = {
      orderId: '203-1234567-1234567',
      orderDate: '2025-01-09',
      total: { amount: 19.99, currency: 'GBP', text: '£19.99' },
      items: [{ title: 'Kettle', quantity: 2 }],
      shipments: [],
    };
    const d = templateDataFromOrder(amazon, { platform: 'amazon', marketplace: 'amazon.co.uk', lang: 'en' });
    expect(d).toEqual({
      platform: 'Amazon',
      orderId: '203-1234567-1234567',
      orderDate: '9 Jan 2025',
      total: '£19.99',
      item: 'Kettle ×2',
      arrival: "The expected delivery date has passed and the package hasn't reached me.",
      shipping: 'The order page shows no shipping details or tracking number yet.',
    });
    const r = fillTemplate(builtInTemplate('not-received', 'en'), d, 'en');
    expect(r.missing).toEqual(['shop', 'trackingId', 'carrier', 'tried', 'outcome']);
  });

  it('leaves {platform} to the user for any other shop', () => {
    const d = templateDataFromOrder(ORDER, { platform: 'other', lang: 'en' });
    expect(d.platform).toBeUndefined();
    expect(fillTemplate('my {platform} account', d, 'en').text).toBe('my [fill in: platform] account');
  });

  it('shortens very long titles', () => {
    const long = 'A'.repeat(200);
    const s = itemsShort([{ title: long }], 'en')!;
    expect(Array.from(s).length).toBeLessThanOrEqual(80);
    expect(s.endsWith('…')).toBe(true);
    expect(itemsShort([{ title: '  ' }], 'en')).toBeUndefined();
  });
});

describe('formatting helpers', () => {
  it('formats dates per language and passes other text through', () => {
    expect(formatDate('2025-11-06', 'zh_CN')).toBe('2025年11月6日');
    expect(formatDate('2025-09-30T10:00:00Z', 'en')).toBe('30 Sep 2025');
    expect(formatDate('2025-11-02', 'en', false)).toBe('2 Nov');
    expect(formatDate('yesterday', 'en')).toBe('yesterday');
    expect(formatDate('2025-13-01', 'en')).toBe('2025-13-01');
  });

  it('names Chinese couriers in both languages and keeps unknown ones', () => {
    expect(carrierName('圆通', 'zh_CN')).toBe('圆通速递');
    expect(carrierName('圆通速递', 'en')).toBe('YTO Express');
    expect(carrierName('邮政EMS', 'en')).toBe('EMS');
    expect(carrierName('中国邮政', 'en')).toBe('China Post');
    expect(carrierName('Royal Mail', 'zh_CN')).toBe('Royal Mail');
    expect(carrierName('Systems Freight', 'en')).toBe('Systems Freight');
  });

  it('names a courier a zh-TW / zh-HK Taobao page writes in traditional characters as it names the simplified one', () => {
    // 中通快遞 matched the alias 中通 while 韻達快遞, 圓通速遞, 順豐速運 matched none: one page's carriers came out
    // half renamed (ZTO Express beside 韻達快遞 in an English message; 中通快递 beside 圓通速遞 in a Chinese one).
    expect(carrierName('韻達快遞', 'en')).toBe('Yunda Express');
    expect(carrierName('圓通速遞', 'zh_CN')).toBe('圆通速递');
    expect(carrierName('順豐速運', 'en')).toBe('SF Express');
    expect(carrierName('中國郵政', 'en')).toBe('China Post');
    expect(carrierName('極兔速遞', 'zh_CN')).toBe('极兔速递');
    expect(carrierName('菜鳥', 'en')).toBe('Cainiao');
    expect(carrierName('亞馬遜物流', 'en')).toBe('Amazon Logistics');
    // A name the table does not hold stays as the page wrote it, in its own characters.
    expect(carrierName('嘉里物流', 'zh_CN')).toBe('嘉里物流');
  });
});

describe('formatContactHistory', () => {
  const NOW = new Date(2025, 10, 10, 12).getTime(); // 10 Nov 2025, local time

  it('matches the wording of the brief for a promise whose time has passed', () => {
    expect(
      formatContactHistory(
        [{ date: '2025-11-02', channel: 'chat', agent: '小王', promise: '48小时内回复', checkBy: '2025-11-04' }],
        'zh_CN',
        NOW,
      ),
    ).toBe('11月2日 在线联系了客服，客服小王承诺48小时内回复，未兑现');
    expect(
      formatContactHistory(
        [
          {
            date: '2025-11-02',
            channel: 'chat',
            agent: 'Wang',
            promise: 'a reply within 48 hours',
            checkBy: '2025-11-04',
          },
        ],
        'en',
        NOW,
      ),
    ).toBe('On 2 Nov I chatted with customer service; agent Wang promised a reply within 48 hours; nothing happened');
  });

  // User-journey review (.tmp/s16/ux F8): every recorded promise was called broken (未兑现 / "nothing happened"),
  // also one not yet due.
  it('calls a promise broken only once its time has passed', () => {
    const promise = { date: '2025-11-08', channel: 'phone' as const, agent: 'Lee', promise: 'a refund' };
    // Its check date (the user's follow-up) not reached: stated with no verdict, and no date — the follow-up is the
    // user's reminder, not a deadline the shop agreed to (second review: "due by 2 Dec" for "within 48 hours").
    expect(formatContactHistory([{ ...promise, checkBy: '2025-11-12' }], 'en', NOW)).toBe(
      'On 8 Nov I called customer service; agent Lee promised a refund',
    );
    expect(
      formatContactHistory([{ ...promise, agent: '小李', promise: '退款', checkBy: '2025-11-12' }], 'zh_CN', NOW),
    ).toBe('11月8日 拨打了客服电话，客服小李承诺退款');
    // Checked today: not broken until the day is over.
    expect(formatContactHistory([{ ...promise, checkBy: '2025-11-10' }], 'en', NOW)).not.toContain('nothing happened');
    // A check time (epoch ms) that passed.
    expect(formatContactHistory([{ ...promise, checkBy: NOW - 60_000 }], 'en', NOW)).toContain('; nothing happened');
    // No date, and the latest contact: stated as it is, with no verdict.
    expect(formatContactHistory([promise], 'en', NOW)).toBe(
      'On 8 Nov I called customer service; agent Lee promised a refund',
    );
    expect(formatContactHistory([{ ...promise, agent: '小李', promise: '退款' }], 'zh_CN', NOW)).toBe(
      '11月8日 拨打了客服电话，客服小李承诺退款',
    );
    // No date, but the user had to contact the shop again afterwards: broken.
    expect(
      formatContactHistory(
        [
          { ...promise, date: '2025-11-03' },
          { date: '2025-11-09', channel: 'email' },
        ],
        'zh_CN',
        NOW,
      ),
    ).toBe('11月3日 拨打了客服电话，客服Lee承诺a refund，未兑现\n11月9日 发邮件联系了客服');
    // Another contact the same day (a call an hour after the chat) says nothing of the promise (review 3).
    expect(
      formatContactHistory(
        [
          { ...promise, date: Date.UTC(2025, 10, 8, 12) },
          { date: Date.UTC(2025, 10, 8, 13), channel: 'email' },
        ],
        'en',
        NOW,
      ),
    ).not.toContain('nothing happened');
  });

  it('sorts oldest first, adds references, and shows years only across years', () => {
    const text = formatContactHistory(
      [
        { date: '2026-01-03', channel: 'seller-message', reference: 'R1' },
        { date: '2025-12-30', channel: 'phone', agent: 'Lee', promise: 'a refund', promiseKept: true },
      ],
      'en',
    );
    expect(text).toBe(
      'On 30 Dec 2025 I called customer service; agent Lee promised a refund\nOn 3 Jan 2026 I messaged the seller; reference R1',
    );
    expect(formatContactHistory([{ date: '2025-11-02', channel: 'other', agent: '小李' }], 'zh_CN')).toBe(
      '11月2日 联系了客服，接待客服：小李',
    );
  });

  // A promise logged as a sentence, as people type it in the notes (s18 search/template review).
  it('does not double the punctuation after a promise written as a sentence', () => {
    const records = [
      { date: '2025-11-02', channel: 'chat' as const, agent: '小王', promise: '三天内退款。', reference: 'R1' },
      { date: '2025-11-05', channel: 'phone' as const, agent: 'Lee', promise: 'a refund within 3 days. ' },
    ];
    expect(formatContactHistory(records, 'zh_CN', NOW)).toBe(
      '11月2日 在线联系了客服，客服小王承诺三天内退款，未兑现，工单号：R1\n11月5日 拨打了客服电话，客服Lee承诺a refund within 3 days',
    );
    expect(formatContactHistory(records, 'en', NOW)).toBe(
      'On 2 Nov I chatted with customer service; agent 小王 promised 三天内退款; nothing happened; reference R1\n' +
        'On 5 Nov I called customer service; agent Lee promised a refund within 3 days',
    );
    // A question mark says something: kept.
    expect(formatContactHistory([{ ...records[1]!, promise: 'to call back?' }], 'en', NOW)).toContain('call back?');
    // Review (s18 review2): the full stop of a dotted abbreviation is the abbreviation's ("5 p.m" read as a typo).
    expect(formatContactHistory([{ ...records[1]!, promise: 'to call back before 5 p.m.' }], 'en', NOW)).toBe(
      'On 5 Nov I called customer service; agent Lee promised to call back before 5 p.m.',
    );
    expect(formatContactHistory([{ ...records[0]!, promise: 'ship it to the U.S. ' }], 'zh_CN', NOW)).toBe(
      '11月2日 在线联系了客服，客服小王承诺ship it to the U.S.，工单号：R1',
    );
  });

  it('reads epoch milliseconds', () => {
    const at = new Date(2025, 10, 2, 15, 0).getTime();
    expect(formatContactHistory([{ date: at, channel: 'email' }], 'en')).toBe('On 2 Nov I e-mailed customer service');
  });
});

// A review in Chromium (2026-12): a Tmall order showing tracking number YT7582890600202 got "The order page shows no
// shipping details or tracking number yet" when "not shipped yet" was picked.
describe('the "not shipped yet" message', () => {
  const order: ExtractedOrder = {
    orderId: '4864583305858004803',
    items: [{ title: '对讲机' }],
    status: '卖家已发货',
    shipments: [{ trackingId: 'YT7582890600202', carrier: '圆通速递' }],
  };
  const message = (o: ExtractedOrder, lang: 'en' | 'zh_CN') =>
    fillTemplate(builtInTemplate('not-shipped', lang), templateDataFromOrder(o, { platform: 'tmall', lang }), lang);

  it('never says there is no tracking number next to the one the page shows', () => {
    expect(message(order, 'zh_CN').text).toContain('订单页面显示了运单号 YT7582890600202，但物流一直没有揽收记录。');
    expect(message(order, 'en').text).toContain(
      'The order page shows tracking number YT7582890600202, but the tracking has no record of the parcel being picked up.',
    );
    for (const lang of ['en', 'zh_CN'] as const) {
      expect(message(order, lang).missing).not.toContain('shipping');
    }
  });

  it('says the page shows none when it shows none', () => {
    const unshipped = { ...order, status: '买家已付款', shipments: [] };
    expect(message(unshipped, 'zh_CN').text).toContain('订单页面上还没有发货信息和运单号。想了解一下');
    expect(message(unshipped, 'en').text).toContain(
      "The order page shows no shipping details or tracking number yet. I'd like to know why",
    );
  });

  // A review of the parcel wording (2026-12).
  it('says only the tracking number when the page shows a parcel state, and speaks of several parcels in the plural', () => {
    const states = { ...order, shipments: [{ trackingId: 'A1', carrier: 'UPS', status: 'In transit' }] };
    expect(message(states, 'en').text).toContain("The order page shows tracking number A1. I'd like to know why");
    expect(message(states, 'zh_CN').text).toContain('订单页面显示了运单号 A1。想了解一下');
    // A label and no pickup is no parcel state here.
    for (const status of ['待揽收', '已发货', 'Label created']) {
      const label = { ...order, shipments: [{ trackingId: 'A1', status }] };
      expect(message(label, 'zh_CN').text).toContain('订单页面显示了运单号 A1，但物流一直没有揽收记录。');
    }
    const two = { ...order, shipments: [{ trackingId: 'A1' }, { trackingId: 'B2' }] };
    expect(message(two, 'en').text).toContain(
      'The order page shows tracking numbers A1, B2, but the tracking has no record of the parcels being picked up.',
    );
  });
});

describe('the parcels in a message', () => {
  const data = (shipments: ExtractedOrder['shipments'], lang: 'en' | 'zh_CN' = 'zh_CN') =>
    templateDataFromOrder({ orderId: '1', items: [], shipments }, { platform: 'taobao', lang });

  it('names each carrier next to its place in the list, one carrier for all once', () => {
    const three = data([
      { trackingId: 'A1', carrier: '中通快递' },
      { trackingId: 'B2', carrier: '韵达快递' },
      { trackingId: 'C3', carrier: '中通快递' },
    ]);
    expect([three.trackingId, three.carrier]).toEqual(['A1、B2、C3', '中通快递、韵达快递、中通快递']);
    const unknownFirst = data([{ trackingId: 'A1' }, { trackingId: 'B2', carrier: '韵达快递' }]);
    expect(unknownFirst.carrier).toBe('快递公司未知、韵达快递');
    const same = data([
      { trackingId: 'A1', carrier: '中通快递' },
      { trackingId: 'B2', carrier: '中通快递' },
    ]);
    expect(same.carrier).toBe('中通快递');
    expect(data([{ trackingId: 'A1' }, { trackingId: 'B2' }]).carrier).toBeUndefined();
  });

  it('names a parcel shown twice once, and a delivered one among parcels without a state', () => {
    const twice = data(
      [
        { trackingId: 'A1', status: 'Delivered' },
        { trackingId: 'A1', status: 'Delivered 3 Nov' },
        { trackingId: 'B2', status: 'Out for delivery' },
      ],
      'en',
    );
    expect(twice.trackingId).toBe('A1, B2');
    expect(twice.arrival).toBe("The tracking shows package A1 as delivered, but it hasn't reached me.");
    const unstated = data([{ trackingId: 'A1', status: 'Delivered' }, { trackingId: 'B2' }], 'en');
    expect(unstated.arrival).toBe("The tracking shows package A1 as delivered, but it hasn't reached me.");
    const both = data(
      [
        { trackingId: 'A1', status: 'Delivered' },
        { trackingId: 'B2', status: '已签收' },
      ],
      'en',
    );
    expect(both.arrival).toBe("The tracking shows the packages as delivered, but they haven't reached me.");
  });
});
