import { describe, expect, it } from 'vitest';
import { detectScamRequest, type ScamHint } from '../../../lib/privacy/index';

/** [message pasted from an "agent", expected kind, phrase that must lie inside the hint]. */
const POSITIVES: Array<[string, ScamHint['kind'], string]> = [
  ['亲,请把您收到的验证码发给我,我帮您办理退款', 'asks-for-code', '验证码'],
  ['麻烦告诉我一下短信验证码', 'asks-for-code', '短信验证码'],
  ['验证码是多少?', 'asks-for-code', '验证码是多少'],
  ['Please send me the verification code we just sent to your phone', 'asks-for-code', 'verification code'],
  ['Can you read me the 6-digit code?', 'asks-for-code', '6-digit code'],
  ['请提供您的支付密码以便核实身份', 'asks-for-password', '支付密码'],
  ['Please confirm your Amazon password so I can unlock the account', 'asks-for-password', 'password'],
  ['请提供您的银行卡号和卡背面的安全码', 'asks-for-card', '银行卡号'],
  ['To process the refund, give me your card number and CVV', 'asks-for-card', 'card number'],
  ['您的资金存在风险,请转到安全账户', 'safe-account-transfer', '安全账户'],
  ['需要先交保证金才能解冻退款', 'safe-account-transfer', '保证金'],
  ['Transfer your funds to a safe account for protection', 'safe-account-transfer', 'safe account'],
  ['退款请加我QQ 12345678 办理', 'off-platform', 'QQ'],
  ['请添加客服微信,我们线下退款', 'off-platform', '微信'],
  ['下载一下腾讯会议,开启屏幕共享', 'off-platform', '屏幕共享'],
  ['Contact us on WhatsApp to get your refund faster', 'off-platform', 'WhatsApp'],
  ['You can pay with Apple gift cards instead', 'off-platform', 'gift card'],
  ['Please install AnyDesk so I can help', 'off-platform', 'AnyDesk'],
  ['Please buy two Google Play gift cards and send us the codes', 'off-platform', 'gift cards'],
  ['请告诉我银行卡的有效期', 'asks-for-card', '银行卡'],
  // "发我" (send me), the everyday chat form of 发给我: the code, card or password named first, or after 把.
  ['亲,麻烦把手机收到的验证码发我一下,帮您办理退款', 'asks-for-code', '验证码'],
  ['验证码发我一下', 'asks-for-code', '验证码'],
  ['收到的验证码报我一下', 'asks-for-code', '验证码'],
  ['退款要核实,卡号发我', 'asks-for-card', '卡号'],
  ['把银行卡号发我们,马上给您退款', 'asks-for-card', '银行卡号'],
  ['把支付密码发我', 'asks-for-password', '支付密码'],
  // Two secrets asked for at once, the code with the words that say where it arrived (qa21b, pasted into 阿里小蜜):
  // only the card was named in the warning.
  ['【淘宝官方客服】亲，请提供银行卡号和手机收到的验证码，我们马上为您办理退款。', 'asks-for-code', '验证码'],
  ['【淘宝官方客服】亲，请提供银行卡号和手机收到的验证码，我们马上为您办理退款。', 'asks-for-card', '银行卡号'],
  ['麻烦告诉我卡号以及短信里的验证码', 'asks-for-code', '验证码'],
  // The code, password or ID as the last item of a list (a review in Chromium, 2026-12): only the card was named.
  ['请提供您的银行卡号、有效期和收到的验证码，我们为您办理双倍赔付', 'asks-for-code', '验证码'],
  ['请提供您的银行卡号、有效期和收到的验证码，我们为您办理双倍赔付', 'asks-for-card', '银行卡号'],
  ['请提供银行卡号、有效期和支付密码', 'asks-for-password', '支付密码'],
  ['请提供您的姓名、手机号和身份证号', 'asks-for-id', '身份证号'],
  ['Please send your card number, expiry date and the verification code', 'asks-for-code', 'verification code'],
  ['Please tell us your name, phone number and password', 'asks-for-password', 'password'],
  // A card's, bank's or UPI's PIN, even called a "PIN code" (an Indian postal code alone is not a secret).
  ['What is your ATM PIN?', 'asks-for-password', 'PIN'],
  ['Please share your UPI PIN to receive the refund', 'asks-for-password', 'UPI PIN'],
  ['Please share your ATM PIN code for verification', 'asks-for-password', 'ATM PIN code'],
  ['What is your card PIN code?', 'asks-for-password', 'card PIN code'],
  ['What is the PIN code for your ATM card?', 'asks-for-password', 'PIN code for your ATM'],
  ['请提供您的姓名、手机号、银行卡号、有效期和验证码', 'asks-for-code', '验证码'],
  ['請提供您的姓名、電話號碼、銀行卡號、有效期及驗證碼', 'asks-for-code', '驗證碼'],
  ['Please reply with your mobile number and the OTP', 'asks-for-code', 'OTP'],
];

