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

/** A JS escape, or a character a JSON string may not hold raw (`"`, control characters), or a template's `${`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are exactly what must be escaped
const JS_ESCAPE_OR_RAW = /\\(?:u\{[^}]*\}?|u[0-9a-fA-F]{0,4}|x[0-9a-fA-F]{0,2}|\r\n|[\s\S])|["\x00-\x1f]|\$\{/g;
/** Put in place of an escape JS would reject: a raw `"` ends the JSON string early, so JSON.parse fails. */
const INVALID = '"';
const jsonEscape = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/** One match of {@link JS_ESCAPE_OR_RAW} as JSON string text, or {@link INVALID} where JS would reject it. */
function toJsonEscape(m: string, template: boolean): string {
  if (m[0] !== '\\') {
    // `${`, or a raw `"` or control character: a template's interpolation and a quoted string's raw newline are
    // what JS rejects (as a constant string); the rest JSON takes escaped.
    if (m === '${' ? template : !template && (m === '\n' || m === '\r')) return INVALID;
    return m === '${' ? m : jsonEscape(m.charCodeAt(0));
  }
  const e = m[1] as string;
  if (m[2] === '{') {
    const cp = Number.parseInt(/^\\u\{([0-9a-fA-F]{1,6})\}$/.exec(m)?.[1] ?? 'x', 16);
    if (!(cp <= 0x10ffff)) return INVALID;
    // A BMP code point fits a JSON \uXXXX; beyond it, the raw character (never a quote or control character).
    return cp > 0xffff ? String.fromCodePoint(cp) : jsonEscape(cp);
  }
  if (e === 'u' ? m.length !== 6 : e === 'x' && m.length !== 4) return INVALID;
  if (e === 'x') return jsonEscape(Number.parseInt(m.slice(2), 16));
  if ('"\\/bfnrtu'.includes(e)) return m; // the same escape in JSON
  if ('\r\n\u2028\u2029'.includes(e)) return ''; // line continuation
  // \v, \0 and identity escapes (\' \` \$ \q …): the character itself, escaped if JSON may not hold it raw.
  const code = e === 'v' ? 11 : e === '0' ? 0 : e.charCodeAt(0);
  return code < 0x20 ? jsonEscape(code) : e;
}

/** Index of the quote that closes the string literal opening at `quoteIndex` (the first one after an even run of
 * backslashes), or -1 when unterminated. */
function closingQuote(text: string, quoteIndex: number): number {
  let close = quoteIndex;
  for (let backslashes = 1; backslashes % 2; ) {
    close = text.indexOf(text[quoteIndex] as string, close + 1);
    if (close < 0) return -1;
    backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
  }
  return close;
}

/**
 * Decodes the JS string literal whose opening quote (`'`, `"` or a backtick) is at `quoteIndex`: every JS escape
 * (\uXXXX, \u{…}, \xXX, \', \", \\, \/, \n, \r, \t, \b, \f, \v, \0, line continuations). Returns the decoded value
 * and the index just after the closing quote, or null (unterminated, raw newline in a quoted string, `${` in a
 * template, bad escape).
 *
 * Native work only, where it can be: a body that uses just the escapes JSON also has (same meanings) and holds no
 * raw `"` or control character is a JSON string body, and one `JSON.parse` decodes it. Taobao's order list is a
 * 270 kB `JSON.parse('{\"…')`: 0.9 ms this way instead of 2.4 ms for a character loop (Node, 2026-11). Other
 * bodies are rewritten into JSON escapes first (a callback per JS-only escape), then parsed the same way.
 */
