import { describe, expect, it } from 'vitest';
import { findSecrets, findSensitiveData, redactSensitiveData } from '../../../lib/privacy/index';
import { AMAZON_FORMS, idsOf, luhnValid, TAOBAO_FORMS } from '../order-id-forms';

/**
 * An order number of any form (/work/shared/reference/order-ids.json; generators in tests/unit/order-id-forms.ts) in a
 * message under its order label is what a shopper should give an agent: never flagged as a card, an ID or an account
 * number, nor masked — a 19-digit Taobao id can pass Luhn like a card (the "19 digits, Luhn-valid" form is all such
 * ids). Messages are SYNTHETIC, in the shoppers' and the pages' wording (订单号 / 订单编号, "Order #", "order number").
 */
const MESSAGES: readonly ((id: string) => string)[] = [
  (id) => `订单号：${id}`,
  (id) => `订单编号: ${id}`,
  // "订单号码" is common wording too (order forms and receipts in public code: `<span class="title">订单号码：</span>`).
  (id) => `订单号码：${id}`,
  (id) => `你好，我的订单号是${id}，一直没有发货`,
  (id) => `订单 ${id} 申请退款`,
  (id) => `淘宝订单号 ${id}，麻烦查一下`,
  (id) => `Order # ${id}`,
  (id) => `Hi, my order number is ${id} and it has not arrived.`,
  (id) => `Order ID: ${id}, Amazon`,
  // The order's page pasted into a chat: the id is its link's order parameter (URLs of the reference and the fixtures).
  (id) => `订单详情 https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}`,
  (id) => `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}&spm=a1z09.2.0.0`,
  (id) => `see https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=${id}`,
  (id) => `https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=${id}`,
  (id) => `https://www.amazon.com/gp/your-account/order-details?orderID=${id}`,
  (id) => `https://www.amazon.com/progress-tracker/package/?orderId=${id}&shipmentId=X42HwBr10`,
];

const overlaps = (text: string, id: string, m: { start: number; end: number }) => {
  const at = text.indexOf(id);
  return m.start < at + id.length && m.end > at;
};

describe('order numbers under their label are not secrets', () => {
  const forms = [...AMAZON_FORMS, ...TAOBAO_FORMS];
  it.each(forms.map((f, i) => [f.name, f, i] as const))('%s', (_name, form, i) => {
    for (const id of idsOf(form, 40, 9_000 + i)) {
      for (const message of MESSAGES) {
        const text = message(id);
        const all = findSensitiveData(text, { minConfidence: 0 }).filter((m) => overlaps(text, id, m));
        expect(all, text).toEqual([]);
        expect(
          findSecrets(text).filter((m) => overlaps(text, id, m)),
          text,
        ).toEqual([]);
        expect(redactSensitiveData(text)).toContain(id);
      }
    }
  });

  it('the Luhn-valid form is Luhn-valid (it would read as a card without its label)', () => {
    const form = TAOBAO_FORMS.find((f) => f.name.includes('Luhn'));
    for (const id of idsOf(form as (typeof TAOBAO_FORMS)[number], 40, 9_100)) expect(luhnValid(id)).toBe(true);
  });

  it('a number after a "…单号码" label (订单号码, 运单号码, 快递单号码) is not a phone, though 号码 alone labels one', () => {
    // 运单号码 is the Taobao logistics pages' label (lib/sites/taobao/selectors.ts); 78955216713428 is the waybill of the
    // real saved detail page (tests/fixtures/real/taobao). Each 14-digit number read as a phone under the phone word 号码.
    for (const text of ['订单号码：56743898219541', '运单号码：78955216713428', '快递单号码 78955216713428']) {
      expect(findSensitiveData(text), text).toEqual([]);
    }
    expect(findSensitiveData('联系号码：13812345678').map((m) => m.type)).toEqual(['phone']);
  });

  it('a card number after the order number is still a card', () => {
    const text = '订单号：4865640015090004803，退款请打到卡号 4111 1111 1111 1111';
    expect(findSensitiveData(text).map((m) => [m.type, m.value])).toEqual([['payment-card', '4111 1111 1111 1111']]);
  });
});

describe('"=" joins a query parameter to its own value only', () => {
  // SYNTHETIC links: an order parameter, then another parameter holding a card. The order label labels "77", not the
  // value of the parameter after it (before "=" joined labels, '=' ended every label gap: these were masked).
  it.each([
    'https://pay.example.com/return?order=77&id=4111111111111111',
    'https://pay.example.com/return?order=12345&no=4111111111111111',
    'https://trade.example.com/cb?trade_id=5&num=4111111111111111',
  ])('%s', (text) => {
    expect(findSecrets(text).map((m) => [m.type, m.value])).toEqual([['payment-card', '4111111111111111']]);
    expect(redactSensitiveData(text)).not.toContain('4111111111111111');
  });
});
