import { describe, expect, it } from 'vitest';
import {
  decodeJsStringLiteral,
  findEmbeddedJson,
  parseJsonLossless,
  scanBalanced,
  toStrictJson,
} from '../../../lib/extract/embedded-json';

describe('decodeJsStringLiteral', () => {
  it.each([
    [String.raw`'\u4E2D\u901A\u5FEB\u9012'`, '中通快递'],
    [String.raw`'\x41\x62'`, 'Ab'],
    [String.raw`'it\'s \"q\" \\ \/ end'`, `it's "q" \\ / end`],
    [String.raw`"a\nb\tc\r\b\f\v\0"`, 'a\nb\tc\r\b\f\v\0'],
    [String.raw`'\u{1F600}'`, '😀'],
    ["'line\\\ncontinued'", 'linecontinued'],
    [String.raw`'\q'`, 'q'],
    ['`tpl "x"`', 'tpl "x"'],
  ])('%s', (literal, value) => {
    expect(decodeJsStringLiteral(literal, 0)).toEqual({ value, end: literal.length });
  });

  it('decodes any string however a script quoted it (seeded random strings, four encodings)', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = [
      'a',
      'Z',
      '0',
      ' ',
      '"',
      "'",
      '\\',
      '/',
      '\n',
      '\t',
      '\u2028',
      '中',
      '😀',
      '\u0001',
      '{',
      ':',
      ',',
    ];
    const encodings: ((s: string) => string)[] = [
      (s) => JSON.stringify(s),
      (s) => `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`,
      (s) => `'${[...s].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}'`,
      (s) => `'${JSON.stringify(s).slice(1, -1).replace(/'/g, '\\x27')}'`,
    ];
    for (let n = 0; n < 500; n++) {
      const value = Array.from({ length: rand(40) }, () => alphabet[rand(alphabet.length)]).join('');
      for (const encode of encodings) {
        const literal = encode(value);
        expect(decodeJsStringLiteral(`x(${literal})`, 2)).toEqual({ value, end: literal.length + 2 });
      }
    }
  });

  it.each([
    ["'unterminated"],
    ["'raw\nnewline'"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a JS template literal as script text, on purpose
    ['`${x}`'],
    [String.raw`'\u12'`],
    [String.raw`'\xZZ'`],
    ['no quote'],
  ])('gives up on %j', (literal) => {
    expect(decodeJsStringLiteral(literal, 0)).toBeNull();
  });
});

describe('parseJsonLossless / toStrictJson', () => {
  it('keeps integers beyond 2^53 exact as strings, leaves safe numbers alone', () => {
    const r = parseJsonLossless('{"id":4865640015090004803,"n":-12345678901234567890,"small":2216935000348,"f":47.4}');
    expect(r).toEqual({
      ok: true,
      value: { id: '4865640015090004803', n: '-12345678901234567890', small: 2216935000348, f: 47.4 },
    });
  });

  it('does not touch digits inside strings', () => {
    expect(parseJsonLossless('{"s":"4865640015090004803 and 1e999"}')).toEqual({
      ok: true,
      value: { s: '4865640015090004803 and 1e999' },
    });
  });

  it('accepts the JS-literal extras of inline scripts', () => {
    expect(parseJsonLossless("{a: 'x', 'b': [1, 2,], /* c */ c: undefined, // d\n d: true,}")).toEqual({
      ok: true,
      value: { a: 'x', b: [1, 2], c: null, d: true },
    });
  });

  it.each([
    ['{a: foo()}'],
    ['{"a": new Date()}'],
    ['{"a": 1'],
    [''],
    ['{"a" 1}'],
    ['function(){}'],
  ])('rejects %j', (text) => {
    expect(parseJsonLossless(text)).toEqual({ ok: false });
  });

  it('re-encodes strings that JSON would reject', () => {
    expect(toStrictJson("{'k': 'a\\'b\\x41'}")).toBe('{"k":"a\'bA"}');
  });
});

