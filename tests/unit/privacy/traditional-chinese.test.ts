import { describe, expect, it } from 'vitest';
import { readContext } from '../../../lib/privacy/context-words';
import { detectScamRequest, findSecrets, findSensitiveData } from '../../../lib/privacy/index';

/**
 * Shoppers in Hong Kong and Taiwan type traditional characters; the labels Kefu knows are written in simplified ones.
 * Each pair is one message in both scripts (made-up values; 4111 1111 1111 1111 is the public Visa test number): the
 * traditional one must give what the simplified one gives — the same finding, at the same place.
 */
const SAME_AS_SIMPLIFIED: Array<[traditional: string, simplified: string]> = [
  ['驗證碼 482913', '验证码 482913'],
  ['我的銀行卡號是 6222 0212 3456 7890 128，驗證碼 482913', '我的银行卡号是 6222 0212 3456 7890 128，验证码 482913'],
  ['簡訊驗證碼：482913', '简讯验证码：482913'],
  ['手機驗證碼是 739104', '手机验证码是 739104'],
  ['動態碼 5821', '动态码 5821'],
  ['信用卡 4111 1111 1111 1111 有效期 12/27 安全碼 123', '信用卡 4111 1111 1111 1111 有效期 12/27 安全码 123'],
  ['支付密碼：Abc12345', '支付密码：Abc12345'],
  ['銀行帳號 6222021234567890', '银行账号 6222021234567890'],
  ['收款賬戶 6222021234567890', '收款账户 6222021234567890'],
  // An order or waybill number labelled as one is what a shopper should give: never a card, in either script.
  ['訂單號 4111 1111 1111 1111', '订单号 4111 1111 1111 1111'],
  ['運單號 4111111111111111', '运单号 4111111111111111'],
];

const found = (text: string) => findSensitiveData(text).map((m) => [m.type, m.start, m.end]);

describe('privacy scan: traditional Chinese labels read as the simplified ones', () => {
  it.each(SAME_AS_SIMPLIFIED)('%s', (traditional, simplified) => {
    expect(found(traditional)).toEqual(found(simplified));
  });

  it('a verification code, CVV and account number after their traditional labels are found', () => {
    expect(findSecrets('驗證碼 482913').map((m) => [m.type, m.value])).toEqual([['verification-code', '482913']]);
    expect(findSecrets('安全碼 123').map((m) => [m.type, m.value])).toEqual([['cvv', '123']]);
    expect(findSecrets('帳號 6222021234567890').map((m) => [m.type, m.value])).toEqual([
      ['bank-account', '6222021234567890'],
    ]);
  });

  it('Hong Kong and Taiwan words for a card, its code and a bank account: 信用咭, 後三碼, 銀行戶口', () => {
    expect(findSecrets('信用卡背面後三碼 123').map((m) => [m.type, m.value])).toEqual([['cvv', '123']]);
    expect(findSecrets('卡片後三碼：4821').map((m) => m.type)).toEqual(['cvv']);
    expect(findSecrets('銀行戶口號碼：012345678901').map((m) => [m.type, m.value])).toEqual([
      ['bank-account', '012345678901'],
    ]);
    expect(readContext('我的信用咭 4111 1111 1111 1111', 6, 'payment-card').hasContext).toBe(true);
    expect(readContext('我的信用咭號 4111 1111 1111 1111', 7, 'payment-card').hasContext).toBe(true);
    expect(readContext('我的東西 4111 1111 1111 1111', 5, 'payment-card').hasContext).toBe(false);
    // 户口 alone is the mainland's household register, no account.
    expect(findSecrets('户口本号码 123456789012').map((m) => m.type)).not.toContain('bank-account');
  });

  it("Taiwan's ID card number after 身分證字號 / 身分證 (written with 分) is an ID document", () => {
    expect(findSecrets('身分證字號：A123456789').map((m) => [m.type, m.value])).toEqual([
      ['id-document', 'A123456789'],
    ]);
    expect(findSecrets('我的身分證 F131104093').map((m) => [m.type, m.value])).toEqual([['id-document', 'F131104093']]);
    expect(findSecrets('身分证字号 A123456789').map((m) => m.type)).toEqual(['id-document']);
  });

  it('Japanese labels still work (their kanji are folded with the text)', () => {
    expect(findSecrets('確認コード：482913').map((m) => m.type)).toEqual(['verification-code']);
    expect(findSecrets('暗証番号：4821').map((m) => m.type)).toEqual(['password']);
  });

  it('a request for the code written in traditional characters is a scam hint, a warning is not', () => {
    expect(detectScamRequest('親，請把您收到的驗證碼發給我，我幫您辦理退款').map((h) => h.kind)).toEqual([
      'asks-for-code',
    ]);
    expect(detectScamRequest('請提供您的銀行卡號和卡背面的安全碼').map((h) => h.kind)).toEqual(['asks-for-card']);
    expect(detectScamRequest('請勿把驗證碼告訴任何人')).toEqual([]);
  });
});

