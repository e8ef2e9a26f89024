import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findEmbeddedJson, type WorkCounter } from '../../../lib/extract/embedded-json';
import { extractTaobaoPage } from '../../../lib/sites/taobao/extract';
import { collectTextChunks } from '../../../lib/sites/taobao/text-chunks';

/**
 * Linearity without a clock: the reader and the extractor charge their work (characters scanned, nodes visited)
 * to a counter; 4× the input must cost at most ~4× the work. A quadratic path would cost ~16×.
 */
const MAX_RATIO = 4.6;

function steps(run: (counter: WorkCounter) => void): number {
  const counter = { steps: 0 };
  run(counter);
  return counter.steps;
}

function expectLinear(at: (n: number) => number, n: number): void {
  const small = at(n);
  const large = at(4 * n);
  expect(small).toBeGreaterThan(0);
  expect(large / small).toBeLessThanOrEqual(MAX_RATIO);
}

describe('embedded-JSON reader: work grows linearly, even on pathological scripts', () => {
  const patterns: [string, (n: number) => string][] = [
    ['unbalanced assignments a={', (n) => 'a={'.repeat(n)],
    ['nested unbalanced braces', (n) => `x = ${'{'.repeat(n)}`],
    ['unterminated JSON.parse strings', (n) => "JSON.parse('".repeat(n)],
    ['long identifier then =', (n) => `${'a'.repeat(n * 3)}=`],
    ['many equals signs', (n) => '= '.repeat(n)],
    ['valid small assignments', (n) => 'var a = {"n": [1, 2, 3]};'.repeat(n)],
    ['one big JSON.parse string', (n) => `var data = JSON.parse('{\\"s\\":\\"${'\\u4E2D'.repeat(n)}\\"}');`],
    ['deep nesting', (n) => `var d = ${'['.repeat(n)}${']'.repeat(n)};`],
  ];
  it.each(patterns)('%s', (_name, make) => {
    expectLinear((n) => steps((counter) => findEmbeddedJson(make(n), { counter })), 2000);
  });
});

function listPage(rows: number, layout: 'old-table' | 'segments' | 'json'): { doc: Document; url: URL } {
  const href = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
  const window = new Window({
    url: href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const parts: string[] = [];
  if (layout === 'json') {
    const orders = Array.from({ length: rows }, (_, i) => {
      const id = `48656400150${String(i).padStart(4, '0')}4803`;
      return `{\\"id\\":${id},\\"orderInfo\\":{\\"createDay\\":\\"2025-11-08\\"},\\"payInfo\\":{\\"actualFee\\":\\"47.40\\"},\\"seller\\":{\\"shopName\\":\\"\\u5E97\\"},\\"statusInfo\\":{\\"text\\":\\"\\u4EA4\\u6613\\u6210\\u529F\\"},\\"subOrders\\":[{\\"itemInfo\\":{\\"title\\":\\"t\\",\\"itemUrl\\":\\"//item.taobao.com/item.htm?id=1\\"},\\"quantity\\":\\"1\\"}]}`;
    });
    parts.push(`<script>var data = JSON.parse('{\\"mainOrders\\":[${orders.join(',')}]}');</script>`);
  } else {
    for (let i = 0; i < rows; i++) {
      const id = `11469017966${String(i).padStart(5, '0')}`;
      const open = layout === 'old-table' ? `<table><tbody data-orderid="${id}">` : '<div><div>';
      const close = layout === 'old-table' ? '</tbody></table>' : '</div></div>';
      parts.push(
        `${open}<tr><td>订单号：${id}</td><td>成交时间：2015-06-01</td><td><a href="//store.taobao.com/shop/view_shop.htm">店</a></td></tr>` +
          `<tr><td><a href="//item.taobao.com/item.htm?id=${i}">宝贝${i}</a></td><td class="quantity">1</td>` +
          `<td class="amount"><strong>9.90</strong></td><td>交易成功</td></tr>${close}`,
      );
    }
  }
  window.document.write(`<body>${parts.join('')}</body>`);
  return { doc: window.document as unknown as Document, url: new URL(href) };
}

describe('Taobao extractor: work grows linearly with the page', () => {
  it.each(['old-table', 'segments', 'json'] as const)('%s list: 4× the orders costs ≤ 4.6× the work', (layout) => {
    let found = 0;
    expectLinear((n) => {
      const { doc, url } = listPage(n, layout);
      return steps((counter) => {
        found = extractTaobaoPage(doc, url, { platform: 'taobao', marketplace: 'taobao' }, 'order-list', counter).orders
          .length;
      });
    }, 50);
    expect(found).toBe(200); // and it still found every order of the larger page
  });

  it('deep nesting: text collection visits each node a bounded number of times', () => {
    expectLinear((n) => {
      const window = new Window({ url: 'https://trade.taobao.com/' });
      let parent = window.document.body as unknown as Element;
      for (let i = 0; i < n; i++) {
        const div = (window.document as unknown as Document).createElement('div');
        parent.appendChild(div);
        parent = div;
      }
      parent.textContent = '订单号：4865640015090004803';
      return steps((counter) => {
        expect(collectTextChunks(window.document.body as unknown as Node, counter)).toHaveLength(1);
      });
    }, 2500);
  });
});
