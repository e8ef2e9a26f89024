import { describe, expect, it } from 'vitest';
import { detectScamRequest, findSecrets, findSensitiveData, type SensitiveType } from '../../../lib/privacy/index';
import { mulberry32 } from '../extract-robustness/random-html';
import { withLuhnCheckDigit } from '../order-id-forms';

/**
 * Generated table, in the style of generated-secrets.test.ts and traditional-chinese.test.ts: how shoppers in Hong
 * Kong (Cantonese written forms: 係 "is", 嘅 "'s", 俾 "give", 咭 "card", 戶口 "bank account", 幾多 "how much") and
 * Taiwan (traditional characters, Taiwan words: 簡訊 "SMS", 認證碼, 登入, 帳號, 身分證字號, 提款卡) write each secret
 * after its label, how a fake agent asks for it, how a real notice warns about it, and what an ordinary order query
 * holds. All values are made up (random digits completed to a valid checksum; 4111 1111 1111 1111 is the public
 * Visa test number, A123456(3) and A123456789 the textbook HKID and Taiwan ID).
 *
 * Wording sources (public pages, read through the pages corpus):
 * - HKMA's standard notice, "銀行…不會以電話、電郵及手機短訊…要求客戶提供任何敏感的個人資料（包括登入密碼和一次性密碼）"
 *   (metroradio.com.hk 2021-07-31, cnyes.com 2023-12-04);
 * - Hong Kong police (ADCC, adcc.gov.hk 2021-10-26, PayMe): "一次性手機短訊「驗證碼」及「交易密碼」", "切勿向陌生人透露";
 *   WhatsApp take-overs (etnet.com.hk 2025-08-19): "切勿向任何人提供驗證碼"; Public Bank (HK): "銀行戶口號碼",
 *   "提款卡詳細資料、登入密碼或一次性密碼";
 * - HKCERT via stheadline.com 2026-02-10: fake HKTVmall / PayMe agents "誘騙受害人提供一次性驗證碼（OTP）、交易密碼";
 * - Taiwan: New Taipei police (cic.police.ntpc.gov.tw/fp-769-2837-28.html) "簡訊通知之認證碼…詢問收到的認證碼是多少";
 *   ec.ltn.com.tw 2026-02-14 (假客服): "信用卡卡號與安全碼、身分證字號或網銀驗證碼"; Shopee Taiwan's notice (quoted at
 *   nnxtl.cn/news/29062.html): "信用卡資料、身份證字號、銀行帳號…訂單編號…信用卡驗證碼"; a Taiwan wallet's help page
 *   (help.mochipay.xyz): "信用卡的檢查碼（背面末三碼）"; hsing.com.tw: "提款卡、OTP驗證碼".
 */

const SEED = Number(process.env.GEN_SEED ?? 0x4b_7a_2026);
const rand = mulberry32(SEED);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
const letter = () => String.fromCharCode(int(65, 90));

const luhnCard = (prefix: string, length: number) => withLuhnCheckDigit(prefix + digits(length - prefix.length - 1));
const fours = (s: string) => s.replace(/(\d{4})(?=\d)/g, '$1 ');

