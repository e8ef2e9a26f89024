import { describe, expect, it } from 'vitest';
import { detectScamRequest, findSecrets } from '../../../lib/privacy/index';

/**
 * The card's code named by where it is printed, with no card word before it: "後三碼 123" (Taiwan), "后三位 123", "卡后面
 * 三个数字", "the code on the back is 123". "The last three" is of the thing named just before it, so a phone's, an
 * order's or a waybill's last three stay what they are. Made-up messages: [text, the CVV].
 */
const CVVS: Array<[string, string]> = [
  ['後三碼 123', '123'],
  ['后三位 123', '123'],
  ['后三位是 456', '456'],
  ['末三碼：789', '789'],
  ['最后三位 321', '321'],
  ['我的后三位是 123', '123'],
  ['好的，後三碼 052，請盡快退款', '052'],
  ['卡后面三个数字 123', '123'],
  ['卡後面嘅三個字：123', '123'],
  ['信用卡的檢查碼 123', '123'],
  ['安全码三位数 123', '123'],
  ['back of the card: 123', '123'],
  ['The code on the back is 123', '123'],
  ['the three numbers on the back are 123', '123'],
  ['sec code 123', '123'],
];

/** The last three of something else, or an order described by its number: no CVV. */
const NOT_CVVS = [
  '手机尾号后三位 123',
  '后三位是123的订单',
  '後三碼是123的那個包裹還沒到',
  '快递单号后三位是 123',
  '订单号后三位 123',
  '電話末三碼 123',
  '卡号后三位 123',
  '我手机的后三位 123',
  '取件码后三位 123',
  '后三位 12345',
  // The owner named earlier in the sentence, across a comma.
  '我的订单，后三位是123',
  '订单号 12345678 的后三位 123',
  'the code on the back of the box is 123',
  'the 3 digits on the back of the parcel: 123',
];

describe('a CVV after a label that says where it is printed, without a card word', () => {
  it.each(CVVS)('%s → %s', (text, cvv) => {
    expect(findSecrets(text).map((m) => [m.type, m.value])).toEqual([['cvv', cvv]]);
  });

  it('after a card number, across a comma, the last three are its code', () => {
    expect(findSecrets('卡号 4111 1111 1111 1111，后三位 123').map((m) => [m.type, m.value])).toEqual([
      ['payment-card', '4111 1111 1111 1111'],
      ['cvv', '123'],
    ]);
  });

  it.each(NOT_CVVS)('no secret in: %s', (text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});

/** The same words in an agent's request: asking for the digits on the back is asking for the card. */
const BACK_REQUESTS = [
  '請提供卡片背面後三碼',
  '请告诉我卡的后三位',
  '麻烦提供一下背面后三位',
  'Please send a photo of the back of your card',
  'Just tell me the 3 digits on the back',
];

/** The back of something else. */
const NOT_BACK_REQUESTS = [
  '请提供一下卡后面的序列号',
  'Please send a photo of the code on the back of the box',
  'Please send us the numbers on the back of the charger',
];

describe('a request for the digits on the back of the card', () => {
  it.each(BACK_REQUESTS)('%s', (text) => {
    expect(detectScamRequest(text).map((h) => h.kind)).toEqual(['asks-for-card']);
  });

  it.each(NOT_BACK_REQUESTS)('no hint in: %s', (text) => {
    expect(detectScamRequest(text)).toEqual([]);
  });
});
