import isEmailImport from 'validator/lib/isEmail';
import { cjsDefault } from '../cjs-interop';
import type { Detector } from '../scan-context';
import { isRootZoneTld } from '../tlds';
import type { Candidate } from '../types';

const isEmail = cjsDefault(isEmailImport);

/** Any letter or digit (internationalised addresses: "用户@例子.公司", "info@münchen.de") or RFC 5322 atext. */
const LOCAL_CHAR = /[\p{L}\p{M}\p{N}._%+\-!#$&'*=?^`{|}~]/u;
const DOMAIN_CHAR = /[\p{L}\p{M}\p{N}.-]/u;
/** ASCII letters and digits and the Latin letters of European languages: one script for the rule below. */
const LATIN = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

type Script = 'latin' | 'other';
function scriptOf(ch: string): Script | null {
  if (LATIN.test(ch)) return 'latin';
  return LETTER_OR_DIGIT.test(ch) ? 'other' : null;
}

/**
 * Chinese and Japanese run straight into an address ("请发到zhang@qq.com谢谢"), so a local part, and each
 * domain label, ends where the script changes between Latin and another one: an address that mixes them
 * within one part is far rarer than one glued to the sentence around it.
 */
class ScriptRun {
  private script: Script | null = null;
  /** False when `ch` would mix scripts; otherwise takes it in. */
  accepts(ch: string): boolean {
    const s = scriptOf(ch);
    if (s && this.script && s !== this.script) return false;
    this.script ??= s;
    return true;
  }
  reset(): void {
    this.script = null;
  }
}

/**
 * Presidio requires a registered public suffix (tldextract). Offline we check the TLD against the root zone;
 * an internationalised TLD ("рф", "公司", or its "xn--" form) passes on its shape, as no private network name
 * ("corp.internal", "printer.local") is spelt that way.
 */
function hasPublicTld(domain: string): boolean {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return /^xn--[a-z0-9-]+$/i.test(tld) || /[^\p{ASCII}]/u.test(tld) || isRootZoneTld(tld);
}

/** Start of the local part that ends at `at` (the "@"), no further back than `floor`. */
function localStart(text: string, at: number, floor: number): number {
  const run = new ScriptRun();
  let start = at;
  while (start > floor && at - start < 64) {
    const ch = text[start - 1] ?? '';
    if (!LOCAL_CHAR.test(ch) || !run.accepts(ch)) break;
    start--;
  }
  while (text[start] === '.') start++;
  return start;
}

/** End of the domain that starts after the "@" at `at`. */
function domainEnd(text: string, at: number): number {
  const run = new ScriptRun();
  let end = at + 1;
  while (end < text.length && end - at < 255) {
    const ch = text[end] ?? '';
    if (ch === '.') run.reset();
    else if (!DOMAIN_CHAR.test(ch) || !run.accepts(ch)) break;
    end++;
  }
  while (end > at + 1 && /[.-]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * Finds each "@" and grows the address outwards, then lets validator.isEmail judge it.
 * Hand-grown rather than a `[\w.]+@…` regex because such a regex restarts at every letter of a
 * long word and goes quadratic on a 100 KB paste; this is linear.
 */
export const detectEmails: Detector = (ctx) => {
  const text = asciiEmailView(ctx.text);
  const out: Candidate[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const start = localStart(text, at, lastEnd);
    const end = domainEnd(text, at);
    if (start === at || !hasDotBetween(text, at + 1, end)) continue; // no local part, or a domain without a dot
    const value = text.slice(start, end);
    if (!hasPublicTld(text.slice(at + 1, end)) || !isEmail(value)) continue;
    const c = ctx.candidate('email', start, end, 1);
    if (c) out.push(c);
    lastEnd = end;
  }
  return out;
};

/** Full-width ASCII (＠, ．, ｑｑ) and the ideographic full stop between two ASCII letters or digits (qq。com). */
const WIDE_EMAIL_CHAR =
  /[\uff01-\uff5e]|(?<=[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])[\u3002\uff61](?=[A-Za-z\uff21-\uff3a\uff41-\uff5a])/g;

/**
 * The text as an address typed with a Chinese IME reads once made ASCII: full-width forms (＠, ｑｑ．ｃｏｍ, full-width
 * mode) and 。 for the dot (Chinese punctuation mode: zhang@qq。com). One UTF-16 unit for one, so offsets into it are
 * offsets into the text, and the finding's value is the text as typed. A 。 that ends a sentence ("…@qq.com。谢谢")
 * is no dot: a Latin letter must follow it.
 */
function asciiEmailView(text: string): string {
  if (!/[\uff01-\uff5e\u3002\uff61]/.test(text)) return text;
  return text.replace(WIDE_EMAIL_CHAR, (ch) =>
    ch === '\u3002' || ch === '\uff61' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

function hasDotBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}
