import { foldLabelText } from '../han-fold/labels';
import { BACK_OF_CARD_EN, NOT_OTP_CODE_WORDS } from './context-words';
import type { ScamHint, ScamHintKind } from './types';

/**
 * Phrases by which a fake "agent" asks for what a real one never does. The user's Tmall guide
 * (seeds/001): "银行账户信息、密码等私密资料,绝不能轻率泄露,即便客服人员询问,也应当坚定拒绝,
 * 因为合法的客服人员不会提出此类问题" and "一些用户不幸因为银行卡号泄露而遭受了盗刷". The transfer
 * and off-platform phrases are the classic 退款诈骗 script ("转到安全账户", "加QQ/微信办理").
 * Every pattern is a bounded alternation, so this stays linear on long chat logs.
 */
/**
 * 攞 is Cantonese "take, get": a request when the agent is the one to take — 畀我攞 / 俾我攞 ("let me take"), 問你攞
 * ("ask you for"), 攞你… ("take your…"). Not 攞 alone ("點樣攞驗證碼": how to get a code, a shopper's question), nor
 * 攞咗 / 攞唔到 / 攞到 ("got", "can't get": a shopper's own account), which never have 你 right after 攞.
 */
const TAKE_ZH = '(?:(?:俾|畀|让|给)我|(?:问|同|跟|向)(?:你|您))攞|攞(?=你|您)';
/**
 * 俾 (also written 畀) is Cantonese "give" (给): "俾我你嘅信用卡號碼", "講俾我聽"; not 俾咗 ("gave", a shopper's own
 * account).
 */
const ASK_ZH = `(?:发|发给|发送|告诉|告知|提供|报|报一下|说|说一下|念|读|给|[俾畀](?!咗)|输入|填写|填|回复|回覆|确认|核对|${TAKE_ZH})`;
/** Not "no need": "No need to send your ID" is said to reassure (the negation is read before "send"). */
const ASK_EN = `(?:send|tell|give|share|provide|read|forward|text|confirm|verify|enter|type|reply with|(?<!no )need|require)`;

/**
 * A PIN, but not a "PIN code" alone: in India that is the postal code an agent may rightly ask for ("What is your PIN
 * code?"). A card's, bank's or UPI's PIN code is the secret.
 */
const PIN_EN = String.raw`(?:atm|card|upi|bank|debit card|credit card) pin(?: ?code)?\b|pin ?code (?:of|for) (?:your|the|my) (?:atm|card|debit|credit|bank|upi)|pin\b(?! ?code)`;

/** "send me the … code" is not about a one-time code when the code is one of these. */
const NOT_OTP_WORD = String.raw`(?!(?:${NOT_OTP_CODE_WORDS.join('|')})\b)`;

/**
 * After a bare 发我/报我: not a place or 的, which make it "sent to me" ("验证码发我手机上了，但是没收到",
 * "验证码发我的一直是错的": a shopper's complaint, pasted), not "send it to me".
 */
const TO_ME = '(?!的|手机|邮箱|短信|微信|电话|号码|名下|账号|账户)';

/**
 * The 把 construction (将 in writing and in Cantonese: "請將驗證碼發俾我") puts the object before the verb:
 * "请把卡号和有效期告诉我", "把验证码发给我". It is a request only when the agent is the one to receive it
 * (我/我们/客服), so "不要把验证码告诉他人" is none. "发我" and "报我" are how chat says 发给我/报给我 ("把验证码发我一下").
 */
function zhHandOver(objects: string): string {
  return `(?:把|将)(?:您|你)?(?:的|收到的|手机上的|刚才的)?[^。！？\n]{0,8}?(?:${objects})[^。！？\n]{0,10}?(?:(?:发送给|发给|发到|告诉|告知|报给|念给|读给|说给|提供给|给|(?:发|报|讲|话|说)?[俾畀])(?:我|我们|客服)|[发报](?:我们|客服|我${TO_ME}))`;
}

