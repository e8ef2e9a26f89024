import { foldLabelText } from '../../han-fold/labels';
import { BACK_OF_CARD_EN, NOT_OTP_CODE_WORDS } from '../context-words';
import type { Detector, ScanContext } from '../scan-context';
import type { Candidate, SensitiveType } from '../types';
import { isPaymentCardNumber } from './payment-card';

/**
 * CVV, expiry, passwords, verification codes and bank account numbers look like any other short
 * number or word, so they are only reported next to their label (zh or en). The reported span is
 * the value alone (the named group `v`), so redaction keeps the label readable ("验证码: ******").
 *
 * Most patterns are `label connector value`: the label alternation anchors the match, and every
 * quantifier after it is bounded, so the scan stays linear on long text. SMS phrasing puts the
 * label after the code ("165663 is your Amazon OTP"); those patterns anchor on a bounded digit run.
 */
/** 係 (folded 系) is Cantonese for 是: "驗證碼係 482913". A value must follow at once: 系統 ("system") is none. */
const CONNECTOR = String.raw`(?:\s{0,3}(?:is|are|是|为|系|:|：|=|#|was)){0,2}\s{0,3}`;
const STRICT_CONNECTOR = String.raw`\s{0,3}(?:[:：=]|是|为|系)\s{0,3}`;

interface LabelledPattern {
  type: SensitiveType;
  /** Flags `dgi`: `d` gives the offsets of the value group `v`. */
  re: RegExp;
  /** The value (group `v`, possibly trimmed at its end), or null to reject the match. */
  value: (m: RegExpExecArray) => string | null;
  confidence: number;
}

const en = (words: string) => `(?<![A-Za-z])(?:${words})(?![A-Za-z])`;
/** Folded as the text they read is (ScanContext.labelText): 密碼, 護照 and Japanese kanji labels stay labels. */
const pattern = (source: string) => new RegExp(foldLabelText(source), 'dgi');
const group = (m: RegExpExecArray, name: string) => m.groups?.[name] ?? null;

/**
 * Words that make "<word> code" something other than a one-time code: "your postal code is 560001",
 * "the promo code is 2024". Checked on each word between "your/the" and "code".
 */
const NOT_OTP_WORDS = [
  ...NOT_OTP_CODE_WORDS,
  ...String.raw`invitation post pin country dial\w* calling std isd status reason return sort swift bic tax hs currency language source color colour style size model sku ref`.split(
    ' ',
  ),
  // Codes for a place or a parcel, given on purpose to whoever delivers ("the gate code is 4829", "my pickup code is
  // 3021"): a parcel locker's pickup code opens one locker once, and the courier who sent it already knows it.
  ...'pickup pick-up collection locker gate door entry building lobby apartment apt parking alarm lock wifi'.split(' '),
  // Things with a code of their own that is no one-time code: a product's batch, a licence, a ticket, a booking.
  ...'activation redemption redeem claim booking reservation ticket event store branch bank routing ifsc batch lot serial warranty rma'.split(
    ' ',
  ),
];
const NOT_OTP_WORD = `(?!(?:${NOT_OTP_WORDS.join('|')})(?![\\w-]))`;
/** Up to n words such as a brand ("your Amazon code", "your Google verification code"). */
const CODE_QUALIFIERS = (n: number) => String.raw`(?:\s+${NOT_OTP_WORD}[A-Za-z][\w-]{0,19}){0,${n}}`;

/**
 * A one-time code: 4–8 letters/digits with at least one digit (so "code expires" is no code). After the
 * generic "your/the … code" only digits after "is"/":": "use the code SAVE20 at checkout" is a coupon.
 */
const otpValue = (m: RegExpExecArray) => {
  const v = group(m, 'v');
  if (!v || !/\d/.test(v)) return null;
  // The generic form also needs "is"/":" before the value: "the code 2024 is printed on the box" is a code on a box.
  // "Here is the code 482913" hands one over: "here is" says what "is" would.
  // A unit after the number makes it an amount: "my code is 1000 yen off" is a coupon's worth.
  if (
    group(m, 'generic') &&
    (!/^\d+(?:[- ]\d+)*$/.test(v) ||
      (!/\S/.test(group(m, 'conn') ?? '') && !HERE_IS.test(m.input.slice(Math.max(0, m.index - 12), m.index))) ||
      AMOUNT_AFTER.test(m.input.slice(m.index + m[0].length)))
  )
    return null;
  return v;
};

