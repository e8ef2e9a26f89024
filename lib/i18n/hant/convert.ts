/**
 * A conversion table made by scripts/gen-zh-hant.mjs: one string per step of OpenCC's conversion chain (simplified →
 * OpenCC's traditional, then the region's forms and phrases), its entries `from=to` separated by spaces.
 */
export type HantTable = readonly string[];

interface Step {
  entries: Map<string, string>;
  longest: number;
}

function stepOf(encoded: string): Step {
  const entries = new Map<string, string>();
  let longest = 1;
  for (const entry of encoded.split(' ')) {
    const at = entry.indexOf('=');
    if (at <= 0) continue;
    const from = entry.slice(0, at);
    entries.set(from, entry.slice(at + 1));
    longest = Math.max(longest, Array.from(from).length);
  }
  return { entries, longest };
}

/** The longest key of `step` that starts at `at`, or undefined. */
function matchAt(step: Step, points: readonly string[], at: number): string | undefined {
  for (let n = Math.min(step.longest, points.length - at); n > 0; n--) {
    const key = points.slice(at, at + n).join('');
    if (step.entries.has(key)) return key;
  }
  return undefined;
}

/**
 * OpenCC's algorithm on a table holding only the entries Kefu's content needs: the text is cut into segments at the
 * first step's phrases (longest first; the characters between two phrases make one segment), then each step rewrites
 * each segment on its own, longest key first. Phrases decide what a character becomes (发货 發貨, 头发 頭髮), and a
 * region's phrase never straddles two of them: the same segments as OpenCC's, so the same result on the content the
 * table was made from (tests/unit/i18n/hant-tables.test.ts).
 */
export function hantConverter(table: HantTable): (text: string) => string {
  const steps = table.map(stepOf);
  const first = steps[0] ?? stepOf('');
  const phrases: Step = {
    entries: new Map([...first.entries].filter(([from]) => Array.from(from).length > 1)),
    longest: first.longest,
  };
  const cache = new Map<string, string>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const points = Array.from(text);
    let segments: string[][] = [];
    let run: string[] = [];
    for (let at = 0; at < points.length; ) {
      const phrase = matchAt(phrases, points, at);
      if (phrase === undefined) {
        run.push(points[at++]!);
        continue;
      }
      if (run.length > 0) segments.push(run);
      run = [];
      const n = Array.from(phrase).length;
      segments.push(points.slice(at, at + n));
      at += n;
    }
    if (run.length > 0) segments.push(run);
    for (const step of steps) segments = segments.map((segment) => rewrite(step, segment));
    const converted = segments.map((segment) => segment.join('')).join('');
    cache.set(text, converted);
    return converted;
  };
}

function rewrite(step: Step, segment: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < segment.length; ) {
    const key = matchAt(step, segment, at);
    if (key === undefined) out.push(segment[at++]!);
    else {
      out.push(...Array.from(step.entries.get(key)!));
      at += Array.from(key).length;
    }
  }
  return out;
}