export function decodeJsStringLiteral(
  text: string,
  quoteIndex: number,
  counter: WorkCounter = { steps: 0 },
): { value: string; end: number } | null {
  const quote = text[quoteIndex];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  const close = closingQuote(text, quoteIndex);
  counter.steps += (close < 0 ? text.length : close + 1) - quoteIndex;
  if (close < 0) return null;
  const body = text.slice(quoteIndex + 1, close);
  const template = quote === '`';
  const parse = (json: string) => {
    try {
      return { value: JSON.parse(`"${json}"`) as string, end: close + 1 };
    } catch {
      return null;
    }
  };
  // As it stands first (a template may hold `${`, which JSON would take as text); else rewritten into JSON escapes.
  return (!template && parse(body)) || parse(body.replace(JS_ESCAPE_OR_RAW, (m) => toJsonEscape(m, template)));
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
      // Skipped, not decoded: a stray quote (in a regex literal, say) makes the candidate fail to parse later.
      const close = closingQuote(text, i);
      // The search read to the end when it failed: counted, so a page of stray quotes stays linear in the budget.
      counter.steps += (close < 0 ? text.length : close) - i;
      if (close < 0) return null;
      i = close + 1;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      i = skipComment(text, i, counter);
    } else {
      i++;
    }
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

/**
 * A number token, read where one starts (sticky): integer digits (group 1), fraction, exponent. Looser than JSON
 * (`1.`, `1e`) on purpose: what JSON.parse rejects afterwards fails the whole literal.
 */
