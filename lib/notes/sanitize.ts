/**
 * Every write of free text goes through a `Sanitizer`. The lead wires the privacy detector in; this module only
 * defines the contract and a small stand-in used by default and in tests.
 */
export type Sanitizer = (text: string) => { text: string; found: boolean };

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// 13–19 digits, optionally grouped by single spaces or dashes (how card numbers are typed). The Luhn check keeps
// Amazon order IDs (3-7-7 digits) and most tracking numbers from being masked.
const CARD_LIKE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])/g;

/** Masks card-like numbers, keeping the last four digits so the user still recognises which card it was. */
export const maskCardNumbers: Sanitizer = (text) => {
  let found = false;
  const masked = text.replace(CARD_LIKE, (run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) return run;
    found = true;
    return `[card ••••${digits.slice(-4)}]`;
  });
  return { text: masked, found };
};

/**
 * The texts of one entry, each masked, then masked again as one text in field order: a label in one field and its
 * value in the next (asked "客服要验证码", answer "482913") are one secret to the check the entry form warns with (it
 * reads the fields joined: "it will be masked when saved"), so what is kept masks what the warning said it would.
 * Only adds masks; a sanitizer that changes a text's length (the default stand-in) masks field by field only.
 */
export function maskEntryTexts<F extends string>(
  sanitize: Sanitizer,
  fields: readonly F[],
  texts: Partial<Record<F, unknown>>,
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  const present = fields.filter((f) => typeof texts[f] === 'string');
  for (const f of present) out[f] = sanitize(texts[f] as string).text;
  if (present.length < 2) return out;
  const joined = present.map((f) => out[f]).join('\n');
  const all = sanitize(joined).text;
  if (all === joined || all.length !== joined.length) return out;
  let at = 0;
  for (const f of present) {
    const length = (out[f] as string).length;
    out[f] = all.slice(at, at + length);
    at += length + 1;
  }
  return out;
}
