import { afterAll, describe, expect, it } from 'vitest';
import {
  describeType,
  findSensitiveData,
  maskValue,
  redactSensitiveData,
  SENSITIVE_TYPES,
  type SensitiveType,
} from '../../../lib/privacy/index';

/** [sentence, type, value] — the value must be found, with exactly that type and span. */
const POSITIVES: Array<[string, SensitiveType, string]> = [
  ['我的银行卡号是 6222 0212 3456 7890 128,麻烦退款到这张卡', 'payment-card', '6222 0212 3456 7890 128'],
  ['信用卡:4111-1111-1111-1111', 'payment-card', '4111-1111-1111-1111'],
  ['My card is 5555555555554444 exp 12/27 cvv 123', 'payment-card', '5555555555554444'],
  ['My card is 5555555555554444 exp 12/27 cvv 123', 'card-expiry', '12/27'],
  ['My card is 5555555555554444 exp 12/27 cvv 123', 'cvv', '123'],
  ['Mastercard 2-series: 2223 0031 2200 3222', 'payment-card', '2223 0031 2200 3222'],
  ['amex 3782 822463 10005 please charge it', 'payment-card', '3782 822463 10005'],
  ['JCB卡 3530111333300000', 'payment-card', '3530111333300000'],
  ['卡背面的安全码是 456', 'cvv', '456'],
  ['CVC: 7890', 'cvv', '7890'],
  ['信用卡有效期至 2027/05', 'card-expiry', '2027/05'],
  ['有效期 05/27', 'card-expiry', '05/27'],
  ['卡背面后三位 123', 'cvv', '123'],
  ['信用卡 4229941212192906018', 'payment-card', '4229941212192906018'],
  ['valid thru 08/2029', 'card-expiry', '08/2029'],
  ['支付密码是 135790', 'password', '135790'],
  ['登录密码:Abc!2024x', 'password', 'Abc!2024x'],
  ['my password is hunter22', 'password', 'hunter22'],
  ['PIN: 4321', 'password', '4321'],
  ['验证码 583920,请尽快处理', 'verification-code', '583920'],
  ['短信验证码是 4471', 'verification-code', '4471'],
  ['The verification code is 902314', 'verification-code', '902314'],
  ['OTP: 7G4K2P', 'verification-code', '7G4K2P'],
  ['动态码:882211', 'verification-code', '882211'],
  ['身份证号 11010519491231002X 请核实', 'cn-resident-id', '11010519491231002X'],
  ['ID card: 360426199101010071', 'cn-resident-id', '360426199101010071'],
  ['my SSN is 536-22-1234', 'us-ssn', '536-22-1234'],
  ['IBAN DE89 3704 0044 0532 0130 00 for the refund', 'iban', 'DE89 3704 0044 0532 0130 00'],
  ['收款账号:6217 0012 3456 7890', 'bank-account', '6217 0012 3456 7890'],
  ['account number 000123456789', 'bank-account', '000123456789'],
  ['手机 13812345678 联系我', 'phone', '13812345678'],
  ['电话:+86 138 1234 5678', 'phone', '+86 138 1234 5678'],
  ['call me at +44 20 7946 0958', 'phone', '+44 20 7946 0958'],
  ['my number is (212) 555-0187', 'phone', '(212) 555-0187'],
  ['邮箱 zhang.san@example.com', 'email', 'zhang.san@example.com'],
  ['send it to bob+shop@mail.co.uk.', 'email', 'bob+shop@mail.co.uk'],
  ['BTC wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'crypto-wallet', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
  ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'crypto-wallet', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
  ['ETH: 0x52908400098527886E0F7030069857D2E4169EE7', 'crypto-wallet', '0x52908400098527886E0F7030069857D2E4169EE7'],
];

/** Text a shopper should be able to send an agent without any warning. */
const NEGATIVES: string[] = [
  // Everyday customer-service sentences (a review of the guard, 2026-11).
  '请查一下 4229941212192906018 什么时候发货',
  '退款编号 4229941212192906018',
  "Hi, my password isn't working",
  "my password doesn't work, it is wrong!",
  '这个奶粉有效期至2025年12月',
  '优惠券有效期至2025-12-31',
  '快递单号后三位是 123',
  '手机尾号后三位 678',
  '我的淘宝账号 20231234567',
  '会员卡号 12345678',
  'the code 2024 is printed on the box',
  'Order # 112-1234567-1234567 arrived damaged',
  '我的亚马逊订单 403-9876543-2109876 还没发货',
  'D01-1234567-1234567 is my Kindle order',
  '订单号:4012888888881881 请帮我查一下',
  '订单编号 2024051212345678901',
  '淘宝订单号 3456789012345678901,申请退款',
  'order 4111111111111111 was cancelled',
  '运单号 YT2412345678901234 还没到',
  '中通快递 75312345678901',
  'tracking 1Z999AA10123456784',
  'TBA123456789012 was delivered to the locker',
  '顺丰 SF1234567890123',
  '价格 ¥153.00,原价 $1,299.99',
  'It cost €2.599,00 last week and ￥2,599.00 now',
  '2024-05-12 14:30:00 下单',
  'delivered 12/05/2024 at 9:30',
  '预计 2024年5月12日 送达',
  'SKU: ABC-1234-5678',
  '型号 HW-13812345678',
  '商品编码 6901234567892',
  'ISBN 978-7-111-54742-6',
  'ISBN 9787111547426 这本书',
  'the 65-inch TV model UN65TU7000',
  'Please refund 3 items, total 1299.99',
  '我忘记密码了怎么办',
  'my password is wrong',
  '验证码已经发送到您的手机',
  'promo code SAVE2024',
  'I placed 2 orders on 2024/05/12 and 2024/05/13',
];

const fpTally: string[] = [];

describe('findSensitiveData: labelled zh/en positives', () => {
  for (const [text, type, value] of POSITIVES) {
    it(`${type}: ${text}`, () => {
      const matches = findSensitiveData(text);
      const start = text.indexOf(value);
      expect(matches).toContainEqual(expect.objectContaining({ type, start, end: start + value.length, value }));
    });
  }
});

describe('findSensitiveData: not-sensitive negatives', () => {
  afterAll(() => {
    console.log(`Negative set: ${fpTally.length} false positives in ${NEGATIVES.length} texts`, fpTally);
  });
  for (const text of NEGATIVES) {
    it(`nothing in: ${text}`, () => {
      const matches = findSensitiveData(text);
      if (matches.length) fpTally.push(`${text} → ${matches.map((m) => `${m.type}:${m.value}`).join(', ')}`);
      expect(matches).toEqual([]);
    });
  }
});

describe('order IDs and known identifiers', () => {
  // 19 digits, passes Luhn and looks like a UnionPay card.
  const taobaoOrderId = '6212345678901234569';

  it('a Luhn-passing 19-digit number on its own is reported as a card…', () => {
    expect(findSensitiveData(`请查 ${taobaoOrderId}`).map((m) => m.type)).toEqual(['payment-card']);
  });

  it('…but not when the page told us it is an order ID', () => {
    expect(findSensitiveData(`请查 ${taobaoOrderId}`, { knownIdentifiers: [taobaoOrderId] })).toEqual([]);
  });

  it('…nor when labelled 订单号 / Order #', () => {
    expect(findSensitiveData(`订单号:${taobaoOrderId}`)).toEqual([]);
    expect(findSensitiveData(`Order #${taobaoOrderId}`)).toEqual([]);
  });

  it('the nearest label wins: an order number then a card', () => {
    const text = `订单号 ${taobaoOrderId},我的卡号 4111 1111 1111 1111`;
    expect(findSensitiveData(text).map((m) => [m.type, m.value])).toEqual([['payment-card', '4111 1111 1111 1111']]);
  });

  it('a known identifier written with different spacing is still recognised', () => {
    expect(findSensitiveData('卡 4111 1111 1111 1111', { knownIdentifiers: ['4111111111111111'] })).toEqual([]);
  });

  // The page (or a link's query, `?orderId=622202`) names the identifiers: one that is only part of a longer number
  // must not hide that number. 622202 / 411111 are card prefixes anyone can look up.
  it('a known identifier that is only part of a card number does not hide the card', () => {
    const ids = ['622202', '411111', '1111'];
    for (const [text, card] of [
      ['我的卡号 6222021234567890128', '6222021234567890128'],
      ['卡号 6222 0212 3456 7890 128', '6222 0212 3456 7890 128'],
      ['card 4111-1111-1111-1111', '4111-1111-1111-1111'],
    ] as const) {
      expect(findSensitiveData(text, { knownIdentifiers: ids }).map((m) => [m.type, m.value])).toEqual([
        ['payment-card', card],
      ]);
    }
  });

  it('a known identifier still covers the whole number it is, with letters or a check character around it', () => {
    expect(findSensitiveData('身份证 11010519491231002x', { knownIdentifiers: ['11010519491231002X'] })).toEqual([]);
    expect(findSensitiveData(`请查 ${taobaoOrderId} 谢谢`, { knownIdentifiers: [` ${taobaoOrderId} `] })).toEqual([]);
  });
});

describe('findSensitiveData: shape of the result', () => {
  it('sorts by start, never overlaps and reports confidences in 0..1', () => {
    const text =
      '卡号 6222021234567890128 验证码 123456 手机 13812345678 邮箱 a@b.cn 身份证 11010519491231002X 4111111111111111';
    const matches = findSensitiveData(text);
    expect(matches.map((m) => m.type)).toEqual([
      'payment-card',
      'verification-code',
      'phone',
      'email',
      'cn-resident-id',
      'payment-card',
    ]);
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    }
    for (const m of matches) {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(text.slice(m.start, m.end)).toBe(m.value);
    }
  });

  it('a context word raises the score (Presidio: +0.35, floor 0.4)', () => {
    const bare = findSensitiveData('(212) 555-0187')[0];
    const labelled = findSensitiveData('phone (212) 555-0187')[0];
    expect(bare?.confidence).toBeCloseTo(0.4);
    expect(labelled?.confidence).toBeCloseTo(0.75);
  });

  it('minConfidence hides weak findings; 0 reveals Presidio "very weak" SSN shapes', () => {
    expect(findSensitiveData('ref 536221234')).toEqual([]);
    expect(findSensitiveData('ref 536221234', { minConfidence: 0 })).toEqual([
      expect.objectContaining({ type: 'us-ssn', confidence: 0.05 }),
    ]);
  });

  it('a card number with a 卡号 label beats an unlabelled reading as an ID', () => {
    expect(findSensitiveData('卡号 4111111111111111')[0]?.confidence).toBe(1);
  });

  it('handles the empty string', () => {
    expect(findSensitiveData('')).toEqual([]);
  });
});