const NUMBER = /-?(\d+)(\.\d*)?([eE][+-]?\d*)?/y;
/** A bare word (key, `true`, `undefined` …), read where one starts (sticky). */
const WORD = /[A-Za-z_$][\w$]*/y;

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
    if ('{[:,}]'.includes(c)) {
      if ((c === '}' || c === ']') && lastSignificant === ',') out.pop();
      out.push(c);
      lastSignificant = c;
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      // Re-encoded even when already JSON: strict-JSON text rarely gets here (parseStrictJsonFast takes it).
      const decoded = decodeJsStringLiteral(text, i, counter);
      if (!decoded) return null;
      out.push(JSON.stringify(decoded.value));
      lastSignificant = 'v';
      i = decoded.end;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text);
      if (!number) return null; // a minus sign without digits
      const j = i + number[0].length;
      counter.steps += j - i;
      let literal = number[0];
      // JSON forbids leading zeros and "1." — normalise rather than fail.
      if (literal.endsWith('.')) literal += '0';
      const integer = !number[2] && !number[3];
      if (integer && (number[1] as string).length > MAX_SAFE_DIGITS && !Number.isSafeInteger(Number(literal))) {
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
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word) {
      const j = i + word.length;
      counter.steps += j - i;
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
 * Quotes the integers beyond 2^53 that stand as JSON values (so JSON.parse keeps their digits), leaving the rest of
 * the text as it is. Not string-aware, on purpose: a digit run inside a string that happens to look like a value
 * (`"a,4865640015090004803]"`) gets quoted too, which splits that string into two adjacent tokens; JSON.parse
 * rejects that and the careful path runs instead. So one cheap regex pass finds the few long digit runs, and
 * only those are looked at. (A replace over every string token, the earlier way, cost 2.5× as much.)
 */
function quoteBigIntegers(text: string): string {
  // Each match takes a whole run of digits (greedy), so no match starts inside one: the same runs as
  // /(?<!\d)\d{16,}/g. Written out, not as \d{16}: V8 then skips ahead 16 characters at a time where a run cannot
  // fit, 3–4× faster on the 208 kB order list (Chromium 2026-11; the quantifier form tries every position).
  const digits = /\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d+/g;
  let out = '';
  let last = 0;
  for (let m = digits.exec(text); m !== null; m = digits.exec(text)) {
    const end = m.index + m[0].length;
    const start = text.charCodeAt(m.index - 1) === 45 ? m.index - 1 : m.index; // a minus sign
    let next = end;
    while (isSpace(text[next])) next++;
    const after = text[next];
    // A fraction or exponent follows (not an integer), or the run is not a whole value.
    if (after !== ',' && after !== ']' && after !== '}' && after !== undefined) continue;
    const token = text.slice(start, end);
    if (Number.isSafeInteger(Number(token)) || !startsValue(text, start)) continue;
    out += `${text.slice(last, start)}"${token}"`;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

function startsValue(text: string, offset: number): boolean {
  let i = offset;
  do i--;
  while (isSpace(text[i]));
  if (text[i] !== ':') return text[i] === '[' || text[i] === ',';
  // An object value follows a key, and keys are strings: `"id": 4865…`. This keeps JS-like text inside strings
  // (Taobao's `"{orders:[orderId: 4842…,"`) from sending the whole payload down the slow path.
  do i--;
  while (isSpace(text[i]));
  return text[i] === '"';
}
/**
 * An object or array whose first token is one strict JSON allows there. JS literals in page scripts (`{appId: 15}`,
 * `['fn-cart']`) fail this and go straight to the tokenizer: letting JSON.parse throw on them cost more than
 * reading them (an exception each; 0.02–0.06 ms per small script, Node and Chromium 2026-11).
 */
const STRICT_START = /^[ \t\n\r]*(?:\{[ \t\n\r]*["}]|\[[ \t\n\r]*[-"\d{[\]tfn])/;

/**
 * Native JSON.parse for text that already is strict JSON (the common case: `JSON.parse('…')` payloads), with bare
 * integers beyond 2^53 quoted first by one native regex pass. Null when the text is not strict JSON, and then the
 * JS-literal path ({@link toStrictJson}) decides. Why this is safe: when the quoted text parses, the input was
 * strict JSON apart from those integers, so it means exactly what toStrictJson would have made of it. About 1.5×
 * faster than the tokenizer on the 208 kB order-list payload, measured 2026-11 (JSON.parse itself is a third).
 */
function parseStrictJsonFast(text: string, counter: WorkCounter): { ok: true; value: unknown } | null {
  // Only objects and arrays: the payloads worth the shortcut, and no top-level scalar edge cases.
  if (!STRICT_START.test(text)) return null;
  const quoted = quoteBigIntegers(text);
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

/** The assigned name before the `=` at `eqIndex`: the last segment of its path (`window["detailData"]` → `detailData`). */
function nameBefore(text: string, eqIndex: number): string | null {
  const head = text.slice(Math.max(0, eqIndex - MAX_NAME_LOOKBACK), eqIndex);
  return /([A-Za-z_$][\w$]*)["'\]]*\s*$/.exec(head)?.[1] ?? null;
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
  // An assignment or a JSON.parse call. A literal makes a new regex each call: its lastIndex is this call's cursor.
  const re = /=|JSON\.parse\s*\(/g;
  try {
    let from = 0;
    let m = re.exec(text);
    while (m !== null && results.length < maxResults && counter.steps <= budget) {
      counter.steps += re.lastIndex - from; // characters the regex walked to get here
      if (m[0] === '=') {
        const eq = m.index;
        let v = eq + 1;
        while (isSpace(text[v])) v++;
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
        while (isSpace(text[q])) q++;
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
    // Every text first: the budget is proportional to all the page's script text.
    const scripts = Array.from(doc.getElementsByTagName('script'), (script) => ({
      script,
      text: script.textContent ?? '',
    })).filter((s) => s.text.length > 0);
    let total = 0;
    for (const { text } of scripts) total += text.length;
    const budget = options.budget ?? total * 8 + 100_000;
    const start = counter.steps;
    for (const { script, text } of scripts) {
      const remaining = budget - (counter.steps - start);
      if (remaining <= 0 || results.length >= maxResults) break;
      if ((script.getAttribute('type') ?? '').toLowerCase().includes('json')) {
        const parsed = parseJsonLossless(text, counter);
        if (parsed.ok)
          results.push({
            name: script.id || null,
            source: 'json-script',
            value: parsed.value,
            start: 0,
            end: text.length,
          });
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
