import { describe, expect, it } from 'vitest';
import { absoluteHttpsUrl, parsedHttpsUrl as byParser } from '../../../lib/sites/https-url';
import { Rng } from './random-html';

const BASE = new URL('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm');

describe('absoluteHttpsUrl', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=1&x=%E4%B8%AD#top', 'https://item.taobao.com/item.htm?id=1&x=%E4%B8%AD#top'],
    [
      '//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1',
      'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1',
    ],
    ['http://www.amazon.com/gp/css/summary/print.html', 'https://www.amazon.com/gp/css/summary/print.html'],
    [
      '/gp/your-account/order-details?orderID=1',
      'https://buyertrade.taobao.com/gp/your-account/order-details?orderID=1',
    ],
    ['  https://a.example/b  ', 'https://a.example/b'],
    ['https://A.Example/a b', 'https://a.example/a%20b'],
    ['https://a.example/"x"', 'https://a.example/%22x%22'],
    ['https://a.example/中', 'https://a.example/%E4%B8%AD'],
    ['https://a.example:443/p', 'https://a.example/p'],
  ])('%s → %s', (href, url) => {
    expect(absoluteHttpsUrl(href, BASE)).toBe(url);
    expect(byParser(href, BASE)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'mailto:a@b.c',
    'tel:+1',
    'data:text/html,x',
    'ftp://a.example/',
    '',
    '   ',
    null,
    undefined,
  ])('drops %j', (href) => {
    expect(absoluteHttpsUrl(href, BASE)).toBeUndefined();
    expect(byParser(href, BASE)).toBeUndefined();
  });

  it('normalises plain absolute links exactly as the URL parser does', () => {
    for (const href of [
      'https://h.example/a/b?c=d&e=f#g',
      '//h.example/a(1)*,;=@!$~-._:[x]',
      'https://h.example',
      '//h.example?q=1',
      'https://h.example/a/../b/./c',
      '//h.example/a/%2e%2E/b',
      'https://H.EXAMPLE/A',
      'https://0x7f.1/a',
      '//192.168.0.1/a',
    ]) {
      const parsed = new URL(href, BASE);
      expect(absoluteHttpsUrl(href, BASE)).toBe(parsed.href);
    }
  });
});

describe('absoluteHttpsUrl on generated links', () => {
  // Pieces the URL parser treats specially (case, dots, percent forms, IPv4 hosts, ports, users, punycode, spaces,
  // quotes, non-ASCII), glued at random: every result must equal the parser's own, or both reject.
  const pieces = [
    'https://',
    'http://',
    '//',
    '/',
    'a',
    'B',
    'h.example',
    'x-y',
    '1',
    '0x7f',
    '.',
    '..',
    '/./',
    '/../',
    '%2e',
    '%2E',
    '%41',
    '%',
    '?',
    '#',
    '&',
    '=',
    ':',
    '@',
    ':443',
    ':80',
    'xn--',
    'xn--p1ai',
    ' ',
    '"',
    "'",
    '`',
    '<',
    '^',
    '|',
    '\\',
    '[',
    ']',
    '{',
    '中',
    '~',
    '!',
    '$',
    '(',
    '*',
    ',',
    ';',
    '_',
    '\t',
    'javascript:',
    'tel:',
  ];
  const rng = new Rng(7);
  it('equals the URL parser on 20,000 links', () => {
    // Not a proof the fast path ran (it is a shortcut to the same answer): a check that the links exercise it.
    let fastPathShaped = 0;
    for (let n = 0; n < 20_000; n++) {
      let href = rng.pick(['https://', 'http://', '//', '']);
      href += rng.pick([
        'h.example',
        'a.b.example',
        'x-y.cn',
        'H.example',
        '1.2.3.4',
        'xn--p1ai.example',
        'xn--a.example',
      ]);
      for (let i = 0, len = rng.int(8); i < len; i++) href += rng.pick(pieces);
      const expected = byParser(href.trim(), BASE);
      if (/^(?:https?:)?\/\/[a-z.-]+(?:\/|$)/.test(href)) fastPathShaped++;
      expect(absoluteHttpsUrl(href, BASE), href).toBe(expected);
    }
    expect(fastPathShaped).toBeGreaterThan(1_500);
  });
});

