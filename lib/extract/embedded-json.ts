/**
 * Reads JSON that shop pages embed in `<script>` text — `var data = JSON.parse('…')`, `var detailData = {…}`,
 * `window.__INITIAL_DATA__ = …` — WITHOUT executing anything.
 *
 * Why not eval: the page is untrusted, and content scripts must not run page code. Why not plain JSON.parse:
 * Taobao writes 19-digit order ids as bare numbers (`"id":4865640015090004803`), which JSON.parse rounds to
 * 4865640015090005000. So every parse goes through {@link toStrictJson}, which quotes integer literals beyond
 * 2^53 and also accepts the small JS-literal extras seen in inline scripts (single quotes, bare keys, trailing
 * commas, comments, `undefined`). Anything else (function calls, `new Date()`, template `${}`) gives up.
 *
 * Linear time: every loop advances by at least one character, and all scanning is charged to a
 * {@link WorkCounter} with a budget proportional to the input; when the budget runs out the reader stops and
 * returns what it has (nested unbalanced braces could otherwise make repeated scans quadratic).
 */

/** Counts characters scanned, so tests can check linearity without a clock. */
export interface WorkCounter {
  steps: number;
}

export interface EmbeddedJson {
  /** Last segment of the assigned name (`data`, `detailData`, `__INITIAL_DATA__`), or null when unassigned. */
  name: string | null;
  /** How the value was written in the script. */
  source: 'json-parse' | 'literal' | 'json-script';
  value: unknown;
  /** Offsets in the script text of the parsed value (the string literal or the braces). */
  start: number;
  end: number;
}

export interface EmbeddedJsonOptions {
  /** Stop after this many values (default 200). */
  maxResults?: number;
  /** Shared counter; pass the same one across scripts of a page to make the budget page-wide. */
  counter?: WorkCounter;
  /** Maximum steps for this call (default 8 × text length + 100 000). */
  budget?: number;
}

const MAX_NAME_LOOKBACK = 200;
const MAX_SAFE_DIGITS = 15; // every integer with ≤ 15 digits is exactly representable

// ---------------------------------------------------------------------------------------------------------------
// JS string literals

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

function hexValue(text: string, from: number, length: number): number | null {
  if (from + length > text.length) return null;
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const c = text.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 65 && c <= 70) d = c - 55;
    else if (c >= 97 && c <= 102) d = c - 87;
    else return null;
    value = value * 16 + d;
  }
  return value;
}

/**
 * Decodes the JS string literal whose opening quote (`'`, `"` or a backtick) is at `quoteIndex`.
 * Handles every JS escape: \uXXXX, \u{…}, \xXX, \', \", \\, \/, \n, \r, \t, \b, \f, \v, \0, line continuations.
 * Returns the decoded value and the index just after the closing quote, or null (unterminated, raw newline in a
 * quoted string, `${` in a template, bad escape).
 */
export function decodeJsStringLiteral(
  text: string,
  quoteIndex: number,
  counter: WorkCounter = { steps: 0 },
): { value: string; end: number } | null {
  const quoteCode = text.charCodeAt(quoteIndex);
  if (quoteCode !== 39 && quoteCode !== 34 && quoteCode !== 96) return null;
  const template = quoteCode === 96;
  // charCodeAt, not text[i]: this loop runs over the whole 300 KB `JSON.parse('…')` of an order list, and reading
  // one-character strings made it the slowest step of Chromium extraction (profiled 2026-11).
  let value = '';
  let runStart = quoteIndex + 1;
  let i = runStart;
  const n = text.length;
  const start = counter.steps;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === quoteCode) {
      counter.steps = start + (i - quoteIndex);
      return { value: value + text.slice(runStart, i), end: i + 1 };
    }
    if (c !== 92) {
      if ((c === 10 || c === 13) && !template) return null;
      if (c === 36 && template && text.charCodeAt(i + 1) === 123) return null;
      i++;
      continue;
    }
    value += text.slice(runStart, i);
    const e = text[i + 1];
    if (e === undefined) return null;
    let consumed = 2;
    if (e === 'u') {
      if (text[i + 2] === '{') {
        const close = text.indexOf('}', i + 3);
        if (close < 0 || close - (i + 3) > 6) return null;
        const cp = hexValue(text, i + 3, close - (i + 3));
        if (cp === null || cp > 0x10ffff) return null;
        value += String.fromCodePoint(cp);
        consumed = close + 1 - i;
      } else {
        const cu = hexValue(text, i + 2, 4);
        if (cu === null) return null;
        value += String.fromCharCode(cu);
        consumed = 6;
      }
    } else if (e === 'x') {
      const cu = hexValue(text, i + 2, 2);
      if (cu === null) return null;
      value += String.fromCharCode(cu);
      consumed = 4;
    } else if (e === '\r') {
      consumed = text[i + 2] === '\n' ? 3 : 2; // line continuation
    } else if (e === '\n' || e === '\u2028' || e === '\u2029') {
      // line continuation: contributes nothing
    } else {
      value += SIMPLE_ESCAPES[e] ?? e; // \' \" \\ \/ and identity escapes
    }
    i += consumed;
    runStart = i;
  }
  counter.steps = start + (n - quoteIndex);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Balanced scan

