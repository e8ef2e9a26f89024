import { describe, expect, it } from 'vitest';
import { absoluteHttpsUrl } from '../../../lib/sites/https-url';

const BASE = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

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

/** What absoluteHttpsUrl must always equal, whatever shortcut it may take: the URL parser. */
function byParser(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol === 'http:') url.protocol = 'https:';
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

describe('absoluteHttpsUrl equals the URL parser (http upgraded, other schemes dropped)', () => {
  it.each([
    '//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803',
    'https://item.taobao.com/item.htm?id=1&spm=a1z09.2.0.0',
    '//a.b', // no path: the parser adds "/"
    '//x.com?a',
    'https://A.com/x', // upper-case host
    '//x.com/./a', // dot segments
    '//x.com/a/../b',
    '//x.com:443/a',
    "//x.com/a'b", // percent-encoded by the parser
    '//x.com/a?b=圆通',
    '//1.2.3.4/a',
    '//9.9/a',
    'http://x.com/a',
    'javascript:alert(1)',
    'mailto:a@b.c',
    '/relative/path?x=1',
    ' //x.com/a ',
  ])('%j is what the URL parser makes of it', (href) => {
    expect(absoluteHttpsUrl(href, BASE)).toBe(byParser(href, BASE));
  });

  it('equals the parser on 20,000 generated protocol-relative and https links', () => {
    const alphabet = "abcAZ09-._~/?#@!$&'()*+,;=%:[]\\ 圆\t./..";
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const differing: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let href = rnd() < 0.5 ? '//' : 'https://';
      const hostLength = 1 + Math.floor(rnd() * 8);
      for (let k = 0; k < hostLength; k++) href += 'ab.-9X'[Math.floor(rnd() * 6)];
      const pathLength = Math.floor(rnd() * 12);
      for (let k = 0; k < pathLength; k++) href += alphabet[Math.floor(rnd() * alphabet.length)];
      if (absoluteHttpsUrl(href, BASE) !== byParser(href, BASE)) differing.push(href);
    }
    expect(differing).toEqual([]);
  });
});