describe('redaction', () => {
  it('keeps last 4 digits and separators of numbers', () => {
    expect(maskValue('payment-card', '4111 1111 1111 1111')).toBe('**** **** **** 1111');
    expect(maskValue('phone', '+86 138 1234 5678')).toBe('+** *** **** 5678');
    expect(maskValue('cn-resident-id', '11010519491231002X')).toBe('**************002X');
  });

  it('fully masks secrets with the same length', () => {
    expect(maskValue('password', 'Abc!2024x')).toBe('*********');
    expect(maskValue('verification-code', '583920')).toBe('******');
    expect(maskValue('cvv', '123')).toBe('***');
  });

  it('keeps the first character and the domain of e-mails', () => {
    expect(maskValue('email', 'alice@example.com')).toBe('a***@example.com');
  });

  it('redacts a whole message and leaves the rest untouched', () => {
    const text = '订单号 112-1234567-1234567,卡号 4111 1111 1111 1111,验证码 583920,邮箱 alice@example.com';
    expect(redactSensitiveData(text)).toBe(
      '订单号 112-1234567-1234567,卡号 **** **** **** 1111,验证码 ******,邮箱 a***@example.com',
    );
  });

  it('masks full-width digits and letters too (typed with a Chinese IME)', () => {
    expect(redactSensitiveData('卡号 ４１１１ １１１１ １１１１ １１１１ 谢谢')).toBe(
      '卡号 **** **** **** １１１１ 谢谢',
    );
    expect(redactSensitiveData('身份证 １１０１０５１９４９１２３１００２Ｘ')).toBe('身份证 **************００２Ｘ');
  });

  it('respects types and knownIdentifiers', () => {
    const text = '卡号 4111 1111 1111 1111 验证码 583920';
    expect(redactSensitiveData(text, { types: ['verification-code'] })).toBe('卡号 4111 1111 1111 1111 验证码 ******');
    expect(redactSensitiveData(text, { knownIdentifiers: ['4111 1111 1111 1111'] })).toBe(
      '卡号 4111 1111 1111 1111 验证码 ******',
    );
  });
});

