/**
 * One linear pass that groups digits the way people write numbers: "4111 1111-1111 1111",
 * "078.05.1123". Card, ID, SSN and account detectors all read these runs instead of each
 * running its own regex over the whole text (one pass per keystroke instead of five).
 */
export interface DigitRun {
  /** [start, end) of each group of consecutive ASCII digits. */
  groups: Array<{ start: number; end: number }>;
  /** seps[i] is what stands between groups i and i+1: one separator character, or two spaces. */
  seps: string[];
  start: number;
  end: number;
  /** An ASCII letter touches the run's first digit ("T6042…", "YT1234…"). */
  letterBefore: boolean;
  /** An ASCII letter or digit follows the run ("…3855suffix"), other than a lone trailing X. */
  letterAfter: boolean;
  /** The run is followed by a single x/X and then a non-alphanumeric (CN ID check char). */
  trailingX: boolean;
}

const RUN_SEPARATORS = ' -.\u00a0';

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiAlnum(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/**
 * The separator at `i` when a digit follows it: one of RUN_SEPARATORS, or two spaces (numbers copied
 * out of a PDF statement, "4111  1111  1111  1111"). Detectors that need a single character check length.
 */
function separatorAt(text: string, i: number): string | null {
  const ch = text[i];
  if (ch === undefined || !RUN_SEPARATORS.includes(ch)) return null;
  if (isAsciiDigit(text.charCodeAt(i + 1))) return ch;
  if (ch === ' ' && text[i + 1] === ' ' && isAsciiDigit(text.charCodeAt(i + 2))) return '  ';
  return null;
}

export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const groups: DigitRun['groups'] = [];
    const seps: string[] = [];
    for (;;) {
      const gStart = i;
      while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
      groups.push({ start: gStart, end: i });
      const sep = separatorAt(text, i);
      if (sep) {
        seps.push(sep);
        i += sep.length;
        continue;
      }
      break;
    }
    const end = i;
    const after = text.charCodeAt(end);
    const trailingX = (after === 88 || after === 120) && !isAsciiAlnum(text.charCodeAt(end + 1));
    runs.push({
      groups,
      seps,
      start,
      end,
      letterBefore: start > 0 && isAsciiLetter(text.charCodeAt(start - 1)),
      letterAfter: isAsciiAlnum(after) && !trailingX,
      trailingX,
    });
  }
  return runs;
}

export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}
