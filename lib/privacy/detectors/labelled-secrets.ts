import type { Detector, ScanContext } from '../scan-context';
import type { Candidate, SensitiveType } from '../types';

/**
 * CVV, expiry, passwords, verification codes and bank account numbers look like any other short
 * number or word, so they are only reported right after their label (zh or en). The reported
 * span is the value alone, so redaction keeps the label readable ("验证码: ******").
 *
 * Each pattern is `label connector value`: the label alternation anchors the match, and every
 * quantifier after it is bounded, so the scan stays linear on long text.
 */
const CONNECTOR = String.raw`(?:\s{0,3}(?:is|是|为|:|：|=|#|was)){0,2}\s{0,3}`;
const STRICT_CONNECTOR = String.raw`\s{0,3}(?:[:：=]|是|为)\s{0,3}`;

interface LabelledPattern {
  type: SensitiveType;
  re: RegExp;
  /** Returns the value's [start, end) inside the match, or null to reject. */
  value: (m: RegExpExecArray) => string | null;
  confidence: number;
}

const en = (words: string) => String.raw`(?<![A-Za-z])(?:${words})(?![A-Za-z])`;

const PATTERNS: LabelledPattern[] = [
  {
    type: 'cvv',
    re: new RegExp(
      `(?:${en(String.raw`cvv2?|cvc2?|cvn2?|csc|card security code|security code|card verification (?:code|value)`)}|安全码|校验码|卡验证码|后三位|背面三位数?)${CONNECTOR}(\\d{3,4})(?!\\d)`,
      'gi',
    ),
    value: (m) => m[1] ?? null,
    confidence: 0.9,
  },
  {
    type: 'card-expiry',
    re: new RegExp(
      `(?:${en(String.raw`exp(?:iry|iration)?(?: date)?|exp\.|valid (?:thru|through|until)|good thru|expires`)}|有效期至?|到期(?:日|时间)?|过期时间|有效日期)${CONNECTOR}((?:0?[1-9]|1[0-2])\\s?[/\\-]\\s?(?:\\d{4}|\\d{2})|20\\d{2}\\s?[/\\-年]\\s?(?:0?[1-9]|1[0-2])月?|\\d{2}年(?:0?[1-9]|1[0-2])月)(?![\\d/])`,
      'gi',
    ),
    value: (m) => m[1] ?? null,
    confidence: 0.9,
  },
  {
    type: 'verification-code',
    re: new RegExp(
      `(?:${en(String.raw`otp(?: code)?|one[- ]?time (?:pass)?code|one[- ]?time password|verification code|verify code|security code|confirmation code|authentication code|auth code|login code|2fa code|sms code|access code`)}|短信验证码|手机验证码|验证码|校验码|动态码|动态密码|短信码|确认码|授权码)${CONNECTOR}([A-Za-z0-9]{4,8})(?![A-Za-z0-9])`,
      'gi',
    ),
    value: (m) => (m[1] && /\d/.test(m[1]) ? m[1] : null),
    confidence: 0.9,
  },
  {
    type: 'password',
    re: new RegExp(`(?:${en(String.raw`pin(?: code| number)?`)}|pin码)${CONNECTOR}(\\d{4,8})(?![A-Za-z0-9])`, 'gi'),
    value: (m) => m[1] ?? null,
    confidence: 0.9,
  },
  {
    // With an explicit ":"/"是" anything printable counts; after "is"/no connector the value
    // must contain a digit or symbol, so "my password is wrong" is not a password.
    type: 'password',
    re: new RegExp(
      `(?:${en(String.raw`password|passwd|pwd|passcode|pass code`)}|支付密码|登录密码|交易密码|取款密码|银行卡密码|登陆密码|密码|口令)(${STRICT_CONNECTOR}|${CONNECTOR})([\\x21-\\x7e]{4,64})`,
      'gi',
    ),
    value: (m) => {
      const raw = (m[2] ?? '').replace(/[.,;!?)\]}'"]+$/, '');
      if (raw.length < 4 || /^\*+$/.test(raw)) return null;
      const strict = /[:：=是为]/.test(m[1] ?? '');
      if (!strict && !/[\d\W_]/.test(raw)) return null;
      return raw;
    },
    confidence: 0.9,
  },
  {
    type: 'bank-account',
    re: new RegExp(
      `(?:${en(String.raw`account (?:number|no\.?|#)|bank account|acct\.?(?: ?(?:no\.?|number|#))?|a/c(?: no\.?)?|iban`)}|银行卡号|银行账号|银行账户|收款账号|收款账户|收款卡号|对公账户|卡号|账号|账户)${CONNECTOR}(\\d(?:[ -]?\\d){7,29})(?![\\dA-Za-z])`,
      'gi',
    ),
    value: (m) => m[1] ?? null,
    confidence: 0.8,
  },
];

function runPattern(ctx: ScanContext, p: LabelledPattern, out: Candidate[]): void {
  const { text } = ctx;
  p.re.lastIndex = 0;
  for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
    const value = p.value(m);
    if (!value) continue;
    // The value is the tail of the match (the password pattern may have trimmed punctuation).
    const valueStart = text.indexOf(value, m.index + m[0].length - (m[m.length - 1]?.length ?? 0));
    if (valueStart < 0) continue;
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