describe('describeType', () => {
  it('names every type in both languages', () => {
    for (const type of SENSITIVE_TYPES) {
      expect(describeType(type, 'en')).toMatch(/[a-z]/i);
      expect(describeType(type, 'zh_CN')).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(describeType('verification-code', 'zh_CN')).toBe('验证码');
  });

  // Language review (.tmp/s16/copy): 卡片安全码(CVV) had ASCII brackets in Chinese text.
  it('Chinese names use full-width brackets', () => {
    for (const type of SENSITIVE_TYPES) expect(describeType(type, 'zh_CN'), type).not.toMatch(/[()]/);
    expect(describeType('cvv', 'zh_CN')).toBe('卡片安全码（CVV）');
  });
});

// Speed is measured by bench/privacy-detector.bench.ts; tests assert behaviour only. A regex that backtracked
// catastrophically would still fail these through Vitest's per-test timeout.
describe('large and pathological input', () => {
  it('finds every planted card in 100 KB of mixed text', () => {
    const chunk = '您好,订单号 112-1234567-1234567 还没到。My card 4111 1111 1111 1111, call (212) 555-0187. ';
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
    const matches = findSensitiveData(text);
    const cards = matches.filter((m) => m.type === 'payment-card');
    expect(cards).toHaveLength(Math.ceil(100_000 / chunk.length));
  });

  it('returns on pathological input (one 100 KB word, one 100 KB number, 50 000 "a@")', () => {
    for (const text of ['a'.repeat(100_000), '1'.repeat(100_000), 'a@'.repeat(50_000)]) {
      expect(Array.isArray(findSensitiveData(text))).toBe(true);
    }
  });
});