/** What each kind of request asks for, in Chinese: named once for the verb-first and the 把 phrasings. */
// 認證碼 is Taiwan's SMS code: scammers "詢問收到的認證碼是多少" (New Taipei police, cic.police.ntpc.gov.tw/fp-769-2837-28.html).
const CODE_ZH = '短信验证码|验证码|校验码|认证码|动态码|短信码|动态密码|(?<![a-z])otp(?![a-z])';
const PASSWORD_ZH = '支付密码|登录密码|交易密码|取款密码|银行卡密码|密码';
// 有效期 only as a card's: "发一下商品有效期的照片" asks for a product's expiry date.
// Hong Kong's 信用咭 / 提款咭 / 銀行戶口 and Taiwan's 提款卡 / 銀行帳號 ("提供…信用卡資料、身份證字號、銀行帳號", Shopee
// Taiwan's notice as quoted at nnxtl.cn/news/29062.html); 帳號 alone is also a shop account's name, which agents ask for.
// The code by where it is printed: 卡背面, 卡後面三個數字 (Cantonese 後面, "behind"), 卡片後三碼, 背面三位; 卡后面 only with
// its digits, as a gift card's serial number is printed there too ("卡后面的序列号").
const BACK_DIGITS = '[的嘅]?[三四34](?:位|个|码|字)';
const CARD_ZH = `银行卡号|银行卡|信用卡号|信用卡|信用咭|提款咭|提款卡|卡号|安全码|CVV|卡片?背面|(?:卡片?(?:背后|后面)|背面)${BACK_DIGITS}|(?:卡片?|背面)[的嘅]?[后末][三3](?:位|个|码)|卡的?有效期|银行账户|银行[账帐]号|银行帐户|银行户口`;
/**
 * Identity documents and their numbers: a shop's agent finds an order by its number and never needs these (the user's
 * guides list the order number, the account name and e-mail as what an agent asks for). 身分證字號 is Taiwan's, 回鄉證
 * and 港澳/台灣通行證 the travel permits; 通行证 alone is also a game's account (网易通行证). Not 证件照, the portrait
 * a photo shop prints, nor the holders and covers shops sell (身份证套, 护照夹).
 */
const ID_ZH =
  '(?:身份证|身分证|证件(?!照)|护照|港澳通行证|台湾通行证|台胞证|回乡证|驾驶证|驾照|社保号|社会安全号|社会保障号)(?:号码|字号|号)?(?!卡?套|夹|包|壳|膜)';
/**
 * An ID is asked for as a photo too: 拍 ("photograph"), 上传 / 上載 ("upload"). Not 出示 / "show": a courier or a pick-up
 * point is shown an ID in person ("取件时请出示身份证").
 */
const ASK_ID_ZH = `(?:${ASK_ZH}|拍|上传|上载)`;
/** The photos of it: 正反面 (both sides), 照片 / 相 (Cantonese "photo"), 拍照 ("photographed"). */
const ID_PHOTO_ZH = '(?:正反面|照片|相片|照|相)?(?:拍(?:一下|个照|张照|照)?)?';
/**
 * "ID" only where it is a document's: after "your"/"the"/"photo of"…, never after "order", "case", "transaction",
 * "tracking" or a brand ("your order ID", "the case ID", "Apple ID"), which a real agent does ask for; nor "the ID of
 * the seller". Not a product either: Amazon sells passport holders, ID card cases and ID labels.
 */
const NOT_A_PRODUCT = String.raw`(?![ -](?:card[ -])?(?:holder|cover|case|wallet|sleeve|bag|pouch|organi[sz]er|label|tag|lanyard|badge|reel|clip|protector)s?\b)`;
const ID_EN = String.raw`(?:passport|(?<=\b(?:your|the|a|an|of|photo|picture|copy|scan|national|government|government-issued|state|personal|valid|official)\s)id\b(?! (?:of|for)\b)|identity card|identity document|identification|social security number|social security card|ssn\b|social insurance number|driver['’]?s? licen[cs]e|driving licen[cs]e)${NOT_A_PRODUCT}(?: (?:card|number|document|photo))?`;
/** Whose a thing asked for is, or where it arrived: "您的", "手机收到的", "短信里的". */
const WHERE_IT_ARRIVED = '(?:您|你)?的?(?:手机|短信)?(?:上|里|中)?(?:刚)?(?:收到|接到)?的?';
/** "和手机收到的", "以及短信里的": a code named after a conjunction, with the words that say where it arrived. */
const CODE_AFTER_AND = `(?:和|及|以及|与|跟|还有|、)${WHERE_IT_ARRIVED}`;