/** HKID check digit (mod 11 over letters A=10…Z=35, a space 36 for one-letter IDs; 10 is written A). */
function hkid(): string {
  const prefix = rand() < 0.8 ? letter() : letter() + letter();
  const body = digits(6);
  const chars = (prefix.length === 1 ? [36] : []).concat([...prefix].map((c) => c.charCodeAt(0) - 55));
  const sum = [...chars, ...[...body].map(Number)].reduce((acc, v, i) => acc + v * (9 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${prefix}${body}(${check === 10 ? 'A' : check})`;
}

/** Taiwan ID: letter (its two-digit code), 1/2, 7 digits, a check digit making the weighted sum a multiple of 10. */
const TW_LETTER_CODES = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
function taiwanId(): string {
  const l = pick([...TW_LETTER_CODES]);
  const code = 10 + TW_LETTER_CODES.indexOf(l);
  const body = `${int(1, 2)}${digits(7)}`;
  const weights = [8, 7, 6, 5, 4, 3, 2, 1];
  const sum =
    Math.floor(code / 10) + (code % 10) * 9 + [...body].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return `${l}${body}${(10 - (sum % 10)) % 10}`;
}

type Failures = string[];

function expectFound(fails: Failures, label: string, text: string, type: SensitiveType, value: string) {
  const found = type === 'phone' ? findSensitiveData(text, { types: ['phone'] }) : findSecrets(text);
  if (!found.some((m) => m.type === type && m.value === value)) {
    const got = found.map((m) => `${m.type} ${JSON.stringify(m.value)}`).join(', ') || 'nothing';
    fails.push(`${label}: want ${type} ${JSON.stringify(value)} in ${JSON.stringify(text)}, got ${got}`);
  }
}

function expectNoSecret(fails: Failures, label: string, text: string) {
  const found = findSecrets(text);
  if (found.length) {
    const got = found.map((m) => `${m.type} ${JSON.stringify(m.value)}`).join(', ');
    fails.push(`${label}: no secret wanted in ${JSON.stringify(text)}, got ${got}`);
  }
}

function report(name: string, fails: Failures) {
  if (fails.length) console.log(`${name}: ${fails.length} failed\n  ${fails.slice(0, 40).join('\n  ')}`);
  expect(fails).toEqual([]);
}

type Phrase = (v: string) => string;

/** Each secret type: how it is labelled in Hong Kong and in Taiwan, and how its value is drawn. */
const SECRETS: Array<{ type: SensitiveType; values: () => string; phrases: Phrase[] }> = [
  {
    type: 'payment-card',
    values: () =>
      pick([
        () => '4111 1111 1111 1111',
        () => fours(luhnCard('4', 16)),
        () => luhnCard(`5${int(1, 5)}`, 16),
        () => fours(luhnCard('6222', 19)),
      ])(),
    phrases: [
      (v) => `我張信用咭號碼係 ${v}`,
      (v) => `信用咭：${v}`,
      (v) => `咭號 ${v}，麻煩幫我退款`,
      (v) => `扣賬卡 ${v}`,
      (v) => `信用卡卡號：${v}`,
      (v) => `請退回這張卡 ${v}`,
      (v) => `提款卡卡號 ${v}`,
    ],
  },
  {
    type: 'card-expiry',
    values: () => `${String(int(1, 12)).padStart(2, '0')}/${int(26, 32)}`,
    phrases: [
      (v) => `信用卡 4111 1111 1111 1111 有效期 ${v}`,
      (v) => `有效期：${v}`,
      (v) => `到期日 ${v}`,
      (v) => `到期日係 ${v}`,
      (v) => `有效日期：${v}`,
    ],
  },
  {
    type: 'cvv',
    values: () => digits(3),
    phrases: [
      (v) => `安全碼：${v}`,
      (v) => `安全碼係 ${v}`,
      (v) => `CVV 係 ${v}`,
      (v) => `卡片後三碼 ${v}`,
      (v) => `信用卡背面後三碼：${v}`,
      // Taiwan: 檢查碼 and 末三碼 (help.mochipay.xyz: "信用卡的檢查碼（背面末三碼）").
      (v) => `信用卡檢查碼：${v}`,
      (v) => `背面末三碼 ${v}`,
      // Cantonese counts the digits as 字: "背面三個字".
      (v) => `背面三個字係 ${v}`,
      (v) => `卡背面嘅三個字：${v}`,
    ],
  },
  {
    type: 'password',
    values: () => pick([`Abc${digits(5)}`, `hk${digits(6)}!`, digits(6), `Tw${digits(4)}#x`]),
    phrases: [
      (v) => `密碼：${v}`,
      (v) => `我嘅密碼係 ${v}`,
      (v) => `登入密碼：${v}`,
      (v) => `網上理財密碼 ${v}`,
      (v) => `交易密碼：${v}`,
      (v) => `提款密碼 ${v}`,
      (v) => `提款卡密碼：${v}`,
      (v) => `網銀密碼係 ${v}`,
    ],
  },
  {
    type: 'verification-code',
    values: () => digits(int(4, 8)),
    phrases: [
      (v) => `驗證碼：${v}`,
      (v) => `我收到嘅驗證碼係 ${v}`,
      (v) => `簡訊驗證碼 ${v}`,
      (v) => `短訊驗證碼：${v}`,
      (v) => `OTP：${v}`,
      (v) => `OTP 係 ${v}`,
      (v) => `網銀驗證碼 ${v}`,
      // Taiwan's SMS word (New Taipei police): 認證碼.
      (v) => `認證碼：${v}`,
      (v) => `簡訊認證碼 ${v}`,
      (v) => `${v}是您的認證碼`,
      // HKMA: 一次性密碼, with its alias in brackets.
      (v) => `一次性密碼：${v}`,
      (v) => `一次性密碼（OTP）：${v}`,
      (v) => `一次性驗證碼（OTP）${v}`,
    ],
  },
  {
    type: 'id-document',
    values: () => (rand() < 0.5 ? hkid() : taiwanId()),
    phrases: [
      (v) => `香港身份證 ${v}`,
      (v) => `HKID: ${v}`,
      (v) => `身分證字號：${v}`,
      // 身份證 alone, as Hong Kong (and many in Taiwan) write their own card.
      (v) => `身份證號碼 ${v}`,
      (v) => `我嘅身份證係 ${v}`,
      (v) => `身份證：${v}`,
    ],
  },
  {
    type: 'bank-account',
    values: () =>
      pick([`${digits(3)}-${digits(6)}-${digits(3)}`, digits(12), `${digits(3)}-${digits(11)}`, digits(14)]),
    phrases: [
      (v) => `銀行戶口號碼：${v}`,
      (v) => `銀行戶口 ${v}`,
      // 戶口 alone is Hong Kong's bank account (Public Bank HK: "銀行戶口號碼").
      (v) => `戶口號碼 ${v}`,
      (v) => `我個戶口係 ${v}`,
      (v) => `戶口：${v}`,
      (v) => `帳戶：${v}`,
      (v) => `銀行帳號：${v}`,
      (v) => `匯款帳號 ${v}`,
      (v) => `帳號係 ${v}`,
    ],
  },
  {
    type: 'phone',
    values: () =>
      pick([
        `${pick(['5', '6', '9'])}${digits(3)} ${digits(4)}`,
        `09${digits(2)}-${digits(3)}-${digits(3)}`,
        `+852 ${pick(['5', '6', '9'])}${digits(3)} ${digits(4)}`,
      ]),
    phrases: [
      (v) => `電話：${v}`,
      (v) => `我嘅電話係 ${v}`,
      (v) => `手機號碼：${v}`,
      (v) => `聯絡電話 ${v}`,
      (v) => `手提電話 ${v}`,
    ],
  },
];

describe('generated Hong Kong and Taiwan phrasings of each secret', () => {
  it.each(SECRETS.map((s) => [s.type, s] as const))('%s after its label', (_type, { type, values, phrases }) => {
    const fails: Failures = [];
    for (const phrase of phrases) {
      for (let k = 0; k < 8; k++) {
        const v = values();
        expectFound(fails, type, phrase(v), type, v);
      }
    }
    report(type, fails);
  });

  it('the textbook values: A123456(3), A123456789, 4111 1111 1111 1111', () => {
    expect(findSecrets('身份證號碼 A123456(3)').map((m) => [m.type, m.value])).toEqual([['id-document', 'A123456(3)']]);
    expect(findSecrets('身份證 A123456789').map((m) => [m.type, m.value])).toEqual([['id-document', 'A123456789']]);
    expect(findSecrets('我張信用咭 4111 1111 1111 1111，到期日係 12/27，背面三個字係 123').map((m) => m.type)).toEqual([
      'payment-card',
      'card-expiry',
      'cvv',
    ]);
  });

  it('the new labels keep their limits: 末三碼 of a phone, 户口本, a mainland-shaped number after 身份證', () => {
    const fails: Failures = [];
    for (let k = 0; k < 20; k++) {
      expectNoSecret(fails, 'phone tail', `電話末三碼 ${digits(3)}`);
      expectNoSecret(fails, 'last four', `信用卡末四碼 ${digits(4)}`);
      expectNoSecret(fails, 'household register', `户口本号码 ${digits(12)}`);
      expectNoSecret(fails, 'household register', `户口所在地 北京，门牌 ${int(1, 99)} 号`);
      expectNoSecret(fails, 'shop account', `淘寶戶口 ${digits(11)}`);
      expectNoSecret(fails, 'short number after 身份證', `身份證號 ${digits(6)}`);
    }
    report('limits', fails);
  });
});

/** A fake agent's request, and what it asks for. */
const SCAM_REQUESTS: Array<[text: string, kind: string]> = [
  ['請將驗證碼發俾我', 'asks-for-code'],
  ['驗證碼係幾多', 'asks-for-code'],
  ['你收到嘅驗證碼係幾多？', 'asks-for-code'],
  ['麻煩你講俾我聽你個驗證碼', 'asks-for-code'],
  ['將收到嘅OTP話俾我知', 'asks-for-code'],
  ['麻煩你send個OTP俾我', 'asks-for-code'],
  ['請告訴我您的簡訊認證碼', 'asks-for-code'],
  // New Taipei police: scammers ask "收到的認證碼是多少" and to "將認證碼按回覆".
  ['請問您收到的認證碼是多少？', 'asks-for-code'],
  ['請回覆簡訊中的認證碼', 'asks-for-code'],
  ['請提供OTP以完成退款', 'asks-for-code'],
  ['麻煩提供你張信用咭號碼同埋背面三個字', 'asks-for-card'],
  ['請俾我你嘅信用卡號碼', 'asks-for-card'],
  ['幫你退款要先提供銀行帳號', 'asks-for-card'],
  ['請提供你嘅銀行戶口號碼', 'asks-for-card'],
  ['唔該俾你個登入密碼我', 'asks-for-password'],
  // 攞 ("take, get") with the agent as the taker: 畀我攞 ("let me take"), 問你攞 ("ask you for"), 攞你… ("take your…");
  // 畀 is the other writing of 俾 ("give").
  ['畀我攞個驗證碼', 'asks-for-code'],
  ['畀我攞个验证码，帮你退款', 'asks-for-code'],
  ['我要攞你張卡後面三個數字', 'asks-for-card'],
  ['我哋需要問你攞驗證碼先可以退款', 'asks-for-code'],
  ['我哋要攞你個登入密碼', 'asks-for-password'],
  ['攞你張信用咭嘅號碼俾我', 'asks-for-card'],
  ['唔該畀我你嘅信用卡號碼', 'asks-for-card'],
  ['我要攞你嘅身份證號碼', 'asks-for-id'],
];

/** Warnings, in the wording of the notices above: never a request. */
const WARNINGS = [
  '客服唔會問你攞驗證碼',
  '請勿向任何人透露您的密碼',
  '切勿向任何人提供驗證碼',
  '切勿向陌生人透露任何手機短訊「驗證碼」或「交易密碼」',
  '銀行不會以電話、電郵及手機短訊要求客戶提供任何敏感的個人資料（包括登入密碼和一次性密碼）',
  '客服人員絕對不會要求任何敏感資訊如：信用卡驗證碼',
  '唔好將驗證碼俾任何人',
  '千祈唔好俾驗證碼任何人',
  '銀行唔會叫你提供密碼',
  '請勿將簡訊認證碼告訴他人',
  '不提供任何敏感資料，包含信用卡卡號與安全碼、身分證字號或網銀驗證碼',
  '我已經俾咗驗證碼佢，點算？',
  '千祈唔好畀人攞你張信用咭',
];

describe('scam requests in Cantonese and Taiwan Mandarin; warnings are none', () => {
  it.each(SCAM_REQUESTS)('%s → %s', (text, kind) => {
    expect(detectScamRequest(text).map((h) => h.kind)).toContain(kind);
  });

  it.each(WARNINGS)('warning: %s', (text) => {
    expect(detectScamRequest(text)).toEqual([]);
  });
});

// ---------- ordinary shop messages: nothing to warn about ----------

const taobaoOrderId = () => `${int(1, 4)}${digits(pick([17, 18]))}`;
const waybills = () => [
  `SF${digits(13)}`,
  `SF${digits(12)}`,
  `7${pick(['3', '5', '8'])}${digits(12)}`,
  luhnCard('4', 16), // a waybill that passes Luhn like a Visa: its label says what it is
  digits(12),
];

describe('generated Hong Kong and Taiwan order queries stay clean', () => {
  it('order numbers, waybills, prices, dates and a shop phone', () => {
    const fails: Failures = [];
    for (let k = 0; k < 40; k++) {
      const order = taobaoOrderId();
      for (const w of waybills()) {
        for (const s of [
          `運單號：${w}，顯示已簽收但我未收到`,
          `物流單號 ${w} 幾日都冇更新`,
          `中通 ${w} 一直冇派送`,
          `運單號碼 ${w} 係咪寄錯咗？`,
          `順豐單號 ${w}`,
        ]) {
          expectNoSecret(fails, 'waybill', s);
        }
      }
      for (const s of [
        `你好，我嘅訂單編號係 ${order}，幾時發貨？`,
        `訂單編號：${order}，請問幾時出貨？`,
        `請問訂單號碼 ${order} 幾時寄出？`,
        `件數 ${int(1, 5)}，總價 HK$${int(1, 9)},${digits(3)}.00，已付款`,
        `實付 NT$${int(100, 9999)} 元，運費 ${int(30, 120)} 元`,
        `20${int(24, 26)}年${int(1, 12)}月${int(1, 28)}日落單，到而家仲未收到`,
        `下單時間 20${int(24, 26)}-0${int(1, 9)}-1${int(0, 9)} ${int(10, 23)}:${digits(2)}:${digits(2)}`,
        `預計 20${int(24, 26)}/0${int(1, 9)}/2${int(0, 8)} 送達`,
        `請問店舖電話係咪 0755-${digits(8)}？我想查訂單 ${order}`,
        `商店電話：(02) ${digits(4)}-${digits(4)}，訂單編號 ${order} 還沒出貨`,
        `超商取貨，取件碼 ${digits(4)}`,
        `我收唔到驗證碼，等咗 ${int(30, 120)} 秒`,
        '驗證碼冇收到點算？',
        '我忘記咗登入密碼，點樣改？',
        '信用卡扣咗兩次錢，麻煩退返一次',
        `退款 HK$${int(10, 999)} 會退返去原本張信用咭嗎？`,
      ]) {
        expectNoSecret(fails, 'order query', s);
      }
    }
    report('order queries', fails);
  });

  it.each([
    '請問訂單幾時發貨？',
    '麻煩提供訂單編號',
    '請提供您的淘寶帳號同訂單編號',
    '驗證碼冇收到點算？',
    // A shopper's own 攞 ("get"): how to get a code, can't get it, got it; an agent who gets the order number.
    '我攞唔到驗證碼，點算？',
    '點樣攞驗證碼？',
    '我攞咗驗證碼，但係登入唔到',
    '你可以喺App度攞驗證碼',
    '畀我攞個訂單號幫你查下',
  ])('an order query is no scam request: %s', (s) => {
    expect(detectScamRequest(s)).toEqual([]);
  });
});