// Bases the parser treats differently: user and password kept, a port kept, schemes that make no https link.
const PATH_BASES = [
  BASE,
  new URL('http://www.amazon.de/gp/x'),
  new URL('https://user:pw@www.amazon.com/gp/x'),
  new URL('https://www.amazon.com:8443/gp/x'),
  new URL('file:///tmp/page.html'),
  new URL('about:blank'),
];

describe('absoluteHttpsUrl on generated paths', () => {
  it('equals the URL parser for paths relative to https and http pages', () => {
    const chars = [
      '/',
      'a',
      'Z',
      '.',
      '..',
      '%2e',
      '%2E',
      '%41',
      '?',
      '#',
      '&',
      ':',
      '@',
      ' ',
      '"',
      "'",
      '`',
      '中',
      '\\',
      '~',
    ];
    const rng = new Rng(11);
    for (let n = 0; n < 10_000; n++) {
      let href = '/';
      for (let i = 0, len = rng.int(9); i < len; i++) href += rng.pick(chars);
      for (const base of PATH_BASES) {
        const expected = byParser(href, base);
        expect(absoluteHttpsUrl(href, base), `${href} on ${base.href}`).toBe(expected);
      }
    }
  });
});

describe('absoluteHttpsUrl against unusual bases', () => {
  it.each(['//a.example/x', '/gp/x', 'https://a.example', '/'])('%s', (href) => {
    for (const base of PATH_BASES) {
      const expected = byParser(href, base);
      expect(absoluteHttpsUrl(href, base), base.href).toBe(expected);
    }
  });
});

describe('absoluteHttpsUrl on links that name their host (the Taobao script: without the parser)', () => {
  it('equals the URL parser on 20,000 generated links, on every kind of base', () => {
    const pieces = ['/', 'a', 'B', '.', '..', '/./', '/../', '%2e', '%41', '%', '?', '#', '&', '=', ':', '@', ':443'];
    const rng = new Rng(13);
    let fastPathShaped = 0;
    for (let n = 0; n < 20_000; n++) {
      let href = rng.pick(['https://', 'http://', '//', '/', ' //', 'HTTPS://', 'javascript:']);
      href += rng.pick(['h.example', 'a.b.example', 'x-y.cn', 'H.example', '1.2.3.4', 'xn--p1ai.example', '']);
      if (rng.chance(0.5)) href += '/';
      for (let i = 0, len = rng.int(8); i < len; i++) href += rng.pick([...pieces, ' ', '"', '中', '\\', '`']);
      if (/^(?:https?:)?\/\/[a-z.-]+\//.test(href)) fastPathShaped++;
      for (const base of PATH_BASES)
        expect(absoluteHttpsUrl(href, base), `${href} on ${base.href}`).toBe(byParser(href, base));
    }
    expect(fastPathShaped).toBeGreaterThan(1_500);
    for (const href of [null, undefined, '', '  ', 'undefined'])
      expect(absoluteHttpsUrl(href, BASE)).toBe(byParser(href, BASE));
  });

  it('makes the links of a Taobao list without constructing a URL', () => {
    // ~150 links a 50-order list: the parser cost ~0.25 ms of it (Chromium 2026-11).
    const Parser = globalThis.URL;
    let constructed = 0;
    globalThis.URL = class extends Parser {
      constructor(url: string | URL, base?: string | URL) {
        super(url, base);
        constructed++;
      }
    };
    try {
      expect(absoluteHttpsUrl('//item.taobao.com/item.htm?id=911178585754&_u=820glpv28seed8', BASE)).toBe(
        'https://item.taobao.com/item.htm?id=911178585754&_u=820glpv28seed8',
      );
      expect(
        absoluteHttpsUrl(
          'https://market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId=1&oldUrl=%2F%2Fx',
          BASE,
        ),
      ).toBe('https://market.m.taobao.com/app/dinamic/pc-trade-logistics/home.html?orderId=1&oldUrl=%2F%2Fx');
      expect(absoluteHttpsUrl('//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1', BASE)).toBe(
        'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1',
      );
      expect(constructed).toBe(0);
    } finally {
      globalThis.URL = Parser;
    }
  });
});