/**
 * Other things asked for first, in a list: "提供您的姓名、银行卡号、有效期和收到的验证码" asks for the code too, as its last
 * item. The items are what such a script asks for (personal details, account and card words), so a list of other things
 * ("订单号、照片和商品链接") or one running into the next clause is none; and what is asked for must not be described
 * after it ("…和银行卡扣款记录", "…与身份证是否一致": a record or a check, not the card or ID).
 */
const LIST_ITEM_ZH =
  '(?:收货人|真实|联系|您的|你的)?(?:姓名|名字|手机号码|手机号|电话号码|电话|联系方式|地址|收货地址|邮箱|生日|出生日期|有效期|银行卡号|银行卡|信用卡号|卡号|身份证号码|身份证号|身份证|护照号|支付密码|登录密码|密码|淘宝账号|支付宝账号|账号|帐号|账户|订单号|退款金额)';
const LIST_BEFORE_ZH = `(?:${LIST_ITEM_ZH}(?:、|和|与|及(?!时)|以及|还有)){1,5}`;
const DESCRIBED_AFTER_ZH = '(?![^，,。！？；;\\s]{0,12}(?:是否|一致|扣款|预留|明细|流水|记录|截图|无关|已收到|有没有))';
/** The same in English, "send your card number, expiry date and the verification code": named items only. */
const LIST_BEFORE_EN =
  '(?:(?: (?:your|the))? (?:card number|credit card number|debit card number|card details|expiry date|expiration date|cvv|cvc|security code|password|full name|name|(?:shipping |billing |email |home )?address|date of birth|(?:phone|mobile) number|email|username|order number)(?:,? and|,)){1,5}(?: (?:the|your))?';
/** What starts the next clause rather than ends the request: "…, and your password reset link will be sent". */
const CLAUSE_AFTER_EN = String.raw`(?! (?:will|is|was|has|have|are|were|expired|reset|link|instructions|changes|of|on|must|should|can|could|would|may)\b)`;

/**
 * The verb-first request for `secret` in Chinese: within a few characters of the verb, or as the last item of a list
 * (after it, only whose it is or where it arrived: "和手机收到的验证码"). `lead` is what may stand between the verb and
 * the request's object (a pronoun, 的).
 */
const zhAsk = (verb: string, lead: string, near: string, secret: string): string =>
  `${verb}${lead}(?:${near}(?:${secret})|${LIST_BEFORE_ZH}${WHERE_IT_ARRIVED}(?:${secret})${DESCRIBED_AFTER_ZH})`;
/** The same in English: up to three words between, or a list of named items. */
const enAsk = (lead: string, secret: string): string =>
  String.raw`\b${ASK_EN}\b(?: (?:me|us))?${lead}(?:(?: [\w-]+){0,3}? (?:${secret})|${LIST_BEFORE_EN} (?:${secret})${CLAUSE_AFTER_EN})`;

