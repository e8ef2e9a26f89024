import { isIban } from '../iban-registry';
import type { Detector } from '../scan-context';
import type { Candidate } from '../types';

const UPPER_ALNUM = /[A-Z0-9]/;
const ANY_ALNUM = /[A-Za-z0-9]/;
const START = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}/g;

/** What people put between the 4-character groups; they mix them ("PL95 3273-0534 …") and banks print dots. */
const SEPARATOR = /[ .-]/;

/**
 * Free-text IBAN finder: "CCdd" then either one unbroken upper-case block, or 4-char groups each after one
 * separator (space, dash or dot, mixed freely) where only the last group may be shorter. validator.isIBAN
 * would upper-case its input; we do not (Presidio's vectors reject "GI75 aWBK…"), so case is checked here.
 * Trailing groups that are not part of the IBAN ("… 8901 X in a sentence") are trimmed by trying
 * each group-aligned prefix, longest first. A sentence's full stop ends the IBAN: a dot counts as a
 * separator only when an upper-case letter or digit follows it. Read on ctx.narrowText: an IBAN typed in full-width
 * mode (ＤＥ８９ ３７０４…) is one too.
 */
export const detectIbans: Detector = (ctx) => {
  const text = ctx.narrowText;
  const out: Candidate[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const start = m.index;
    let p = start + 4;
    const ends: number[] = [];
    const next = text[p] ?? '';
    if (UPPER_ALNUM.test(next)) {
      while (p < text.length && UPPER_ALNUM.test(text[p] ?? '')) p++;
      if (!ANY_ALNUM.test(text[p] ?? '')) ends.push(p);
    } else if (SEPARATOR.test(next) && UPPER_ALNUM.test(text[p + 1] ?? '')) {
      ends.push(p);
      while (SEPARATOR.test(text[p] ?? '') && UPPER_ALNUM.test(text[p + 1] ?? '')) {
        let q = p + 1;
        while (q < text.length && q - p - 1 < 4 && UPPER_ALNUM.test(text[q] ?? '')) q++;
        if (ANY_ALNUM.test(text[q] ?? '')) break; // group of 5+ or lower-case inside: not our grouping
        const groupLength = q - p - 1;
        ends.push(q);
        p = q;
        if (groupLength < 4 || q - start > 50) break; // a short group ends the IBAN
      }
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] ?? 0;
      const compact = text.slice(start, end).replace(/[ .-]/g, '');
      if (compact.length < 15) break;
      if (isIban(compact)) {
        const c = ctx.candidate('iban', start, end, 1);
        if (c) out.push(c);
        START.lastIndex = end;
        break;
      }
    }
  }
  return out;
};