const NEGATIVES = [
  // What real agents send (a review of the guard, 2026-11).
  '麻烦发一下商品有效期的照片',
  '麻烦把订单号发我一下,我帮您查',
  '验证码收不到,能再发一下吗',
  '不要把验证码发我,也不要发给任何人',
  // 发我 before a place or 的 says where a code was sent, not who is to get it: a shopper's own complaint, pasted.
  '登录时验证码发我手机上了,但是一直没收到',
  '你们的验证码发我邮箱里了吗?没收到',
  '验证码发我的一直是错的',
  '密码发我邮箱的重置链接打不开',
  '把验证码发我手机上了,还是登录不了',
  'We have sent a gift card to your email as compensation.',
  '请勿向任何人透露验证码,客服不会索要您的密码',
  'We will never ask for your password or verification code.',
  'Do not share your card number with anyone.',
  '您好,请提供一下订单号,我帮您查询物流',
  'Your refund of $23.99 has been issued to your original payment method.',
  '亲,已为您申请退款,预计3-5个工作日到账',
  'Could you send a photo of the damaged item?',
  '我忘记密码了,怎么重置?',
  '您可以在"我的订单"里点击"退款售后"查看进度',
  '请勿提供银行卡号和手机收到的验证码给任何人',
  // A list of what a real agent asks for; and a list whose secret is in another sentence.
  '请提供订单号、照片和商品链接',
  '请提供订单号和收货地址，验证码请勿告诉他人',
  '不要提供您的银行卡号、有效期和验证码给任何人',
  'Please send the parcel to the address and we will email a verification code',
  // A list that runs into the next clause, a space as the clause break, 及时 ("promptly"), an Indian postal PIN code, a
  // question about a card (a review of the list rule, 2026-12).
  'Please confirm your name and address, and never share your verification code with anyone.',
  'Please confirm your name, email and phone number, and never share your password with anyone.',
  'Please verify your name and email address, then reset your password.',
  'Please share your name, address and PIN code so we can check delivery.',
  'What is your PIN code?',
  "What's the PIN code of your delivery area?",
  '请提供订单号和收货地址 验证码请勿告诉他人',
  '请提供订单号和姓名 勿泄露验证码',
  '请填写收货人姓名和电话 无需身份证',
  '请确认是否本人操作并及时修改登录密码',
  '告诉我您的订单号和遇到的问题以及是否绑定了银行卡',
  '请提供订单号、收货人姓名和手机号',
  'please send your name, address and order number',
  // What follows the last item describes it, or starts the next clause (a second review, 2026-12).
  'Please verify your email address, and your password reset link will be sent.',
  'Please confirm your phone number, and the verification code will arrive within a minute.',
  'Please confirm your address, expiry date of the coupon is tomorrow.',
  '请提供一下购买记录截图和银行卡扣款记录',
  '请核对收货人手机号和银行卡预留手机号是否一致',
  '请确认收货人姓名、手机号与身份证是否一致',
  '请确认收货地址和手机号及验证码是否已收到',
  '请输入新的收货地址和支付密码完成修改',
];

describe('detectScamRequest', () => {
  for (const [text, kind, phrase] of POSITIVES) {
    it(`${kind}: ${text}`, () => {
      const hints = detectScamRequest(text);
      const at = text.indexOf(phrase);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(hints.some((h) => h.kind === kind && h.start <= at && h.end >= at + phrase.length)).toBe(true);
    });
  }

  for (const text of NEGATIVES) {
    it(`no hint in: ${text}`, () => {
      expect(detectScamRequest(text)).toEqual([]);
    });
  }

  it('returns hints sorted by start with valid offsets', () => {
    const text = '请加我微信,然后把验证码发给我,再转到安全账户';
    const hints = detectScamRequest(text);
    expect(new Set(hints.map((h) => h.kind))).toEqual(
      new Set(['off-platform', 'asks-for-code', 'safe-account-transfer']),
    );
    for (let i = 1; i < hints.length; i++) expect(hints[i]!.start).toBeGreaterThanOrEqual(hints[i - 1]!.start);
    for (const h of hints) expect(h.end).toBeLessThanOrEqual(text.length);
  });
});
