import { cnResidentIdCheckChar } from '../checksums';
import type { Detector } from '../scan-context';
import type { Candidate } from '../types';

/** GB/T 2260 province-level codes, as validator's zh-CN isIdentityCard lists them. */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '91',
]);

function isValidBirthDate(year: number, month: number, day: number): boolean {
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  // validator also rejects birth dates in the future.
  return date.getTime() <= Date.now();
}

/**
 * Same verdict as validator's isIdentityCard(s, 'zh-CN'): region, birth date, and for 18-char
 * IDs the ISO 7064 MOD 11-2 check char (x accepted as X). Hand-written so the guard content
 * script does not import validator's 12 KB every-country ID module.
 */
export function isCnResidentId(id: string): boolean {
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return false;
  if (/^[1-9]\d{14}$/.test(id)) {
    return isValidBirthDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
  }
  if (!/^[1-9]\d{16}[\dXx]$/.test(id)) return false;
  if (!isValidBirthDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  return cnResidentIdCheckChar(id) === id.charAt(17).toUpperCase();
}

/** Candidates: the 6-8-4 grouping people use to make an ID readable, or any 15/18-char group of its own. */
export const detectCnResidentIds: Detector = (ctx) => {
  const out: Candidate[] = [];
  const text = ctx.narrowText;
  // 18-char IDs carry a check char (1 in 11 random strings pass); 15-char legacy ones only a region and a date:
  // lower, but an ID label lifts one to 1 (0.65 + the context boost), so that it beats the Amex or UATP reading
  // of the same 15 digits ("身份证号 370202790420412": Shandong, and Luhn-valid like one 15-digit number in ten).
  const push = (start: number, end: number, id: string) => {
    const c = ctx.candidate('cn-resident-id', start, end, id.length === 18 ? 1 : 0.65);
    if (c) out.push(c);
  };
  for (const run of ctx.runs) {
    if (run.letterBefore || run.letterAfter) continue;
    const { groups, seps } = run;
    const x = run.trailingX ? 1 : 0;
    const len = (g: { start: number; end: number } | undefined) => (g ? g.end - g.start : 0);
    if (
      groups.length === 3 &&
      len(groups[0]) === 6 &&
      len(groups[1]) === 8 &&
      len(groups[2]) === 4 - x &&
      seps[0] === seps[1] &&
      seps[0] !== '.'
    ) {
      const id = text.slice(run.start, run.end + x).replace(/[^\dXx]/g, '');
      if (isCnResidentId(id)) {
        push(run.start, run.end + x, id);
        continue;
      }
    }
    // A group of its own: a bare ID, or one followed by a quantity or a phone number after a space or two
    // ("身份证号：110105199003071239  1件").
    groups.forEach((g, i) => {
      const gx = i === groups.length - 1 ? x : 0;
      const length = g.end - g.start;
      if (length !== 18 - gx && !(length === 15 && !gx)) return;
      const id = text.slice(g.start, g.end + gx);
      if (isCnResidentId(id)) push(g.start, g.end + gx, id);
    });
  }
  return out;
};
