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
