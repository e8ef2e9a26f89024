import { describe, expect, it } from 'vitest';
import type { ExtractedOrder } from '../../../lib/extract/types';
import { builtInTemplate, fillTemplate, templateDataFromOrder } from '../../../lib/templates';
import { orderSaysDelivered, saysDelivered } from '../../../lib/templates/delivery-state';

// Status texts as the order pages and trackers word them (Amazon's storefronts, Taobao's logistics, Japanese carriers).
const DELIVERED = [
  'Delivered',
  'Delivered March 18',
  'Delivered 22 April',
  'Delivered today',
  'Your package was delivered. It was handed directly to a resident.',
  'Zugestellt',
  'Zugestellt: 3. Nov.',
  'Geliefert am 3. November',
  'Livré le 3 novembre',
  'Livrée',
  'Consegnato il 3 novembre',
  'Entregado el 3 de noviembre',
  'Entregue em 3 de novembre',
  'Bezorgd op 3 november',
  'Levererad 3 november',
  'Dostarczono 3 listopada',
  'Teslim edildi',
  'تم التوصيل',
  '已签收',
  '您的快件已签收，签收人：门卫',
  '買家已簽收',
  '已妥投',
  '快件已送达菜鸟驿站',
  '配達済み',
  '配達完了',
  'お届け済み',
];

const NOT_DELIVERED = [
  '',
  'Shipped',
  'In transit',
  'Arriving tomorrow',
  'Delivery expected 5 Nov',
  'Delivery attempted',
  'Not yet delivered',
  'Package could not be delivered',
  'Undeliverable',
  'Nicht zugestellt',
  'Unterwegs',
  'Pas livré',
  'Non consegnato',
  '卖家已发货',
  '运输中',
  '待签收',
  '未签收',
  '尚未签收',
  '待揽收',
  '交易成功',
  '买家已付款',
  '未妥投',
  '配達されていません',
  'Deliveries in your area may be delayed',
  'Your package has not yet been delivered',
  'Will be delivered Friday',
  'Now expected to be delivered by 8 Nov',
  'Wird heute zugestellt',
  'Wird voraussichtlich morgen geliefert',
  'Sera livré demain',
  'Sarà consegnato domani',
  'Wordt morgen bezorgd',
];

describe('saysDelivered', () => {
  it.each(DELIVERED)('%s → delivered', (status) => expect(saysDelivered(status)).toBe(true));
  it.each(NOT_DELIVERED)('%s → not delivered', (status) => expect(saysDelivered(status)).toBe(false));
});

describe('orderSaysDelivered', () => {
  const base: Pick<ExtractedOrder, 'status' | 'shipments'> = { shipments: [] };
  it('reads the parcels first: every parcel with a state must say delivered', () => {
    expect(orderSaysDelivered({ ...base, shipments: [{ status: 'Delivered' }, { status: 'Delivered today' }] })).toBe(
      true,
    );
    expect(orderSaysDelivered({ ...base, shipments: [{ status: 'Delivered' }, { status: 'In transit' }] })).toBe(false);
    // A parcel without a state says nothing either way; the one that has one decides.
    expect(orderSaysDelivered({ ...base, shipments: [{ trackingId: 'X' }, { status: '已签收' }] })).toBe(true);
    // The parcels' states win over the order's status.
    expect(orderSaysDelivered({ status: 'Delivered', shipments: [{ status: 'Arriving Monday' }] })).toBe(false);
  });

  it("falls back on the order's status when no parcel has a state", () => {
    expect(orderSaysDelivered({ status: 'Zugestellt', shipments: [{ trackingId: 'X' }] })).toBe(true);
    expect(orderSaysDelivered({ status: '卖家已发货', shipments: [] })).toBe(false);
    expect(orderSaysDelivered({ shipments: [] })).toBe(false);
  });
});

