/** Seeded generators of hostile inputs for the robustness tests. Same seed → same inputs, so failures reproduce. */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const TAGS = [
  'div',
  'span',
  'a',
  'p',
  'table',
  'tbody',
  'tr',
  'td',
  'strong',
  'em',
  'ul',
  'li',
  'dl',
  'dt',
  'dd',
  'b',
  'h3',
  'section',
];
const ATTRS = [
  'class="order-container"',
  'class="amount"',
  'class="quantity"',
  'class="shopname"',
  'class="price-mod__price___x"',
  'data-orderid="4865640015090004803"',
  'data-orderid="abc"',
  'data-order-id=""',
  'href="//item.taobao.com/item.htm?id=1"',
  'href="//trade.tmall.com/detail/orderDetail.htm?bizOrderId=123456789012345"',
  'href="//store.taobao.com/shop/view_shop.htm"',
  'href="javascript:void(0)"',
  'href="https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567"',
  'href="::::"',
  'id="list-bought-items"',
  'data-x="{{{{"',
];
const TEXTS = [
  '订单号',
  '订单号：',
  '订单编号:4865640015090004803',
  '支付宝交易号：2025110622001159201458733264',
  '成交时间：2025-11-06',
  '2025-13-45',
  '实付款',
  '实付款：￥',
  '￥',
  '153.00',
  '-￥27.00',
  '交易成功',
  '卖家已发货',
  '运单号：',
  '运单号：YT1234567890123',
  '物流公司：中通快递',
  '中通快递',
  'x2',
  '×',
  'Order placed',
  'ORDER # 112-1234567-1234567',
  '$12.99',
  'Total',
  'Delivered',
  '\u0000',
  '\ud800',
  '<',
  '&amp;&#x4E2D;&#99999999;',
  '🙂',
];
const SCRIPTS = [
  'var data = JSON.parse(\'{\\"mainOrders\\":[{\\"id\\":4865640015090004803,\\"orderInfo\\":{\\"createDay\\":\\"2025-11-08\\"}}]}\');',
  'var data = JSON.parse(\'{\\"mainOrders\\":[{\\"id\\":',
  "var data = JSON.parse('\\u4E2D\\x4",
  "JSON.parse('",
  'JSON.parse("\\u{110000}")',
  'var detailData = {"a": {"b": [1, 2, {"c": "}"}]}',
  'var detailData = {{{{{{{{{{',
  'window.__INITIAL_DATA__ = {a: b(), c: [1,,2]};',
  'window.__INITIAL_DATA__ = ]]]]}}}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a JS template literal inside script text, on purpose
  'var x = `${1}`; var y = {"k": `v`};',
  'var data = {"mainOrders": null};',
  'var data = {"mainOrders": [null, 1, "x", {"id": {}}]};',
  'var data = {"mainOrder": {"id": "4861628750601004803", "payInfo": {"actualFee": {"name": "实付款", "value": [[[[]]]]}}}};',
  '/* unterminated comment {',
  '// line comment {\n var a = {"ok": true};',
  "a = '\\\n'",
  '=====',
  'a=={}=>{}',
];

function randomText(rng: Rng): string {
  if (rng.chance(0.02)) return 'x'.repeat(rng.int(20_000));
  if (rng.chance(0.3)) return String(rng.int(10 ** 9)) + String(rng.int(10 ** 9)) + String(rng.int(10));
  return rng.pick(TEXTS);
}

function randomScript(rng: Rng): string {
  const parts: string[] = [];
  const n = 1 + rng.int(4);
  for (let i = 0; i < n; i++) {
    const base = rng.pick(SCRIPTS);
    parts.push(rng.chance(0.3) ? base.slice(0, rng.int(base.length + 1)) : base);
  }
  if (rng.chance(0.05)) parts.push(`var data = JSON.parse('${'\\u4E2D'.repeat(rng.int(5000))}');`);
  if (rng.chance(0.05)) parts.push(`var a = ${'{"a":'.repeat(rng.int(2000))}1${'}'.repeat(rng.int(2000))};`);
  return parts.join(rng.chance(0.5) ? '\n' : ' ');
}

/** Random script text (for the embedded-JSON reader directly). */
export function randomScriptText(rng: Rng): string {
  return randomScript(rng);
}

/** Random, often malformed HTML: random tags and attributes, order-ish text, broken scripts. */
export function randomHtml(rng: Rng, maxNodes = 60): string {
  const out: string[] = [];
  const open: string[] = [];
  const nodes = 1 + rng.int(maxNodes);
  for (let i = 0; i < nodes; i++) {
    const r = rng.float();
    if (r < 0.35) {
      const tag = rng.pick(TAGS);
      const attrs = rng.chance(0.6) ? ` ${rng.pick(ATTRS)}` : '';
      out.push(`<${tag}${attrs}>`);
      if (!rng.chance(0.1)) open.push(tag); // sometimes never closed
    } else if (r < 0.55 && open.length > 0) {
      out.push(`</${rng.chance(0.9) ? open.pop() : rng.pick(TAGS)}>`);
    } else if (r < 0.65) {
      out.push(`<script>${randomScript(rng)}</script>`);
    } else if (r < 0.67) {
      out.push('<script type="application/json">{"a": [1, 2');
    } else {
      out.push(randomText(rng));
    }
  }
  if (rng.chance(0.5)) while (open.length > 0) out.push(`</${open.pop()}>`);
  return out.join('');
}