/**
 * Index just after the bracket that closes the `{` or `[` at `openIndex`, skipping brackets inside string
 * literals and comments; null when unbalanced, mismatched, or the budget ran out.
 */
export function scanBalanced(
  text: string,
  openIndex: number,
  counter: WorkCounter = { steps: 0 },
  budget = Number.POSITIVE_INFINITY,
): number | null {
  const stack: string[] = [];
  let i = openIndex;
  while (i < text.length) {
    if (counter.steps++ > budget) return null;
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? '}' : ']');
      i++;
    } else if (c === '}' || c === ']') {
      if (stack.pop() !== c) return null;
      i++;
      if (stack.length === 0) return i;
    } else if (c === '"' || c === "'" || c === '`') {
      const end = skipString(text, i, counter);
      if (end === null) return null;
      i = end;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      i = skipComment(text, i, counter);
    } else {
      i++;
    }
  }
  return null;
}

/** Skips a quoted string without decoding it; null when unterminated on its line. */
function skipString(text: string, quoteIndex: number, counter: WorkCounter): number | null {
  const quote = text[quoteIndex];
  let i = quoteIndex + 1;
  while (i < text.length) {
    counter.steps++;
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === quote) return i + 1;
    if ((c === '\n' || c === '\r') && quote !== '`') return null;
    i++;
  }
  return null;
}

function skipComment(text: string, slashIndex: number, counter: WorkCounter): number {
  const block = text[slashIndex + 1] === '*';
  const end = block ? text.indexOf('*/', slashIndex + 2) : text.indexOf('\n', slashIndex + 2);
  const stop = end < 0 ? text.length : block ? end + 2 : end;
  counter.steps += stop - slashIndex;
  return stop;
}

// ---------------------------------------------------------------------------------------------------------------
// JS literal → strict JSON (big integers quoted)

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$';
}
function isIdentPart(c: string): boolean {
  return isIdentStart(c) || (c >= '0' && c <= '9');
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0';
}

/**
 * Rewrites a JSON-like JS literal as strict JSON: integers beyond 2^53 become strings, single-quoted strings and
 * bare keys are quoted, trailing commas and comments dropped, `undefined`/`NaN`/`Infinity` become null.
 * Null when the text is not such a literal.
 */
export function toStrictJson(text: string, counter: WorkCounter = { steps: 0 }): string | null {
  const out: string[] = [];
  let lastSignificant = ''; // last emitted punctuation, to drop trailing commas
  let i = 0;
  const n = text.length;
  while (i < n) {
    counter.steps++;
    const c = text[i] as string;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      i = skipComment(text, i, counter);
      continue;
    }
    if (c === '{' || c === '[' || c === ':') {
      out.push(c);
      lastSignificant = c;
      i++;
      continue;
    }
    if (c === ',') {
      out.push(c);
      lastSignificant = c;
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      if (lastSignificant === ',') out.pop();
      out.push(c);
      lastSignificant = c;
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = skipString(text, i, counter);
      if (end === null) return null;
      // Re-encoded even when already JSON: strict-JSON text rarely gets here (parseStrictJsonFast takes it).
      const decoded = decodeJsStringLiteral(text, i, counter);
      if (!decoded) return null;
      out.push(JSON.stringify(decoded.value));
      lastSignificant = 'v';
      i = end;
      continue;
    }
    if (c === '-' || isDigit(c)) {
      let j = c === '-' ? i + 1 : i;
      const digitsStart = j;
      while (isDigit(text[j])) j++;
      if (j === digitsStart) return null;
      let integer = true;
      if (text[j] === '.') {
        integer = false;
        j++;
        while (isDigit(text[j])) j++;
      }
      if (text[j] === 'e' || text[j] === 'E') {
        integer = false;
        j++;
        if (text[j] === '+' || text[j] === '-') j++;
        while (isDigit(text[j])) j++;
      }
      counter.steps += j - i;
      let literal = text.slice(i, j);
      // JSON forbids leading zeros and "1." — normalise rather than fail.
      if (literal.endsWith('.')) literal += '0';
      const intDigits = j - digitsStart;
      if (integer && intDigits > MAX_SAFE_DIGITS && !Number.isSafeInteger(Number(literal))) {
        out.push(`"${literal}"`);
      } else {
        const value = Number(literal);
        if (!Number.isFinite(value)) return null;
        out.push(/^-?0\d/.test(literal) ? String(value) : literal);
      }
      lastSignificant = 'v';
      i = j;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text[j] as string)) j++;
      counter.steps += j - i;
      const word = text.slice(i, j);
      let k = j;
      while (isSpace(text[k])) k++;
      if (text[k] === ':' && (lastSignificant === '{' || lastSignificant === ',')) {
        out.push(JSON.stringify(word)); // bare object key
      } else if (word === 'true' || word === 'false' || word === 'null') {
        out.push(word);
      } else if (word === 'undefined' || word === 'NaN' || word === 'Infinity') {
        out.push('null');
      } else {
        return null; // a real JS expression: give up
      }
      lastSignificant = 'v';
      i = j;
      continue;
    }
    return null;
  }
  return out.join('');
}