/**
 * What follows a number that makes it no one-time code: an error ("Code: 4040 error when I pay", "码是1001错误"), or a
 * unit of a date, money, count or time ("码是2024年的", "码：1299元"). (A further digit group is no bare code's either:
 * "Code: 2024 05 12" is a date, and "码是 1234 5678" would be masked by half.)
 */
const NOT_A_CODE_AFTER = String.raw`\s{0,2}(?:(?:errors?|failed|failure)(?![A-Za-z])|错误|报错|失败|[年月日号元块件个次天岁点分秒])`;

/** A unit or an error word right after a generic code's number ("1000 yen off", "20% off", "404 error"). */
const AMOUNT_AFTER = new RegExp(
  String.raw`^(?:\s{0,2}(?:[%€$£¥￥₹₩]|(?:off|yen|dollars?|euros?|pounds?|rupees?|won|usd|eur|gbp|jpy|inr|cny|rmb|rabatt|r[ée]duction|descuento)(?![A-Za-z]))|${NOT_A_CODE_AFTER})`,
  'i',
);

/**
 * "Code 482913", "码 482913": with no ":"/"是" the bare word needs a code's usual length, 6–8 digits; "Code 404", "Code
 * 2024" (an error, a year), 4–5-digit numbers and a date ("Code 20240512") stay unread.
 */
const SIX_DIGITS_NEXT = String.raw`(?=[ \t]{1,2}(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))\d{6,8}(?!\d))`;

/** A word that names another kind of code at the end of the line before a "Code:" that starts one. */
const WRAPPED_QUALIFIER = new RegExp(String.raw`(?<![A-Za-z])(?:${NOT_OTP_WORDS.join('|')})\s*\n[ \t]*$`, 'i');

/**
 * "Ihr Code lautet 482913", "Votre code est 482913", "Tu código es 482913": the generic "your/the/my code" of the
 * storefront languages, held to the English one's rules (digits only, after "is"/":"). No word between the
 * determiner and the code: "el código postal es 28001" is a postal code.
 */
const OTHER_GENERIC_CODE = String.raw`(?:ihr|dein|der|mein|votre|ton|le|mon|tu|su|el|mi)\s+(?:code|c[óo]digo)`;

/**
 * A code is one number: "verification code 2024 05 12" and "验证码 2024年5月12日 没收到" name the day a code came.
 * (A 4-digit value still followed by two short digit groups, or by a date unit, is a date.)
 */
const NOT_A_DATE_AFTER = String.raw`(?![ \t]{1,2}\d{1,2}[ \t]{1,2}\d{1,2}(?!\d)|\s{0,2}[年月日号])`;

