import { describe, expect, it } from 'vitest';
import { collectTextChunks } from '../../../lib/sites/taobao/text-chunks';
import { parseHtml } from './parse-html';

describe('collectTextChunks', () => {
  const doc = parseHtml(
    `<body><div class="Order-Row"><a href="/d?id=1"><b>订单号: 1</b> <i>x</i></a>
      <script>var decoy = "订单号: 2"</script><style>.a{}</style><noscript>3</noscript><textarea>4</textarea>
      <select><optgroup label="g"><option>5</option></optgroup></select>
      <svg><g><text>6<tspan>7</tspan></text></g></svg>
      <template><p>8</p></template><select><option><span>9</span></option></select><noscript><div>10</div></noscript><p>  实付款:\n ￥9.00 </p></div></body>`,
    'https://trade.taobao.com/trade/detail/trade_item_detail.htm',
  );

  it('keeps the text a shopper sees, in order, with its link, emphasis and class hints', () => {
    const chunks = collectTextChunks(doc.body);
    expect(chunks.map((c) => c.text)).toEqual(['订单号: 1', 'x', '实付款: ￥9.00']);
    // Class hints: the 4 nearest ancestors' classes up to the text's cell (b, a, div, body), lower-cased.
    expect(chunks[0]).toEqual({
      text: '订单号: 1',
      key: '订单号: 1',
      href: '/d?id=1',
      linkTitle: null,
      emphasis: true,
      classHint: '   order-row ',
    });
    expect(chunks[1]).toMatchObject({ href: '/d?id=1', emphasis: false });
    expect(chunks[2]?.classHint).toBe('  order-row  ');
  });

  it('counts its work and stops at the chunk limit', () => {
    const counter = { steps: 0 };
    expect(collectTextChunks(doc.body, counter, 2)).toHaveLength(2);
    expect(counter.steps).toBeGreaterThan(2);
    expect(collectTextChunks(null)).toEqual([]);
  });
});