/**
 * Every string of strict JSON (read whole, so digits inside strings are never touched) and every bare integer of
 * 16+ digits (the shortest that can be unsafe): not inside a number (lookbehind), not followed by a fraction or an
 * exponent (lookahead). Strings use the unrolled `[^"\\]*(?:\\.[^"\\]*)*` form, about twice as fast as a
 * per-character alternation; the closing quote is optional so an unterminated string ends the scan in one pass
 * instead of a retry from every later quote (quadratic). Such text is not JSON and JSON.parse rejects it.
 */
const JSON_STRING_OR_BIG_INTEGER = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"?|(?<![\d.eE+-])-?\d{16,}(?![\d.eE])/g;
const SIXTEEN_DIGITS = /\d{16}/;
const OBJECT_OR_ARRAY = /^[ \t\n\r]*[[{]/;

/**
 * Native JSON.parse for text that already is strict JSON (the common case: `JSON.parse('…')` payloads), with bare
 * integers beyond 2^53 quoted first by one native regex pass. Null when the text is not strict JSON, and then the
 * JS-literal path ({@link toStrictJson}) decides. Why this is safe: when the quoted text parses, the input was
 * strict JSON apart from those integers, so it means exactly what toStrictJson would have made of it. About 1.5×
 * faster than the tokenizer on the 208 kB order-list payload, measured 2026-11 (JSON.parse itself is a third).
 */
function parseStrictJsonFast(text: string, counter: WorkCounter): { ok: true; value: unknown } | null {
  // Only objects and arrays: the payloads worth the shortcut, and no top-level scalar edge cases.
  if (!OBJECT_OR_ARRAY.test(text)) return null;
  const quoted = SIXTEEN_DIGITS.test(text)
    ? text.replace(JSON_STRING_OR_BIG_INTEGER, (token) =>
        token.charCodeAt(0) === 34 || Number.isSafeInteger(Number(token)) ? token : `"${token}"`,
      )
    : text;
  try {
    const value: unknown = JSON.parse(quoted);
    counter.steps += text.length;
    return { ok: true, value };
  } catch {
    return null;
  }
}

/** JSON.parse that keeps integers beyond 2^53 exact (as strings) and never throws. */
export function parseJsonLossless(
  text: string,
  counter: WorkCounter = { steps: 0 },
): { ok: true; value: unknown } | { ok: false } {
  const fast = parseStrictJsonFast(text, counter);
  if (fast) return fast;
  const strict = toStrictJson(text, counter);
  if (strict === null || strict.length === 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(strict) };
  } catch {
    return { ok: false };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Finding assignments and JSON.parse calls in script text

/** The assigned name before `=` ending at `eqIndex` (exclusive), e.g. `window["detailData"]` → `detailData`. */
function nameBefore(text: string, eqIndex: number): string | null {
  let i = eqIndex - 1;
  const floor = Math.max(0, eqIndex - MAX_NAME_LOOKBACK);
  while (i >= floor && isSpace(text[i])) i--;
  const end = i + 1;
  while (i >= floor) {
    const c = text[i] as string;
    if (isIdentPart(c) || c === '.' || c === '[' || c === ']' || c === '"' || c === "'") i--;
    else break;
  }
  const path = text.slice(i + 1, end);
  const segments = path.split(/[.[\]"']+/).filter((s) => s.length > 0);
  const last = segments[segments.length - 1];
  return last && isIdentStart(last[0] as string) ? last : null;
}

/** Index of the `=` of an assignment whose right-hand side starts at `valueIndex`, or -1. */
function assignmentBefore(text: string, valueIndex: number): number {
  let i = valueIndex - 1;
  const floor = Math.max(0, valueIndex - MAX_NAME_LOOKBACK);
  while (i >= floor && isSpace(text[i])) i--;
  return text[i] === '=' && isPlainAssignment(text, i) ? i : -1;
}

/** `=` but not `==`, `===`, `!=`, `<=`, `>=`, `=>`, `+=` … */
function isPlainAssignment(text: string, eqIndex: number): boolean {
  const prev = text[eqIndex - 1];
  const next = text[eqIndex + 1];
  if (next === '=' || next === '>') return false;
  return prev === undefined || !'=!<>+-*/%&|^?'.includes(prev);
}

const CANDIDATE = /=|JSON\.parse\s*\(/g;

/**
 * Every JSON value a script assigns (`name = {…}` / `name = […]`) or passes to `JSON.parse('…')`, in source order.
 * Never throws; non-JSON JS is skipped.
 */
export function findEmbeddedJson(scriptText: string, options: EmbeddedJsonOptions = {}): EmbeddedJson[] {
  const results: EmbeddedJson[] = [];
  const counter = options.counter ?? { steps: 0 };
  const maxResults = options.maxResults ?? 200;
  const budget = counter.steps + (options.budget ?? scriptText.length * 8 + 100_000);
  const text = scriptText;
  const re = new RegExp(CANDIDATE.source, 'g');
  try {
    let from = 0;
    let m = re.exec(text);
    while (m !== null && results.length < maxResults && counter.steps <= budget) {
      counter.steps += re.lastIndex - from; // characters the regex walked to get here
      if (m[0] === '=') {
        const eq = m.index;
        let v = eq + 1;
        while (v < text.length && isSpace(text[v])) v++;
        counter.steps += v - eq;
        const open = text[v];
        if (isPlainAssignment(text, eq) && (open === '{' || open === '[')) {
          const end = scanBalanced(text, v, counter, budget);
          if (end !== null) {
            const parsed = parseJsonLossless(text.slice(v, end), counter);
            if (parsed.ok) {
              results.push({ name: nameBefore(text, eq), source: 'literal', value: parsed.value, start: v, end });
              re.lastIndex = end;
            }
          }
        }
      } else {
        let q = m.index + m[0].length;
        while (q < text.length && isSpace(text[q])) q++;
        const decoded = decodeJsStringLiteral(text, q, counter);
        if (decoded) {
          const parsed = parseJsonLossless(decoded.value, counter);
          if (parsed.ok) {
            const eq = assignmentBefore(text, m.index);
            const name = eq >= 0 ? nameBefore(text, eq) : null;
            results.push({ name, source: 'json-parse', value: parsed.value, start: q, end: decoded.end });
          }
          re.lastIndex = Math.max(re.lastIndex, decoded.end);
        }
      }
      from = re.lastIndex;
      m = re.exec(text);
    }
    if (m === null) counter.steps += text.length - from;
  } catch {
    // Defensive: nothing above should throw, but a reader must never break extraction.
  }
  return results;
}

/**
 * {@link findEmbeddedJson} over every `<script>` of a document, plus whole-script JSON
 * (`<script type="application/json">`, e.g. `__NEXT_DATA__`). One budget for the whole page.
 */
export function findEmbeddedJsonInDocument(doc: Document, options: EmbeddedJsonOptions = {}): EmbeddedJson[] {
  const results: EmbeddedJson[] = [];
  const counter = options.counter ?? { steps: 0 };
  const maxResults = options.maxResults ?? 200;
  try {
    const scripts = doc.getElementsByTagName('script');
    const texts: { text: string; type: string; id: string }[] = [];
    let total = 0;
    for (let s = 0; s < scripts.length; s++) {
      const script = scripts[s];
      if (!script) continue;
      const text = script.textContent ?? '';
      if (text.length === 0) continue;
      texts.push({ text, type: (script.getAttribute('type') ?? '').toLowerCase(), id: script.id });
      total += text.length;
    }
    const budget = options.budget ?? total * 8 + 100_000;
    const start = counter.steps;
    for (const { text, type, id } of texts) {
      const remaining = budget - (counter.steps - start);
      if (remaining <= 0 || results.length >= maxResults) break;
      if (type.includes('json')) {
        const parsed = parseJsonLossless(text, counter);
        if (parsed.ok)
          results.push({ name: id || null, source: 'json-script', value: parsed.value, start: 0, end: text.length });
        continue;
      }
      for (const found of findEmbeddedJson(text, {
        counter,
        budget: remaining,
        maxResults: maxResults - results.length,
      })) {
        results.push(found);
      }
    }
  } catch {
    // never throw from a reader
  }
  return results;
}
