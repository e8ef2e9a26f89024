import { describe, expect, it } from 'vitest';
import { findTrackingNumbers } from '../../../lib/tracking/index';
import { AMAZON_FORMS, idsOf, TAOBAO_FORMS } from '../order-id-forms';

/**
 * An order number of any form (/work/shared/reference/order-ids.json; generators in tests/unit/order-id-forms.ts) is not
 * a parcel: under its order label, in a message or a page's text, alone or beside a real tracking number, and when the
 * page named it (knownOrderIds). Messages are SYNTHETIC, in the wording shoppers and the pages use (订单号 / 订单编号
 * labels of the Taobao pages, "Order #" / "order number" of Amazon's).
 */
const MESSAGES: readonly ((id: string) => string)[] = [
  (id) => `订单号：${id}`,
  (id) => `订单编号: ${id}`,
  (id) => `你好，我的订单号是${id}，一直没有发货`,
  (id) => `订单 ${id} 申请退款`,
  (id) => `Order # ${id}`,
  (id) => `Hi, my order number is ${id} and it has not arrived.`,
  (id) => `Order ID: ${id}, Amazon`,
  (id) => `订单号：${id} 运单号：YT7512345678901`,
];

const overlaps = (text: string, id: string, m: { start: number; end: number }) => {
  const at = text.indexOf(id);
  return m.start < at + id.length && m.end > at;
};

describe('order numbers are never parcels', () => {
  const forms = [...AMAZON_FORMS, ...TAOBAO_FORMS];
  it.each(forms.map((f, i) => [f.name, f, i] as const))('%s', (_name, form, i) => {
    for (const id of idsOf(form, 40, 7_000 + i)) {
      for (const message of MESSAGES) {
        const text = message(id);
        for (const options of [{}, { knownOrderIds: [id] }]) {
          const hits = findTrackingNumbers(text, options).filter((m) => overlaps(text, id, m));
          expect(hits, `${text} ${JSON.stringify(options)}`).toEqual([]);
        }
      }
    }
  });

  it('an Amazon order number of any form is never a parcel, even under a tracking label', () => {
    // The classic and D01- forms were excluded already; the letter-first (azad) and Fresh UUID forms read as "Unknown".
    AMAZON_FORMS.forEach((form, i) => {
      for (const id of idsOf(form, 40, 7_200 + i)) {
        for (const text of [`Tracking: ${id}`, `Tracking ID ${id}`, `运单号：${id}`]) {
          expect(findTrackingNumbers(text), text).toEqual([]);
        }
      }
    });
  });

  it('the waybill beside the order number is still found', () => {
    const [id] = idsOf(TAOBAO_FORMS[0] as (typeof TAOBAO_FORMS)[number], 1, 7_100);
    expect(findTrackingNumbers(`订单号：${id} 运单号：YT7512345678901`).map((m) => m.number)).toEqual([
      'YT7512345678901',
    ]);
  });
});
