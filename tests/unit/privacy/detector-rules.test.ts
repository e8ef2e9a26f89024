import { describe, expect, it } from 'vitest';
import { findSecrets, findSensitiveData, type SensitiveType } from '../../../lib/privacy/index';

/**
 * One block per detector rule, each written from a failure of the generalisation probe (.tmp/gen-privacy.ts).
 * Numbers used as cards are Luhn-valid with a real IIN, so only the rule under test decides the outcome.
 */

/** [type, value] pairs found in `text` with default options. */
function found(text: string): Array<[SensitiveType, string]> {
  return findSensitiveData(text).map((m) => [m.type, m.value]);
}

function expectFound(text: string, type: SensitiveType, value: string): void {
  const start = text.indexOf(value);
  expect(findSensitiveData(text)).toContainEqual(
    expect.objectContaining({ type, start, end: start + value.length, value }),
  );
}

function phonesIn(text: string): string[] {
  return findSensitiveData(text, { types: ['phone'], minConfidence: 0 }).map((m) => m.value);
}

describe('phones: a number read in region CN counts only if it is mobile-shaped', () => {
  it.each(['010-38238383', '021-61841051', '138-1234-56789', '179-0824-72805'])('%s (no +) is not a phone', (text) => {
    expect(phonesIn(text)).toEqual([]);
  });

  it.each([
    '4008 608 608',
    '客服热线 400-820-8820',
    '请拨打 95188',
  ])('a service hotline is not personal: %s', (text) => {
    expect(phonesIn(text)).toEqual([]);
  });

  it.each([
    ['(212) 555-1234', '(212) 555-1234'],
    ['手机 138.1234.5678', '138.1234.5678'],
    ['138 1234 5678', '138 1234 5678'],
    ['电话 +86 10 3823 8383', '+86 10 3823 8383'],
  ])('still a phone: %s', (text, value) => {
    expect(phonesIn(text)).toEqual([value]);
  });
});

describe('not-sensitive labels: only a label that labels this number cancels it', () => {
  it.each([
    ['refund my order to 4756 7580 8843 2217', '4756 7580 8843 2217'],
    ['订单已取消，退款到 5437 2278 5334 8135', '5437 2278 5334 8135'],
    ['The order was paid with 4756 7580 8843 2217', '4756 7580 8843 2217'],
  ])('a card after a far order word is a card: %s', (text, value) => {
    expectFound(text, 'payment-card', value);
  });

  it.each([
    '订单号：1146901796640001',
    'order number: 4111 1111 1111 1111',
    '我的订单编号是6212345678901234569，请查一下',
    'Order no. is 4111111111111111',
    '订单号 6212345678901234569, 6212345678901234007',
  ])('an order label before the number (or before a list of them) still cancels it: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['订单收货人：李四 13585789549', '13585789549'],
    ['订单地址改一下，收件人王五 16191968873', '16191968873'],
    ['please ship the order to Wang Wei, 13512907924', '13512907924'],
  ])('a recipient in an order sentence has a phone: %s', (text, value) => {
    expectFound(text, 'phone', value);
  });
});

describe('verification codes in real SMS phrasing', () => {
  it.each([
    ['165663 is your Amazon OTP. Do not share it with anyone.', '165663'],
    ['Your Amazon code is 233796', '233796'],
    ['Your code: 582297', '582297'],
    ['Use 023879 as your verification code', '023879'],
    ['G-485759 is your Google verification code.', '485759'],
    ['【淘宝网】验证码 483920，您正在登录，若非本人操作请忽略', '483920'],
    ['【京东】004936（登录验证码），请勿泄露', '004936'],
    ['123456是您的登录验证码', '123456'],
    ['校验码：5821', '5821'],
  ])('%s', (text, value) => {
    expectFound(text, 'verification-code', value);
  });

  it.each([
    '订单号 123456',
    '价格 1299 元，2024 年买的',
    'I bought it in 2024 for $1299',
    '请勿向任何人透露验证码',
    'Your postal code is 560001',
    '560001 is the PIN code of Bengaluru',
    'Your promo code is 2024',
    'Use the code SAVE20 at checkout',
    'The code expires in 10 minutes',
  ])('no code in: %s', (text) => {
    expect(found(text).filter(([type]) => type === 'verification-code')).toEqual([]);
  });
});

describe('passwords: a label inside a compound word is not a label', () => {
  it.each([
    'I cannot open the password-protected PDF',
    'Go to Settings > password/PIN to change it',
    'Shipping address: 12 MG Road, Bengaluru, PIN code 560001',
    'Click password-reset to continue',
  ])('nothing in: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['password: s3cret!', 's3cret!'],
    ['登录密码 s3cret!', 's3cret!'],
    ['my password is hunter22.', 'hunter22'],
    ['密码abc12345', 'abc12345'],
    ['pin code 1234', '1234'],
    ['支付密码是135790', '135790'],
  ])('%s → %s', (text, value) => {
    expectFound(text, 'password', value);
  });
});

describe('CVV phrasing', () => {
  it.each([
    ['安全码（CVV）：123', '123'],
    ['CVV码 123', '123'],
    ['卡背面的三位数是 123', '123'],
    ['CVV2: 456', '456'],
    ['CVV/CVC: 789', '789'],
    ['卡片校验码 321', '321'],
  ])('%s', (text, value) => {
    expectFound(text, 'cvv', value);
  });
});

describe('card formatting people produce', () => {
  it.each([
    ['6217 0093 4801 9770 06', '18-digit UnionPay, last group of 2'],
    ['4592 3975 4596 5', '13-digit Visa, last group of 1'],
    ['my card is 4111  1111  1111  1111', 'double spaces (PDF copy)'],
    ['卡号 4111\u30001111\u30001111\u30001111', 'ideographic space'],
    ['卡号：６２１７００９３４８０１９７７００６', 'full-width digits'],
    ['卡号 ６２１７　００９３　４８０１　９７７０　０６', 'full-width digits and ideographic spaces'],
  ])('%s (%s)', (text) => {
    const value = text.replace(/^[^\d\uff10-\uff19]*/, '');
    expectFound(text, 'payment-card', value);
    // The guard's secrets-only path sees the same card.
    expect(findSecrets(text).map((m) => m.value)).toEqual([value]);
  });

  it('a short group only closes a 4-4-4… layout', () => {
    expect(found('4592 397 545 96 5').filter(([type]) => type === 'payment-card')).toEqual([]);
  });
});

describe('barcodes are not cards', () => {
  it.each([
    '条形码是6920039287019',
    '商品条形码 6901231001481',
    'barcode 4006381001489',
    'EAN 5012341000743',
    'EAN-13: 4501231001119',
    'UPC 4006381001489',
    'GTIN 6920039287019',
  ])('%s', (text) => {
    expect(found(text).filter(([type]) => type === 'payment-card')).toEqual([]);
  });

  it('the same number without a barcode label is a card', () => {
    expectFound('卡号 6920039287019', 'payment-card', '6920039287019');
  });
});

describe('an SSN-shaped number after an SSN label is an SSN, not a phone', () => {
  it.each([
    ['social security number: 443494770', '443494770'],
    ['my SSN is 476-615620', '476-615620'],
    ['Social Security No. 14219-3598', '14219-3598'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([['us-ssn', value]]);
  });

  it('without the label the same digits stay what they were', () => {
    expect(found('phone number: 443494770').map(([type]) => type)).not.toContain('us-ssn');
  });
});
