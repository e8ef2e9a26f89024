import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../../lib/privacy/index';

/**
 * A one-time code given without the words "verification"/"OTP" (a reply to an agent who just asked for "the code"),
 * a code read out in pieces after its label, and a card number grouped with dots or slashes. Made-up messages:
 * [text, the value found].
 */
const CODES: Array<[string, string]> = [
  ['code: 482913', '482913'],
  // No ":" needs a code's usual length (6–8 digits): "Code 404", "Code 2024" stay below.
  ['Code 482913', '482913'],
  ['码 482913', '482913'],
  ['Code: 4829', '4829'],
  ['Hi\nCode: 482913', '482913'],
  ['Sorry. Code is 482913', '482913'],
  ['my code is 482913', '482913'],
  ['the code is 4829', '4829'],
  ['here is the code 482913', '482913'],
  ["here's my code 482913", '482913'],
  ['码是482913', '482913'],
  ['码：482913', '482913'],
  ['好的，码是 482913', '482913'],
  ['我收到的码是 482913', '482913'],
  ['短信里的码：4829', '4829'],
  ['碼係482913', '482913'],
  ['verification code 4 8 2 9 1 3', '4 8 2 9 1 3'],
  ['OTP: 482-913', '482-913'],
  ['验证码 482 913', '482 913'],
  ['your Amazon OTP is 4829 1234', '4829 1234'],
];

/** Codes a shopper is meant to give, and numbers that only look like a code's. */
const NOT_CODES = [
  'zip code: 94103',
  'My zip code is 94103',
  'Postal\nCode: 94103',
  'PIN code: 560001',
  'My PIN code is 560001, please deliver to Bangalore.',
  'promo code: 482913',
  'the promo code is 2024',
  'Coupon code is 888888',
  'discount code 520520 does not work',
  // An amount after the number: a coupon's worth, not a code (code review, 2026-12).
  'My code is 1000 yen off',
  'the code is 1500 INR off',
  'your code is 5000 won off, right?',
  'error code: 10086',
  'Error code 0x80070005',
  'What does code 404 mean?',
  'Code 2024',
  'Code 48291',
  'Code: A2894',
  'the code 2024 is printed on the box',
  'product code: 690123',
  'reference code: 482913',
  'Your reference code is 482913, please quote it.',
  'tracking code: 9400111202555842',
  'my order code is 123456789',
  'My pickup code is 482913 but the locker will not open.',
  'pickup code: 3021',
  'The gate code is 4829',
  'the building code: 8866',
  'Door code: 1234. Leave it with the concierge.',
  'batch code: 2310',
  '取件码是482913',
  '取件码：3-2-5021',
  '驿站取件码 8866 找不到包裹',
  '邮编是100083',
  '条码是6901234567892',
  '尺码是4290',
  'XL 码：1758',
  'L码是165/88A',
  '号码是13812345678',
  '优惠码：888888',
  '型号：4090',
  'verification code sent at 10 30 12',
  '验证码 60 秒后重发',
  '验证码 2024-05-12',
  '验证码 5 分钟内有效',
  // An error's number, or a year, price or count after a bare 码.
  'Code: 4040 error when I pay',
  'Code: 2038 failed again',
  '码是1001错误',
  '这个码是2024年的款吗',
  '码：1299元',
  // The first group of a longer number: a date, or half of a number the bare label does not say is a code.
  'Code: 2024 05 12',
  '码是 1234 5678',
];

const CARDS: Array<[string, string]> = [
  ['4111.1111.1111.1111', '4111.1111.1111.1111'],
  ['card 4111/1111/1111/1111 exp 12/27', '4111/1111/1111/1111'],
  ['卡号 6222．0212．3456．7803', '6222．0212．3456．7803'],
  ['amex 3782.822463.10005', '3782.822463.10005'],
  ['5555/5555/5555/4444', '5555/5555/5555/4444'],
];

const NOT_CARDS = [
  'https://example.com/4111/1111/1111/1111',
  'v1.4111.1111.1111.1111',
  '4111.1111.1111.1111.12345',
  '1234.5678.9012.3456',
  '4111.1111/1111.1111',
  '2024/05/12 4111/11',
];

const found = (text: string) => findSecrets(text).map((m) => m.value);

describe('a one-time code without its full name, or read out in pieces', () => {
  it.each(CODES)('%s', (text, value) => {
    expect(
      findSecrets(text)
        .filter((m) => m.type === 'verification-code')
        .map((m) => m.value),
    ).toEqual([value]);
  });
  it.each(NOT_CODES.map((t) => [t]))('%s: no code', (text) => {
    expect(findSecrets(text).filter((m) => m.type === 'verification-code')).toEqual([]);
  });
});

describe('a card number grouped with dots or slashes', () => {
  it.each(CARDS)('%s', (text, value) => {
    expect(found(text)).toContain(value);
    expect(findSecrets(text).find((m) => m.value === value)?.type).toBe('payment-card');
  });
  it.each(NOT_CARDS.map((t) => [t]))('%s: no card', (text) => {
    expect(findSecrets(text).filter((m) => m.type === 'payment-card')).toEqual([]);
  });
});

/**
 * Held-out ID vectors (validator.js 13.15.35 isIdentityCard 'zh-HK' / 'zh-TW' valid cases, MIT) after the labels a
 * shopper writes: the HKID's check digit in square brackets was left out of the value (or, after 身份證, not found),
 * and "Taiwan ID" was no label.
 */
const HK_TW_IDS: Array<[string, string]> = [
  ['HKID A494866[4]', 'A494866[4]'],
  ['HKID OV290326[A]', 'OV290326[A]'],
  ['身份證 A494866[4]', 'A494866[4]'],
  ['Taiwan ID B176944193', 'B176944193'],
  ['HK ID card: W520128(7)', 'W520128(7)'],
];

describe('Hong Kong and Taiwan IDs after their labels', () => {
  it.each(HK_TW_IDS)('%s', (text, value) => {
    expect(
      findSecrets(text)
        .filter((m) => m.type === 'id-document')
        .map((m) => m.value),
    ).toEqual([value]);
  });
  it.each([['Taiwan ID 2024'], ['the HK id 12345']])('%s: no ID', (text) => {
    expect(findSecrets(text).filter((m) => m.type === 'id-document')).toEqual([]);
  });
});