/** "here is", "here's" right before "the/my code". */
const HERE_IS = /(?<![A-Za-z])here(?:\s+is|['’]s|s)\s+$/i;

/**
 * A code read out in pieces: "4 8 2 9 1 3" (one digit at a time, as from a phone screen), "482-913" / "482 913" (two
 * groups, as SMS and authenticator apps print six digits). 4–8 digits in all, and no further digit group after it
 * ("verification code sent at 10 30 12" is no code). Only after a code's own label.
 */
const SPACED_CODE = String.raw`\d(?: \d){3,7}(?![- ]?\d)|\d{2,4}[- ]\d{2,4}(?![- ]?\d)`;

/**
 * Letters of the Latin alphabets of the storefront languages (ä, é, ñ, ł, ş…): a label with one of these
 * right before it is the tail of another word ("Einmalpasswort", "bypass"), not a label.
 */
const LATIN_LETTER = String.raw`A-Za-z\u00C0-\u024F`;
const latinLabel = (words: string) => `(?<![${LATIN_LETTER}])(?:${words})`;

/**
 * "Password" in the languages of the storefronts Kefu serves: Amazon .com/.it (password), .de, .fr, .es,
 * .com.br, .nl, .pl, .com.tr. Like the English word, each must be followed by a space or ":"/"=", so
 * "Passwort-Manager", "password/PIN" and "passwordless" are words, not labels. Turkish adds "my/your"
 * as a suffix ("şifrem: …"); the ASCII spellings ("sifre", "haslo") are what a keyboard without the
 * language's letters produces.
 */
const PASSWORD_WORDS = [
  'password|passwd|pwd|passcode|pass code',
  'passwort|kennwort',
  String.raw`mot\sde\spasse`,
  'contrase[ñn]a',
  'senha',
  'wachtwoord',
  'has[łl]o',
  'lösenord',
  '[şs][iİı]fre(?:m|n|niz|miz)?',
].join('|');
/** Short forms are labels only with ":"/"=" right after: "pw: …", "pass=…", "mdp : …" never "pass the salt". */
const PASSWORD_ABBREVIATIONS = 'pw|pass|mdp';
/** No word boundaries in Chinese or Japanese: the connector or the ASCII value has to follow at once. */
const PASSWORD_CJK =
  '支付密码|登录密码|交易密码|取款密码|银行卡密码|登陆密码|密码|密碼|口令|パスワード|暗証番号|비밀번호|пароль';
/**
 * CONNECTOR with "is" in those languages too ("Passwort ist …", "mot de passe est …", "senha é …", "hasło to …" — `to` only after hasło: "password to amazon.in" is English,
 * "パスワードは…"). A spelled-out copula must end there, so the "is" of "password isaac1" stays in the value.
 */
const PASSWORD_CONNECTOR = String.raw`(?:\s{0,3}(?:(?:is|are|was|ist|lautet|est|es|é|è|jest)(?![${LATIN_LETTER}])|(?<=(?:hasło|haslo)\s{0,3})to(?![${LATIN_LETTER}])|は|是|为|系|:|：|=|#)){0,2}\s{0,3}`;

/** "(case-sensitive)", "(optional)": an aside after the label, not a password. */
const ASIDE = /^[([{<][A-Za-z-]*$/;

/**
 * "Security code" in the storefront languages: the CVV on a card form, a one-time code in an SMS, as in English.
 * Latin ones after a non-letter (so "Kartenprüfnummer" is listed whole), the others anywhere.
 */
const SECURITY_CODE = String.raw`(?<![A-Za-z\u00C0-\u024F])(?:sicherheitscode|code de s[ée]curit[ée]|c[óo]digo de segur(?:idad|an[çc]a)|codice di sicurezza)|セキュリティコード|보안\s?코드`;

/** "三位数", "三個字" (Cantonese counts digits as 字), "4位": how many digits, after 背面 or a label. */
const DIGIT_COUNT_ZH = '[的嘅]?(?:三|3|四|4)(?:位数?字?|个数?字)';

/** How far back the sentence before a bare "后三位" is read for the thing whose last three they are. */
const SENTENCE_BEFORE = 24;
/**
 * Things with a number of their own ("手机 138… 后三位", "我的订单，后三位是123" are theirs), and the card (group `card`:
 * "卡号 4111…，后三位 123" is its code). The one named last is the owner.
 */
const LAST_THREE_OWNER =
  /(?<card>卡号?|咭号?|cvv|cvc|安全码)|号|单|手机|电话|快递|包裹|物流|身份证|证件|取件|取货|[账帐]|会员/gi;

/** True when the sentence that ends `before` names last something other than a card, whose last three these are. */
function namesAnotherOwner(before: string): boolean {
  const sentence = before.slice(before.search(/[^。！？!?；;\n]*$/));
  let other = false;
  for (const m of sentence.matchAll(LAST_THREE_OWNER)) other = m.groups?.card === undefined;
  return other;
}

/** "后三位是123的订单" describes an order by its number: 的 and a noun other than a card after the value. */
const DESCRIBES_ANOTHER_THING =
  /^\s{0,2}[的嘅](?!\s{0,2}(?:[吗呢吧啊呀哦啦喔咯嘛么了]|(?:这|那|一)?张?(?:信用|银行|储蓄)?卡))\s{0,2}[\u3400-\u9fff]/;

/** "安全码（CVV）：123", "一次性密碼（OTP）：482913": a bracketed alias between a label and its value. */
const ALIAS = String.raw`(?:\s{0,2}[（(][^（()）\n]{1,12}[）)])?`;

/**
 * Goods carry an expiry printed like a card's (month first): "Lot code ABC123 exp 12/05", "the milk expires 12/05",
 * "batch 48291 exp 05/26". A product's word in the sentence around the label, and no card word there, makes it the
 * goods' date, which a shopper writes to a seller on purpose (a short-dated or expired item).
 */
const PRODUCT_WORD = new RegExp(
  [
    String.raw`(?<![A-Za-z\u00C0-\u024F])(?:lot|batch|bbe|best before|use by|mhd|lote|milk|food|bottle|box|package|packet|label|product|item|coupon|voucher|offer|promo|deal|trial|subscription|warranty|offre|produit|article|bon|oferta|producto|art[íi]culo|cup[óo]n|descuento)(?![A-Za-z\u00C0-\u024F])`,
    // German compounds start with the word: Rabattcode, Gutscheinkarte, Angebotspreis.
    String.raw`(?<![A-Za-z\u00C0-\u024F])(?:rabatt|gutschein|angebot|aktion|artikel|produkt|packung|haltbar)`,
    '批号|批次|生产|保质|食品|商品|优惠|券|积分|ロット|賞味|消費|クーポン|ポイント',
  ].join('|'),
  'i',
);
/**
 * A card word, German compounds too (Kreditkarte, EC-Karte); the card's other data, its CVV or its number in groups
 * ("charge the item to 4111 1111 1111 1111 exp 12/27"), say the same: a product word there left the expiry unmasked
 * beside the masked number.
 */
const CARD_WORD =
  /(?<![A-Za-z])(?:card|carte|tarjeta|visa|mastercard|amex|cc|cvv2?|cvc2?)(?![A-Za-z])|karte(?![A-Za-z])|卡|咭|カード|(?<!\d)\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?!\d)/i;
/** The sentence around a match, 40 characters either side at most. */
function sentenceAround(m: RegExpExecArray): string {
  const head = m.input.slice(Math.max(0, m.index - 40), m.index);
  return `${head.slice(head.search(/[^。！？!?；;\n]*$/))} ${m.input.slice(m.index, m.index + m[0].length + 40).split(/[。！？!?；;\n]/)[0]}`;
}
function isProductDate(m: RegExpExecArray): boolean {
  const sentence = sentenceAround(m);
  return PRODUCT_WORD.test(sentence) && !CARD_WORD.test(sentence);
}
/**
 * Spanish "vence" / "caduca" are verbs any deadline takes, and Spanish writes a day before its month: "El plazo de
 * devolución vence 12/05" is 12 May. After those verbs a value that reads as a day and a month (a card's year 01–12
 * has long expired) is a card's only with a card word in the sentence; "vence 05/27" still is one.
 */
const DEADLINE_VERB = /^(?:vence|caduca)(?![A-Za-z])/i;
const DAY_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\s?[/-]\s?(?:0[1-9]|1[0-2])$/;

const PATTERNS: LabelledPattern[] = [
  {
    type: 'cvv',
    re: pattern(
      `(?:${SECURITY_CODE}|(?<![A-Za-z\u00C0-\u024F])(?:karten)?pr[üu]fnummer|cryptogramme(?: visuel)?|${en(`(?:cvv|cvc|cvn)2?(?:[- ]?code)?|csc|card security code|security code|card verification (?:code|value)|sec.? code|${BACK_OF_CARD_EN}`)}|安全码|卡片?[的嘅]?(?:校验|检查)码|卡验证码|(?:卡片?|背面?)[的嘅]?[后末]三(?:位数?|码)|(?:卡片?(?:背面?|背后|后面)|背面|背后)${DIGIT_COUNT_ZH})` +
        // Taiwan's 檢查碼 / 末三碼 and Hong Kong's 背面(嘅)三個字 (Cantonese counts digits as 字, 嘅 is its 的): the card's back, in the
        // words of a Taiwan wallet's help page (help.mochipay.xyz, "信用卡的檢查碼（背面末三碼）"). 末三碼 alone is the
        // last three of anything (a phone): only after 卡 / 背面.
        // "CVV码 123", "安全码（CVV）：123": a 码 suffix or a bracketed alias between label and value.
        // The copula of the storefront languages too: "セキュリティコードは015", "CVV é 370", "Sicherheitscode ist 482".
        // "安全码三位数 123": the count of its digits after the label.
        String.raw`(?:码|号|${DIGIT_COUNT_ZH})?${ALIAS}${PASSWORD_CONNECTOR}(?<v>\d{3,4})(?!\d)`,
    ),
    value: (m) => group(m, 'v'),
    confidence: 0.9,
  },
  {
    // "後三碼 123", "后三位是 456" with no card word: how a shopper answers an agent's "卡背面后三位". "The last three"
    // are of what is named right before them, so only with nothing named there (a clause's start, 我的, 还有…); a phone's,
    // an order's or a waybill's (手机尾号后三位, 订单号后三位) name their owner. Three digits, as the label says.
    type: 'cvv',
    re: pattern(
      String.raw`(?=[后末最])(?<=(?:^|[^\u3400-\u9fff]|我|你|您|还有|然后|另外|以及|和|及|跟|同埋|再)[的嘅]?)(?:[后末]|后面|最后)[的嘅]?[三3](?:位数?字?|码|个数?字)${PASSWORD_CONNECTOR}(?<v>\d{3})(?!\d)`,
    ),
    value: (m) =>
      namesAnotherOwner(m.input.slice(Math.max(0, m.index - SENTENCE_BEFORE), m.index)) ||
      DESCRIBES_ANOTHER_THING.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8))
        ? null
        : group(m, 'v'),
    confidence: 0.9,
  },
  {
    type: 'card-expiry',
    re: pattern(
      String.raw`(?:${en(String.raw`exp(?:iry|iration)?(?: date)?|exp\.|valid (?:thru|through|until)|good thru|expires`)}|${latinLabel(String.raw`ablaufdatum|verfallsdatum|g[üu]ltig bis|fecha de (?:caducidad|vencimiento|expiraci[óo]n)|vence|caduca|date de (?:validit[ée]|fin de validit[ée])`)}|有效期至?|有効期限|到期(?:日|时间)?|过期时间|有效日期)${CONNECTOR}(?<v>(?:0?[1-9]|1[0-2])\s?[/\-]\s?(?:\d{4}|\d{2})|20\d{2}\s?[/\-年]\s?(?:0?[1-9]|1[0-2])月?|\d{2}年(?:0?[1-9]|1[0-2])月)(?![\d/])`,
    ),
    // A card prints its expiry month first (12/27). A year first ("有效期至2025年12月", "expires 2025-12-31") is how
    // products and coupons are dated: a card's only with a card word just before.
    value: (m) => {
      const v = group(m, 'v');
      const before = m.input.slice(Math.max(0, m.index - 12), m.index + 4);
      if (!v || !(/^\d{1,2}\s?[/-]/.test(v) || /卡|card/i.test(before))) return null;
      if (DEADLINE_VERB.test(m[0].trimStart()) && DAY_MONTH.test(v) && !CARD_WORD.test(sentenceAround(m))) return null;
      return isProductDate(m) ? null : v;
    },
    confidence: 0.9,
  },
  {
    // "校验码" alone is the SMS word (【中国移动】校验码：5821); on a card it is "卡片校验码" (cvv above).
    // Taiwan's SMS word is 認證碼 ("簡訊通知之認證碼", New Taipei police, cic.police.ntpc.gov.tw/fp-769-2837-28.html);
    // Hong Kong's banks write 一次性密碼（OTP） (HKMA's notices, e.g. metroradio.com.hk 2021-07-31): a code.
    // Japan's SMS words beside 認証コード / 確認コード: 認証番号 (LINE's, dime.jp/genre/1885725), ワンタイムパスコード (banks'),
    // Amazon.co.jp's "お客様のコードは…" (net-trouble.portal.jp.net/archives/861). A one-time code in French and Spanish is
    // "à usage unique" / "de un solo uso" ("Código de Uso Único", bgeneral.com; "contraseña de un solo uso", zinia.com).
    type: 'verification-code',
    re: pattern(
      `(?:${en(String.raw`otp(?: code)?|one[- ]?time (?:pass)?code|one[- ]?time password|verification code|verify code|security code|confirmation code|authentication code|auth code|login code|2fa code|sms code|access code|bestätigungscode|verifizierungscode|einmalcode|einmalpasswort|code de (?:vérification|confirmation)|c[óo]digo de (?:verificaci[óo]n|verifica[çc][ãa]o|confirmaci[óo]n)|codice di (?:verifica|conferma)|bestätigungs-code|code (?:à|a) usage unique|mot de passe (?:à|a) usage unique|c[óo]digo de (?:un solo uso|uso [úu]nico)|contrase[ñn]a de un (?:solo|[úu]nico) uso|verificatiecode|kod weryfikacyjny|doğrulama kodu|(?<generic>(?:your|the|my)${CODE_QUALIFIERS(2)}\s+code|${OTHER_GENERIC_CODE})`)}|${SECURITY_CODE}|短信验证码|手机验证码|验证码|校验码|认证码|一次性密码|动态码|动态密码|短信码|确认码|授权码|認証コード|確認コード|認証番号|ワンタイムパスワード|ワンタイムパスコード|(?:お客様|あなた)のコード|인증 ?번호|код подтверждения)${ALIAS}(?<conn>${PASSWORD_CONNECTOR})(?<v>(?:${SPACED_CODE})(?![A-Za-z0-9])|[A-Za-z0-9]{4,8}(?![A-Za-z0-9]|[-/.]\\d)${NOT_A_DATE_AFTER})`,
    ),
    value: otpValue,
    confidence: 0.9,
  },
  {
    // The SMS word order: "165663 is your Amazon OTP", "Use 023879 as your verification code",
    // "G-485759 is your Google verification code".
    type: 'verification-code',
    re: pattern(
      String.raw`(?<![\dA-Za-z])(?<v>\d{4,8})\s{1,3}(?:is|as)\s{1,3}(?:your|the)${CODE_QUALIFIERS(3)}\s+${en('otp|code|passcode|one[- ]time password')}`,
    ),
    value: (m) => group(m, 'v'),
    confidence: 0.9,
  },
  {
    // "Code: 482913", "码是482913": the word alone, as a reply to an agent who just asked for it or a note of what arrived.
    // Only where "code"/码 is the whole label: at the start of the text, a line or a sentence, or after 我的 / 收到的;
    // any other word before it makes it that word's code (error code, zip code, 取件码, 条码, 尺码, L码). Digits only, with
    // ":"/"是" or "is" after it ("Código:", "コード：" too), or with nothing between only 6–8 of them ("Code 482913",
    // "码 482913"): "Code 404", "Code 2024" and "码：XL" are no codes.
    type: 'verification-code',
    re: pattern(
      String.raw`(?:(?<=(?:^|[\n.!?;。！？；])[ \t]{0,3})(?:(?:code|c[óo]digo)(?:\s{0,3}(?:is|es|:|：|=)(?![A-Za-z])){1,2}|コード\s{0,2}(?:は|[:：=])|code${SIX_DIGITS_NEXT})|(?<=(?:^|[\n.!?;，,、。！？；:：])[ \t]{0,3}(?:(?:我|你|您|刚才|刚刚|刚)?(?:的|收到的|短信里?的|发来的|发给我的|发我的)|这个|那个)?)码(?:\s{0,2}(?:是|为|系|[:：=])|${SIX_DIGITS_NEXT}))\s{0,3}(?<v>\d{4,8})(?![A-Za-z0-9]|[-.][A-Za-z0-9]|[ \t]{1,2}\d|${NOT_A_CODE_AFTER})`,
    ),
    // A label wrapped over two lines is still one label: "Postal\nCode: 94103" is a postal code.
    value: (m) => (WRAPPED_QUALIFIER.test(m.input.slice(Math.max(0, m.index - 24), m.index)) ? null : group(m, 'v')),
    confidence: 0.9,
  },
  {
    // "【京东】004936（登录验证码）", "123456是您的登录验证码".
    type: 'verification-code',
    re: pattern(
      String.raw`(?<![\dA-Za-z])(?<v>\d{4,8})\s{0,2}(?:[（(][^（()）\d\n]{0,8}?|(?:是|为)(?:您|你)?的?[^\d\s，。,.]{0,6}?)(?:短信)?(?:验证码|校验码|认证码|动态码|动态密码)`,
    ),
    value: (m) => group(m, 'v'),
    confidence: 0.9,
  },
  {
    // Japanese SMS put the code first: "999999は、Amazonのワンタイムパスワードです" (Amazon.co.jp's two-step SMS, as quoted
    // at net-trouble.portal.jp.net/archives/861).
    type: 'verification-code',
    re: pattern(
      String.raw`(?<![\dA-Za-z])(?<v>\d{4,8})\s{0,2}は[、,]?\s{0,2}[^\d\s。、]{0,12}?の?(?:ワンタイムパスワード|ワンタイムパスコード|認証コード|確認コード|認証番号)`,
    ),
    value: (m) => group(m, 'v'),
    confidence: 0.9,
  },
  {
    // German banks' one-time codes are TANs sent by SMS or app: "TAN: 482913", "Ihre mTAN lautet 482913" (mobileTAN,
    // smsTAN, pushTAN: commerzbank.de, vr.de help pages). Capitals only and a ":"/"lautet"/"ist": "tan 2024" is a colour.
    type: 'verification-code',
    re: pattern(
      String.raw`(?<![A-Za-z])(?:m|sms|push|mobile|chip|photo)?[- ]?TAN(?![A-Za-z])\s{0,3}(?:[:：=]|lautet|ist)\s{0,3}(?<v>\d{4,8})(?![\dA-Za-z])`,
    ),
    value: (m) => (/TAN/.test(m[0]) ? group(m, 'v') : null),
    confidence: 0.9,
  },
  {
    // "PIN code 560001" on an amazon.in address is the Postal Index Number: six digits, not a card PIN.
    type: 'password',
    re: pattern(
      String.raw`(?<label>${en('pin(?: code| number|[- ]?nummer)?')}|pin码)${CONNECTOR}(?<v>\d{4,8})(?![A-Za-z0-9])`,
    ),
    value: (m) => {
      const v = group(m, 'v');
      if (!v || (/code/i.test(group(m, 'label') ?? '') && /^[1-9]\d{5}$/.test(v))) return null;
      return v;
    },
    confidence: 0.9,
  },
  {
    // With an explicit ":"/"是" anything printable counts; after "is"/no connector the value
    // must contain a digit or symbol, so "my password is wrong" is not a password.
    type: 'password',
    re: pattern(
      String.raw`(?:${latinLabel(PASSWORD_WORDS)}(?=[\s:：=])|${latinLabel(PASSWORD_ABBREVIATIONS)}(?=[:：=])|${PASSWORD_CJK})(?<connector>${STRICT_CONNECTOR}|${PASSWORD_CONNECTOR})(?<v>[\x21-\x7e]{4,64})`,
    ),
    value: (m) => {
      // Sentence punctuation after the password is not part of it; "!" is kept, as it is the symbol
      // people most often add to meet a password rule ("s3cret!"), and masking one more star is harmless.
      const raw = (group(m, 'v') ?? '').replace(/[.,;?)\]}'"]+$/, '');
      if (raw.length < 4 || /^\*+$/.test(raw) || ASIDE.test(raw)) return null;
      const strict = /[:：=是为系]/.test(group(m, 'connector') ?? '');
      // Without ":"/"是" a password needs a digit or symbol, and an apostrophe inside a word or a closing "!" is
      // neither: "my password isn't working", "… doesn't work", "is wrong!".
      if (!strict && !/[\d\W_]/.test(raw.replace(/(?<=[A-Za-z])['’](?=[A-Za-z])|!+$/g, ''))) return null;
      return raw;
    },
    confidence: 0.9,
  },
  {
    // Passports and the other ID documents (HK/Macau/TW IDs, 港澳通行证, 台胞证; Taiwan's 身分證字號, written with 分):
    // no checksum to find them by, so only right after their label, and the value must hold 5+ digits ("Passport
    // number required" is no number) and not be an Amazon product's ASIN ("passport B07XJ8C8F5 arrived broken": a
    // passport holder bought) nor a date ("通行证 20240512 过期").
    // "Taiwan ID" / "HK ID card" name the two IDs in English; an HKID's check digit is written in () or [] (validator.js's
    // isIdentityCard('zh-HK') cases: "A494866[4]", "OV290326[A]"), and the bracket is part of the value.
    type: 'id-document',
    re: pattern(
      String.raw`(?:${latinLabel(String.raw`(?:passport|reisepass|passeport|pasaporte|passaporto|passaporte|hkid|(?:taiwan|taiwanese|tw|hong kong|hk|macau|macao) id(?: card)?)(?:[\s-]?(?:no\.?|nr\.?|n[°º]|number|nummer|#))?`)}|护照|護照|港澳通行证|通行证|台胞证|回乡证|(?:香港|澳门|澳門|台湾|台灣)身份证|身分证字号|身分证|旅券番号|パスポート番号)(?:号码|号)?${PASSWORD_CONNECTOR}(?<v>(?!B0[A-Z0-9]{8}(?![A-Za-z0-9])|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![A-Za-z0-9]))(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,12}(?:[（([][\dA][）)\]])?)(?![A-Za-z0-9])`,
    ),
    value: (m) => group(m, 'v'),
    confidence: 0.9,
  },
  {
    // 身份證 alone is what Hong Kong and Taiwan call their own card too ("我嘅身份證係 A123456(3)", "身份證號碼
    // A123456789"); a mainland ID after it is the checksum detector's. Only the two letter-led shapes: the HKID with
    // its bracketed check digit, Taiwan's letter + 1/2 (sex) + 8 digits.
    type: 'id-document',
    re: pattern(
      String.raw`身份证(?:号码|号)?${PASSWORD_CONNECTOR}(?<v>[A-Z]{1,2}\d{6}[（([][\dA][）)\]]|[A-Z][12]\d{8})(?![A-Za-z0-9])`,
    ),
    value: (m) => group(m, 'v'),
    confidence: 0.9,
  },
  {
    // A card named and then its number ("银行卡：6217…", "退款打到这张卡 6217…"): a number that fails the card checksum
    // (one digit mistyped) is still the shopper's account.
    // 戶口 is Hong Kong's bank account ("銀行戶口號碼", "戶口：012-345678-001"); folded it is the mainland's 户口 (the
    // household register), whose 户口本 / 户口簿 never has a number right after it.
    type: 'bank-account',
    re: pattern(
      String.raw`(?:${en(String.raw`account (?:number|no\.?|#)|bank account|acct\.?(?: ?(?:no\.?|number|#))?|a/c(?: no\.?)?|iban`)}|银行卡号|(?<cardName>(?:银行卡|借记卡|储蓄卡|信用卡)(?:号码)?|(?:这|那)张卡)|银行[账帐]号|银行[账帐]户|银行户口(?:号码|号)?|收款[账帐]号|收款[账帐]户|收款卡号|对公[账帐]户|(?<!淘宝|天猫|会员|支付宝|微信|京东|游戏|登录|QQ|qq|积分|购物)(?:卡号|[账帐]号|[账帐]户|户口(?:号码|号)?))${CONNECTOR}(?<v>\d(?:[ -]?\d){7,29})(?![\dA-Za-z])`,
    ),
    // After a card's name (no word for "number"), a card's length only: not a date (信用卡 20241115 还款), a phone (这张卡
    // 13812345678 绑定的手机号) or a hotline (400 8888 8888); and a valid card is the card detector's, not an account.
    value: (m) => {
      const v = group(m, 'v');
      if (!v || !group(m, 'cardName')) return v;
      const digits = v.replace(/\D/g, '');
      return digits.length < 12 || isPaymentCardNumber(digits) ? null : v;
    },
    confidence: 0.8,
  },
];

/**
 * Runs on ctx.labelText, so "验证码：１２３４５６" typed with a full-width IME counts too, and so does "驗證碼：123456"
 * typed in traditional characters.
 */
function runPattern(ctx: ScanContext, p: LabelledPattern, out: Candidate[]): void {
  const text = ctx.labelText;
  p.re.lastIndex = 0;
  for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
    const value = p.value(m);
    const valueStart = m.indices?.groups?.v?.[0];
    if (!value || valueStart === undefined) continue;
    const c = ctx.candidate(p.type, valueStart, valueStart + value.length, p.confidence, { labelled: true });
    if (c) out.push(c);
  }
}

export const detectLabelledSecrets: Detector = (ctx) => {
  const out: Candidate[] = [];
  for (const p of PATTERNS) runPattern(ctx, p, out);
  return out;
};

/** Exposed so findSensitiveData can run only the requested types. */
export const LABELLED_TYPES: readonly SensitiveType[] = [...new Set(PATTERNS.map((p) => p.type))];
export function detectLabelledSecretsOfTypes(ctx: ScanContext, types: ReadonlySet<SensitiveType>): Candidate[] {
  const out: Candidate[] = [];
  for (const p of PATTERNS) if (types.has(p.type)) runPattern(ctx, p, out);
  return out;
}
