import { describe, expect, it } from 'vitest';
import { detectScamRequest } from '../../../lib/privacy/index';

/**
 * A request for an ID number or an ID document's photo: what a shop's agent never needs to handle an order (an
 * Amazon or Taobao agent finds the order by its number; seeds/002: "客服可能需要验证您的身份，准备好您的账户名、注册邮箱和
 * 手机号码" — the account, never the ID card). Made-up messages in simplified and traditional Chinese (Taiwan's 身分證字號,
 * Hong Kong's Cantonese) and English: [text, phrase that must lie inside the hint].
 */
const REQUESTS: Array<[string, string]> = [
  ['请提供您的身份证号码', '身份证号码'],
  ['麻烦发一下身份证正反面照片', '身份证'],
  ['亲，为了核实身份，请把身份证正反面拍照发给我', '身份证'],
  ['身份证号码发我一下，马上给您退款', '身份证号码'],
  ['您的身份证号是多少？', '身份证号是多少'],
  ['请上传手持身份证照片，用于退款审核', '身份证'],
  ['麻烦拍一下您的身份证正反面', '身份证'],
  ['请提供您的护照号码', '护照'],
  ['請提供您的身分證字號', '身分證字號'],
  ['請提供您的身份證號碼以便辦理退款', '身份證號碼'],
  ['麻煩上傳身分證正反面照片', '身分證'],
  ['唔該俾你張身份證相我', '身份證'],
  ['請將護照號碼發俾我', '護照'],
  ['Please send a photo of your ID card', 'ID card'],
  ['Please provide your passport number to complete the refund', 'passport'],
  ['Please send me your SSN so I can verify the refund', 'SSN'],
  ['Can you upload a picture of the front and back of your driver’s license?', 'driver’s license'],
  ['To process the return I need a copy of your passport.', 'passport'],
  ['Reply with the last four digits of your social security number', 'social security number'],
  ['What is your social security number?', 'social security number'],
];

/** Warnings, and what real agents write about IDs and orders: never a request for an ID. */
const NOT_REQUESTS = [
  '请勿向任何人提供身份证号码',
  '不要把身份证照片发给陌生人',
  '客服不会索要您的身份证号码，请勿泄露',
  '請勿提供身分證字號給任何人',
  '客服唔會問你攞身份證號碼',
  'Never share your passport number or SSN with anyone.',
  'We will never ask for your ID card.',
  "Don't send a photo of your ID to anyone.",
  // An identifier of an order, a case or an account is no identity document.
  'Please provide your order ID number so I can check',
  'Please tell me the order ID and the tracking ID.',
  'Please confirm the transaction ID shown in your payment history',
  'Please send me the case ID from the email',
  'Please verify your identity by signing in to your account',
  '请提供一下订单号，我帮您查询物流',
  '请核实您的身份后再修改收货地址',
  // The shopper's own account, sent to the agent: 把…发给你, not 发给我.
  '我已经把身份证照片发给你了',
  // The ID named in another clause than the verb: what is to be filled in is the name.
  '请填写收货人姓名，身份证不用填',
  // Said to reassure: "no need to".
  '您不需要提供身份证，我们已经为您办理',
  'No need to send your ID, the refund is on its way.',
  // Shown in person, to a courier or a pick-up point.
  'Please show your ID to the courier when the parcel arrives',
  '取件时请出示身份证',
  // What shops sell: a photo shop's 证件照 (a portrait), ID holders and covers.
  '请发一下您的证件照原图，我们帮您排版',
  '麻烦发一下身份证套的照片，看看尺寸',
  'Can you send me a photo of the passport holder? It arrived torn.',
  'Please send us a photo of the ID card holder and the box',
  'Please provide the ID of the seller you bought from',
];

describe('scam check: requests for an ID number or an ID photo', () => {
  it.each(REQUESTS)('%s', (text, phrase) => {
    const at = text.indexOf(phrase);
    expect(at).toBeGreaterThanOrEqual(0);
    const hints = detectScamRequest(text).filter((h) => h.kind === 'asks-for-id');
    expect(hints.some((h) => h.start <= at && h.end >= at + phrase.length)).toBe(true);
  });

  it.each(NOT_REQUESTS)('no hint in: %s', (text) => {
    expect(detectScamRequest(text)).toEqual([]);
  });
});