describe('the "item not received" message', () => {
  const order: ExtractedOrder = {
    orderId: '114-1234567-1234567',
    items: [{ title: 'Kettle' }],
    shipments: [{ trackingId: 'TBA123456789000', carrier: 'Amazon', status: 'Delivered March 18' }],
  };
  const message = (o: ExtractedOrder, lang: 'en' | 'zh_CN') =>
    fillTemplate(
      builtInTemplate('not-received', lang),
      templateDataFromOrder(o, { platform: 'amazon', marketplace: 'amazon.com', lang }),
      lang,
    );

  it('says the tracking shows it delivered when the page says so', () => {
    const en = message(order, 'en');
    expect(en.text).toContain("The tracking shows the package as delivered, but it hasn't reached me.");
    expect(en.text).not.toContain('expected delivery date has passed');
    expect(message(order, 'zh_CN').text).toContain('物流显示包裹已经签收，但我并没有收到。');
  });

  it('says the delivery date has passed otherwise, and never asks the user for it', () => {
    const late = { ...order, shipments: [{ ...order.shipments[0]!, status: 'Arriving Monday' }] };
    const en = message(late, 'en');
    expect(en.text).toContain("The expected delivery date has passed and the package hasn't reached me.");
    expect(en.missing).not.toContain('arrival');
    expect(message(late, 'zh_CN').text).toContain('已经过了预计送达时间，我一直没有收到包裹。');
  });

  // A review in Chromium (2026-12): an order in two parcels, one delivered and one due tomorrow, was said to be past its
  // delivery date, and its message named the first parcel only.
  it('names every parcel, and the one the tracking shows delivered', () => {
    const two: ExtractedOrder = {
      ...order,
      shipments: [
        { trackingId: 'TBA123456789000', carrier: 'Amazon', status: 'Zugestellt am 5. November' },
        { trackingId: 'TBA987654321000', carrier: 'DHL', status: 'Voraussichtliche Lieferung: morgen' },
      ],
    };
    const en = message(two, 'en').text;
    expect(en).toContain('Tracking ID: TBA123456789000, TBA987654321000 (Amazon Logistics, DHL)');
    expect(en).toContain("The tracking shows package TBA123456789000 as delivered, but it hasn't reached me.");
    expect(en).not.toContain('expected delivery date has passed');
    const zh = message(two, 'zh_CN').text;
    expect(zh).toContain('运单号：TBA123456789000、TBA987654321000（亚马逊物流、DHL）');
    expect(zh).toContain('物流显示包裹 TBA123456789000 已经签收，但我并没有收到。');
    // Without its tracking ID, the delivered parcel is "one of the packages"; one carrier for both is named once.
    const unnamed: ExtractedOrder = {
      ...order,
      shipments: [
        { carrier: 'UPS', status: 'Delivered March 18' },
        { trackingId: '1Z999AA10123456784', carrier: 'UPS', status: 'Arriving Monday' },
        { trackingId: '1Z999AA10123456791', carrier: 'UPS', status: 'Arriving Monday' },
      ],
    };
    const text = message(unnamed, 'en').text;
    expect(text).toContain('Tracking ID: 1Z999AA10123456784, 1Z999AA10123456791 (UPS)');
    expect(text).toContain("The tracking shows one of the packages as delivered, but it hasn't reached me.");
    // Amazon's own network, named "Amazon" by the page and "Amazon Logistics" by the TBA number's format, is one carrier.
    const amazon: ExtractedOrder = {
      ...order,
      shipments: [
        { trackingId: 'TBA123456789000', carrier: 'Amazon' },
        { trackingId: 'TBA987654321000', carrier: 'Amazon Logistics' },
      ],
    };
    expect(message(amazon, 'en').text).toContain('Tracking ID: TBA123456789000, TBA987654321000 (Amazon Logistics)');
    expect(message(amazon, 'zh_CN').text).toContain('运单号：TBA123456789000、TBA987654321000（亚马逊物流）');
    // Only the whole name: another carrier that names Amazon is kept as written.
    const via: ExtractedOrder = {
      ...order,
      shipments: [{ trackingId: '1Z999AA10123456784', carrier: 'UPS via Amazon' }],
    };
    expect(message(via, 'en').text).toContain('Tracking ID: 1Z999AA10123456784 (UPS via Amazon)');
  });
});
