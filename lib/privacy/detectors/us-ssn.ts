import { hasAdjacentLabel } from '../context-words';
import type { Detector } from '../scan-context';
import type { Candidate } from '../types';

/** Presidio UsSsnRecognizer.invalidate_result, rule for rule. */
export function isInvalidSsn(value: string): boolean {
  const delimiters = new Set(value.replace(/\d/g, ''));
  if (delimiters.size > 1) return true;
  const digits = value.replace(/\D/g, '');
  if (/^(\d)\1*$/.test(digits)) return true;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return true;
  return ['000', '666', '123456789', '98765432', '078051120'].some((p) => digits.startsWith(p));
}

/**
 * "social security number: 443494770": right after an explicit SSN label the digits are an SSN, whatever
 * else they could be read as (a bare 9-digit run is also a valid phone, and "number" is a phone word).
 * Scored like a labelled secret, above a phone with context (0.75), so the SSN wins the overlap.
 */
const SSN_LABEL = /(?<![a-z])(?:social security(?: (?:number|no\.?|#))?|ssns?)(?![a-z])|社会安全号码?|社保号码?/gi;
const LABELLED_SSN_SCORE = 0.85;

/**
 * Presidio's patterns over our digit runs: ddd?dd?dddd with one consistent [- .] delimiter scores
 * 0.5 ("medium"); ddddd-dddd, ddd-dddddd and a bare 9-digit number score 0.05 ("very weak"),
 * which the default threshold hides but minConfidence: 0 reveals.
 */
export const detectUsSsns: Detector = (ctx) => {
  const out: Candidate[] = [];
  const text = ctx.narrowText;
  for (const run of ctx.runs) {
    const { groups, seps } = run;
    const len = (k: number) => {
      const g = groups[k];
      return g ? g.end - g.start : 0;
    };
    const push = (from: number, to: number, base: number) => {
      const a = groups[from];
      const b = groups[to];
      if (!a || !b) return;
      if ((from === 0 && run.letterBefore) || (to === groups.length - 1 && (run.letterAfter || run.trailingX))) return;
      // Presidio's delimiter is one character; two spaces only join card groups.
      if (seps.slice(from, to).some((sep) => sep.length !== 1)) return;
      const value = text.slice(a.start, b.end);
      if (isInvalidSsn(value)) return;
      const labelled = hasAdjacentLabel(text, a.start, SSN_LABEL);
      const c = ctx.candidate('us-ssn', a.start, b.end, labelled ? LABELLED_SSN_SCORE : base, { labelled });
      if (c) out.push(c);
    };
    for (let k = 0; k < groups.length; k++) {
      if (k + 2 < groups.length && len(k) === 3 && len(k + 1) === 2 && len(k + 2) === 4) {
        push(k, k + 2, 0.5);
        k += 2;
      } else if (k + 1 < groups.length && seps[k] === '-' && len(k) + len(k + 1) === 9 && [3, 5].includes(len(k))) {
        push(k, k + 1, 0.05);
        k += 1;
      } else if (len(k) === 9) {
        push(k, k, 0.05);
      }
    }
  }
  return out;
};