// Review s21 (review21b). Japanese writes 確認, 情報, 説明 and 報告 with the traditional forms of 确认, 报 and 说, the
// verbs of asking of the Chinese scam phrases: folded, a Japanese shop's or bank's message that names the CVV read as a
// request for it ("カード情報（CVVを含む）を第三者に教えないでください" is a warning). Made-up messages in the wording of
// amazon.co.jp's help pages (カード情報, セキュリティコード, 確認コード).
describe('Japanese messages are not read as Chinese requests through the folding', () => {
  it.each([
    'カード情報（CVVを含む）を第三者に教えないでください。',
    'カード情報のCVVは保存されません。',
    '確認のため、CVVの入力は不要です。',
    '以下にご説明します。CVV（セキュリティコード）とは、カード裏面に記載された3桁の番号です。',
    'お支払い情報：CVV 未登録',
  ])('%s', (text) => {
    expect(detectScamRequest(text)).toEqual([]);
  });

  it('a request in traditional Chinese is still one, and so is one in simplified Chinese beside Japanese', () => {
    expect(detectScamRequest('請提供您的銀行卡號和CVV').map((h) => h.kind)).toEqual(['asks-for-card']);
    expect(detectScamRequest('商品：ポケモンカード。请把验证码发给我').map((h) => h.kind)).toEqual(['asks-for-code']);
  });
});

// Review s21 (review21b). Hong Kong shoppers and agents write Cantonese: 係 is its "is" (是), 唔好 / 唔會 its "don't" /
// "won't" (不要 / 不会). Made-up messages.
describe('Cantonese phrasing (Hong Kong)', () => {
  it('a secret after its label and 係 ("is") is found as after 是', () => {
    expect(findSecrets('我嘅驗證碼係 482913').map((m) => [m.type, m.value])).toEqual([['verification-code', '482913']]);
    expect(findSecrets('密碼係 abc12345').map((m) => [m.type, m.value])).toEqual([['password', 'abc12345']]);
    expect(findSecrets('安全碼係123').map((m) => [m.type, m.value])).toEqual([['cvv', '123']]);
    expect(findSecrets('帳號係 6222021234567890').map((m) => [m.type, m.value])).toEqual([
      ['bank-account', '6222021234567890'],
    ]);
    // 系 of 系统 ("system") is no copula: what follows is no value.
    expect(findSecrets('验证码系统 482913 升级')).toEqual([]);
    expect(findSecrets('密码系统升级')).toEqual([]);
  });

  it('a warning with 唔好 / 唔會 is not a request; 唔該 ("please") does not negate', () => {
    expect(detectScamRequest('客服唔會叫你提供驗證碼')).toEqual([]);
    expect(detectScamRequest('千祈唔好提供驗證碼俾任何人')).toEqual([]);
    expect(detectScamRequest('唔該提供你嘅驗證碼').map((h) => h.kind)).toEqual(['asks-for-code']);
  });
});
