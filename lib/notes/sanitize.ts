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