describe('parseJsonLossless strict-JSON shortcut', () => {
  it('quotes only bare unsafe integers, never digits inside strings, fractions or exponents', () => {
    const text =
      ' [{"id":12345678901234567890,"s":"x\\"12345678901234567890","f":12345678901234567.5,"e":1234567890123456e2,"z":-0,"ok":9007199254740991}]';
    expect(parseJsonLossless(text)).toEqual({
      ok: true,
      value: [
        {
          id: '12345678901234567890',
          s: 'x"12345678901234567890',
          f: Number('12345678901234567.5'),
          e: 1234567890123456e2,
          z: -0,
          ok: 9007199254740991,
        },
      ],
    });
  });

  it('quotes long integers in arrays too, and keeps value-like digits inside strings as they are', () => {
    const text =
      '{"ids":[4865640015090004803, -4865640015090004803,12],"rateGift":"{orders:[orderId: 4842865550334004803,item","s":"a,4865640015090004803]"}';
    expect(parseJsonLossless(text)).toEqual({
      ok: true,
      value: {
        ids: ['4865640015090004803', '-4865640015090004803', 12],
        rateGift: '{orders:[orderId: 4842865550334004803,item',
        s: 'a,4865640015090004803]',
      },
    });
  });

  it('quotes each whole run of 16 or more digits, wherever runs of other lengths stand next to it', () => {
    // The runs are found by a regex written out digit by digit (V8 skips ahead on it); a run must never be cut.
    const text =
      '[123456789012345,1234567890123456789012,-98765432109876543,12345678901234567.8,1e5,9007199254740993,0,99999999999999999]';
    expect(parseJsonLossless(text)).toEqual({
      ok: true,
      value: [
        123456789012345,
        '1234567890123456789012',
        '-98765432109876543',
        Number('12345678901234567.8'),
        1e5,
        '9007199254740993',
        0,
        '99999999999999999',
      ],
    });
  });

  it('falls back to the JS-literal reader, in linear time, when the text is not strict JSON', () => {
    expect(parseJsonLossless('{a: 12345678901234567890, \'b\': "x"}')).toEqual({
      ok: true,
      value: { a: '12345678901234567890', b: 'x' },
    });
    // One unterminated string full of escaped quotes: a big-integer pass that retried from every quote would be
    // quadratic (~5·10^9 steps here) and blow the test timeout; the linear one answers at once. No clock read.
    const hostile = `[1234567890123456789,"${'\\"'.repeat(50_000)}`;
    expect(parseJsonLossless(hostile)).toEqual({ ok: false });
  });
});

describe('scanBalanced', () => {
  it('skips brackets in strings and comments', () => {
    const text = 'x = {"a": "}", b: [1, {c: \'{\'}], /* } */ d: 1 // }\n} tail';
    const open = text.indexOf('{');
    expect(text.slice(open, scanBalanced(text, open) ?? 0)).toBe(text.slice(open, text.lastIndexOf('}') + 1));
  });
  it('returns null when unbalanced or mismatched', () => {
    expect(scanBalanced('{ [ }', 0)).toBeNull();
    expect(scanBalanced('{ {', 0)).toBeNull();
  });
});

describe('findEmbeddedJson', () => {
  it('finds JSON.parse strings, object literals and window.__INITIAL_DATA__, with their names', () => {
    const script = `
      var data = JSON.parse('{\\"id\\":4861628750601004803,\\"name\\":\\"\\u4E2D\\u901A\\"}');
      var detailData = {"orders": {"id": 2987654321098765432}};
      window.__INITIAL_DATA__ = {a: 1};
      window["other"] = [1, 2];
      if (a == {}) {}
      const f = function () { return 1; };
      JSON.parse("[true]");
    `;
    const found = findEmbeddedJson(script);
    expect(found.map((f) => [f.name, f.source, f.value])).toEqual([
      ['data', 'json-parse', { id: '4861628750601004803', name: '中通' }],
      ['detailData', 'literal', { orders: { id: '2987654321098765432' } }],
      ['__INITIAL_DATA__', 'literal', { a: 1 }],
      ['other', 'literal', [1, 2]],
      [null, 'json-parse', [true]],
    ]);
  });

  it('skips broken candidates and keeps going', () => {
    const script = `var a = JSON.parse('{broken'); var b = {x: y()}; var c = {"ok": 1};`;
    expect(findEmbeddedJson(script).map((f) => f.value)).toEqual([{ ok: 1 }]);
  });

  it('stops at maxResults and within its budget', () => {
    const script = 'var a = {"n":1};'.repeat(50);
    expect(findEmbeddedJson(script, { maxResults: 3 })).toHaveLength(3);
    const counter = { steps: 0 };
    findEmbeddedJson('a={'.repeat(5000), { counter });
    expect(counter.steps).toBeLessThanOrEqual(15_000 * 8 + 100_000 + 10_000);
  });
});