const PATTERNS: ReadonlyArray<{ kind: ScamHintKind; re: RegExp }> = [
  {
    kind: 'asks-for-code',
    re: new RegExp(
      [
        // A code asked for after another secret keeps its own words: "请提供银行卡号和手机收到的验证码".
        zhAsk(
          ASK_ZH,
          '(?:一下)?(?:我|我们|客服)?(?:一下)?(?:您|你)?(?:的|收到的|手机上的|刚才的)?',
          `.{0,6}?(?:${CODE_AFTER_AND})?`,
          CODE_ZH,
        ),
        // The code named first, then to whom: "验证码发我一下", "收到的验证码报我" (chat's 发给我/报给我).
        // Cantonese asks 係幾多 ("is how much") and 發俾我 / 俾我 ("send/give me"): "驗證碼係幾多", "OTP 俾我".
        `(?:短信验证码|验证码|校验码|认证码|动态码|(?<![a-z])otp)\\s?(?:(?:是|系)?(?:多少|几多)|发(?:给|俾|过来|我${TO_ME})|告诉|报给|报我${TO_ME}|念一下|给我|俾我)`,
        enAsk(
          '(?: (?:the|your|that|this|a))?',
          String.raw`verification code|otp|one[- ]time (?:pass)?code|sms code|security code|code (?:we|i|you) (?:just )?(?:sent|received|got)|\d-digit code`,
        ),
        // "Just send me the code": a bare "code" counts once it is to be handed to the sender (me/us).
        String.raw`\b${ASK_EN}\b (?:me|us)(?: (?:the|your|that|this))?(?: ${NOT_OTP_WORD}[\w-]+){0,2}? code\b`,
        String.raw`\b(?:forward|send|read)\b(?: (?:me|us))? (?:the|that|this) (?:sms|text|text message|message) (?:you|we) (?:just )?(?:got|received)`,
        `what(?:'s| is) the (?:code|otp)`,
        String.raw`what(?:'s| is) your(?: [\w-]+){0,2}? (?:otp|verification code|one[- ]time (?:pass)?code|sms code)`,
        // "把手机收到的那串数字念给我": the code without its name, as what the phone just received.
        zhHandOver(`${CODE_ZH}|收到的[^。！？\\n]{0,4}?(?:数字|短信)`),
      ].join('|'),
      'gi',
    ),
  },
  {
    kind: 'asks-for-password',
    re: new RegExp(
      [
        zhAsk(ASK_ZH, '(?:一下)?(?:我|我们|客服)?(?:您|你)?(?:的)?', '.{0,6}?', PASSWORD_ZH),
        `(?:支付密码|登录密码|密码)(?:是多少|多少|发(?:给|过来|我${TO_ME})|告诉|给我)`,
        enAsk('(?: (?:the|your|that))?', String.raw`password|passcode|${PIN_EN}|login details|login credentials`),
        // "What is your Amazon password?": a brand or "account"/"login" may stand before the word.
        String.raw`what(?:'s| is) (?:your|the)(?: [\w-]+){0,2}? (?:password|${PIN_EN}|passcode)`,
        zhHandOver(PASSWORD_ZH),
      ].join('|'),
      'gi',
    ),
  },
  {
    kind: 'asks-for-card',
    re: new RegExp(
      [
        zhAsk(ASK_ZH, '(?:一下)?(?:我|我们|客服)?(?:您|你)?(?:的)?', '.{0,6}?', CARD_ZH),
        `(?:银行卡号|卡号|信用卡号)(?:是多少|多少|发(?:给|过来|我${TO_ME})|报我${TO_ME}|给我)`,
        enAsk(
          '(?: (?:the|your|that))?',
          `card number|credit card|debit card|bank card|cvv|cvc|${BACK_OF_CARD_EN}|expiry date|expiration date|card details|bank details|account number`,
        ),
        zhHandOver(CARD_ZH),
      ].join('|'),
      'gi',
    ),
  },
  {
    kind: 'asks-for-id',
    re: new RegExp(
      [
        // Not across a clause: "请填写收货人姓名，无需身份证" names the ID only to say it is not needed.
        zhAsk(ASK_ID_ZH, '(?:一下)?(?:我|我们|客服)?(?:一下)?(?:您|你)?(?:的)?', '[^，,。！？\\n]{0,6}?', ID_ZH),
        // Named first, then to whom: "身份证号码发我一下", "身份证正反面拍照发过来"; not "发给你了" (the shopper sent it).
        `${ID_ZH}${ID_PHOTO_ZH}(?:是多少|多少|发(?:(?:给|俾|畀)(?:我|我们|客服)|过来|我${TO_ME})|报我${TO_ME}|给我|[俾畀]我)`,
        // A photo of it is described with more words than a number is: "upload a picture of the front and back of your ID".
        String.raw`\b(?:${ASK_EN}|upload|attach|scan)\b(?: (?:me|us))?(?: [\w'’-]+){0,10}? ${ID_EN}`,
        String.raw`what(?:'s|’s| is) your(?: [\w-]+){0,2}? (?:ssn|social security number|passport(?: number)?|id (?:card )?number)`,
        zhHandOver(ID_ZH),
      ].join('|'),
      'gi',
    ),
  },
  {
    kind: 'safe-account-transfer',
    re: new RegExp(
      [
        '安全账户|安全账号|安全帐户|资金(?:核查|清查|审核|验证)|(?:转账|转入|汇入|打款)(?:到|至)?.{0,8}?(?:指定|安全|验证)(?:账户|账号|帐户)',
        '(?:解冻|激活|验证|保证)(?:费|金)|先(?:交|付)(?:一笔|一点|一下)?(?:钱|费用|保证金)',
        String.raw`\b(?:safe|secure|protected|holding|verification) account\b|\btransfer (?:your|the|all) (?:money|funds|balance)\b|\bmove your (?:money|funds)\b`,
      ].join('|'),
      'gi',
    ),
  },
  {
    kind: 'off-platform',
    re: new RegExp(
      [
        '(?:加|添加|联系|私聊)(?:一下)?(?:我|我们|客服)?(?:的)?(?:QQ|qq|微信|薇信|威信|vx|VX|V信|wx|WX|钉钉|飞书|WhatsApp|Telegram|电报)',
        '(?:QQ|微信|vx)(?:号|群)(?:是|为|:|：)?',
        '下载.{0,8}?(?:APP|app|软件|会议|客户端)|腾讯会议|屏幕共享|共享屏幕|向日葵|AnyDesk|TeamViewer|远程(?:控制|协助)',
        '(?:私下|线下|平台外)(?:交易|转账|退款|付款|联系)|扫(?:码|二维码)(?:退款|付款|转账)|(?:支付宝|微信)转账给我|退款链接',
        String.raw`\b(?:contact|add|message|text|reach|call|chat with) (?:me|us) (?:on|via|through|at) (?:whatsapp|telegram|wechat|signal|line|skype|qq)\b`,
        String.raw`\b(?:download|install) (?:the )?(?:anydesk|teamviewer|zoom|remote|our app|this app|an app)\b`,
        String.raw`\b(?:outside|off) (?:of )?(?:amazon|taobao|tmall|the platform|the site)\b|\b(?:buy|purchase|pay (?:with|in|by|using)|paid (?:with|in|by)|send (?:me|us))\b.{0,20}?\bgift cards?\b|\b(?:zelle|venmo|cash app|western union|wire transfer)\b`,
      ].join('|'),
      'gi',
    ),
  },
];

// 唔好 / 唔会 / 唔可以…: Cantonese "don't / won't / can't" (not 唔 alone: 唔該 is "please"). 不需要 / 无需 / 不必 and "no
// need" reassure: "您不需要提供身份证".
const NEGATION =
  "不要|不需要|无需|无须|不必|请勿|切勿|勿|不会|绝不|决不|不得|别|不能|唔(?:好|会|可以|准|得|使|要|需要)|(?<![A-Za-z])(?:never|(?<!why\\s)(?:don['’]t|cannot|can['’]t)(?!\\s+you\\b)|do not|won['’]t|will not|not|no one|no need)(?![A-Za-z])";
/** Words by which a negation reaches over to the request: "would never call you and then ask you to read…". */
const SCOPE_WORD =
  '(?:ask|asks|request|require|need|want|call|email|text|message|contact|phone|you|your|to|and|then|or|ever|for|us|we|it|will|would|should|can|could|may|must|anyone|also|by|via|any|time|reason)';

/**
 * "请勿透露验证码", "we will never ask for your password": warnings, not requests. The negation may be a few
 * characters before the request, or further when only an aside between commas ("never, under any
 * circumstances, ask you to send…") and words of asking stand between them. Not across a comma otherwise:
 * "Don't worry, send me the code" is a request.
 */
const NEGATION_BEFORE = new RegExp(
  `(?:${NEGATION})(?:\\s*[,，][^,，。！？.!?\\n]{0,40}[,，])?(?:[^,，。！？.!?\\n]{0,12}|(?:\\s+${SCOPE_WORD}\\b){1,8}\\s*)$`,
  'i',
);
/** How far back a negation is looked for: the aside and the words of asking above, with room to spare. */
const NEGATION_WINDOW = 96;

/**
 * Kana: the text is Japanese, read as written. Its kanji are often the traditional forms (確認, 情報, 説明), which would
 * fold into the Chinese verbs of asking (确认, 报, 说): "カード情報（CVVを含む）を第三者に…" is a warning.
 */
const KANA = /[\u3041-\u30ff]/;

export function detectScamRequest(original: string): ScamHint[] {
  // Traditional characters read as simplified ("請把驗證碼發給我"); one character for one, so the spans hold.
  const text = KANA.test(original) ? original : foldLabelText(original);
  const hints: ScamHint[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const before = text.slice(Math.max(0, m.index - NEGATION_WINDOW), m.index);
      if (NEGATION_BEFORE.test(before)) continue;
      hints.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  return hints.sort((a, b) => a.start - b.start || a.end - b.end);
}
