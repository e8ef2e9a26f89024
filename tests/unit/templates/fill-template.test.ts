import { describe, expect, it } from 'vitest';
import {
  builtInTemplate,
  fillTemplate,
  type Lang,
  PLACEHOLDER_NAMES,
  PROBLEM_KIND_IDS,
  PROBLEM_KINDS,
  placeholdersIn,
  type TemplateData,
  validateTemplateBody,
} from '../../../lib/templates';

const LANGS: readonly Lang[] = ['zh_CN', 'en'];

const FULL: TemplateData = {
  orderId: '4213376587012345678',
  orderDate: '2025年11月6日',
  item: '无线蓝牙耳机',
  total: '¥153.00',
  trackingId: 'YT7512345678901',
  carrier: '圆通速递',
  shop: '小米官方旗舰店',
  tried: '联系了卖家',
  outcome: '为我补发',
  contactHistory: [{ date: '2025-11-02', channel: 'chat', agent: '小王', promise: '48小时内回复' }],
  platform: '淘宝',
  details: '屏幕有裂痕',
  newAddress: '上海市某区某路1号',
  account: 'user@example.com',
  refundDate: '2025年11月10日',
  lastUpdate: '11月8日 到达杭州转运中心',
  arrival: '物流显示包裹已经签收，但我并没有收到。',
  shipping: '订单页面显示了运单号 YT7512345678901，但物流一直没有揽收记录。',
};

const CASES = PROBLEM_KINDS.flatMap((p) => LANGS.map((lang) => ({ kind: p.id, lang, info: p })));

describe('built-in templates', () => {
  it.each(CASES)('$kind/$lang renders with nothing left to fill when all data is present', ({ kind, lang }) => {
    const r = fillTemplate(builtInTemplate(kind, lang), FULL, lang);
    expect(r.missing).toEqual([]);
    expect(r.segments.every((s) => s.kind === 'text')).toBe(true);
    expect(r.text).not.toMatch(/[{}]/);
    expect(r.text).not.toContain('【请填写');
    expect(r.text).not.toContain('[fill in');
    expect(r.text).toBe(r.segments.map((s) => (s.kind === 'text' ? s.text : '')).join(''));
  });

  it.each(CASES)('$kind/$lang marks exactly the one missing value, wherever it is', ({ kind, lang }) => {
    const body = builtInTemplate(kind, lang).body;
    const used = placeholdersIn(body);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) {
      const data: TemplateData = { ...FULL, [name]: undefined };
      const r = fillTemplate(body, data, lang);
      expect(r.missing, name).toEqual([name]);
      const segs = r.segments.filter((s) => s.kind === 'missing');
      expect(segs.length).toBeGreaterThan(0);
      expect(segs.every((s) => s.kind === 'missing' && s.name === name && s.label.length > 0)).toBe(true);
      expect(r.text).toContain(lang === 'zh_CN' ? '【请填写：' : '[fill in: ');
    }
  });

  it.each(CASES)('$kind/$lang with no data marks every placeholder it uses, in order', ({ kind, lang }) => {
    const body = builtInTemplate(kind, lang).body;
    const r = fillTemplate(body, {}, lang);
    expect(r.missing).toEqual(placeholdersIn(body));
  });

  it.each(CASES)('$kind/$lang has the shape of a good message', ({ kind, lang, info }) => {
    const t = builtInTemplate(kind, lang);
    expect(t.title.trim()).not.toBe('');
    expect(validateTemplateBody(t.body).unknownPlaceholders).toEqual([]);
    const used = placeholdersIn(t.body);
    // One clear request, and the facts first.
    expect(used).toContain('outcome');
    expect(t.body.match(/\{outcome\}/g)).toHaveLength(1);
    if (info.orderRelated) expect(used[0]).toBe('orderId');
    // A question before buying has no order yet: the item comes first.
    else if (kind === 'product-question') expect(used[0]).toBe('item');
    else expect(used).toContain('account');
    if (kind === 'escalation') expect(used).toContain('contactHistory');
    else expect(used).toContain('tried');
    if (lang === 'zh_CN') {
      expect(t.body.startsWith('您好')).toBe(true);
      expect(t.body.trimEnd().endsWith('谢谢！')).toBe(true);
    } else {
      expect(t.body.startsWith('Hello')).toBe(true);
      expect(t.body).toMatch(/Thank you/);
      expect(t.body).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('puts tracking ID and carrier in the delivery templates', () => {
    for (const lang of LANGS) {
      for (const kind of ['not-received', 'tracking-stalled'] as const) {
        const used = placeholdersIn(builtInTemplate(kind, lang).body);
        expect(used).toEqual(expect.arrayContaining(['trackingId', 'carrier', 'orderDate', 'item', 'total', 'shop']));
      }
    }
  });
});

describe('fillTemplate', () => {
  it('renders missing values as visible markers in each language', () => {
    const zh = fillTemplate('运单号：{trackingId}', {}, 'zh_CN');
    expect(zh.text).toBe('运单号：【请填写：运单号】');
    expect(zh.segments).toEqual([
      { kind: 'text', text: '运单号：' },
      { kind: 'missing', name: 'trackingId', label: '运单号' },
    ]);
    const en = fillTemplate('Tracking ID: {trackingId}.', { trackingId: '  ' }, 'en');
    expect(en.text).toBe('Tracking ID: [fill in: tracking ID].');
    expect(en.missing).toEqual(['trackingId']);
  });

  it('lists a placeholder used twice once, but marks both places', () => {
    const r = fillTemplate('{orderId} / {orderId} / {shop}', { shop: 'S' }, 'en');
    expect(r.missing).toEqual(['orderId']);
    expect(r.segments.filter((s) => s.kind === 'missing')).toHaveLength(2);
    expect(r.text).toBe('[fill in: order ID] / [fill in: order ID] / S');
  });

  it('does not expand placeholders that appear inside values', () => {
    const r = fillTemplate('{details}', { details: 'I typed {orderId}' }, 'en');
    expect(r.text).toBe('I typed {orderId}');
    expect(r.missing).toEqual([]);
  });

  it('keeps unknown placeholders as written and accepts spaces inside braces', () => {
    const r = fillTemplate('{ orderId } {foo} {订单号}', { orderId: '1' }, 'zh_CN');
    expect(r.text).toBe('1 {foo} {订单号}');
    expect(r.missing).toEqual([]);
  });

  it('accepts a template object and ready-written history text', () => {
    const r = fillTemplate({ body: 'A:\n{contactHistory}' }, { contactHistory: '打过两次电话' }, 'zh_CN');
    expect(r.text).toBe('A:\n打过两次电话');
  });

  it('treats an empty history list as missing', () => {
    const r = fillTemplate('{contactHistory}', { contactHistory: [] }, 'en');
    expect(r.missing).toEqual(['contactHistory']);
    expect(r.text).toBe('[fill in: earlier contacts]');
  });

  it('fills the escalation template with the contact history in each language', () => {
    const history = [
      { date: '2025-11-05', channel: 'phone' as const, reference: 'C-88' },
      { date: '2025-11-02', channel: 'chat' as const, agent: '小王', promise: '48小时内回复' },
    ];
    const zh = fillTemplate(builtInTemplate('escalation', 'zh_CN'), { ...FULL, contactHistory: history }, 'zh_CN');
    expect(zh.missing).toEqual([]);
    expect(zh.text).toContain(
      '之前的联系记录：\n11月2日 在线联系了客服，客服小王承诺48小时内回复，未兑现\n11月5日 拨打了客服电话，工单号：C-88',
    );
    const en = fillTemplate(
      builtInTemplate('escalation', 'en'),
      {
        ...FULL,
        contactHistory: [
          // Due on 4 Nov: long past when the letter is written.
          {
            date: '2025-11-02',
            channel: 'chat',
            agent: 'Wang',
            promise: 'a reply within 48 hours',
            checkBy: '2025-11-04',
          },
        ],
      },
      'en',
    );
    expect(en.text).toContain(
      'Earlier contacts:\nOn 2 Nov I chatted with customer service; agent Wang promised a reply within 48 hours; nothing happened',
    );
    const none = fillTemplate(builtInTemplate('escalation', 'en'), { ...FULL, contactHistory: undefined }, 'en');
    expect(none.missing).toEqual(['contactHistory']);
  });
});

describe('validateTemplateBody', () => {
  it('reports unknown placeholders once each, in order', () => {
    expect(validateTemplateBody('Hi {orderid} {orderId} {订单号} {orderid} {tracking}').unknownPlaceholders).toEqual([
      'orderid',
      '订单号',
      'tracking',
    ]);
  });

  it('accepts every known placeholder and plain text', () => {
    const body = PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(' ');
    expect(validateTemplateBody(body).unknownPlaceholders).toEqual([]);
    expect(validateTemplateBody('no placeholders, just {} braces').unknownPlaceholders).toEqual([]);
    expect(validateTemplateBody('no placeholders, just {} braces').brokenBraces).toEqual([]);
    expect(validateTemplateBody(body).brokenBraces).toEqual([]);
  });

  // Saving refuses a template with an unknown placeholder: a kaomoji or a bit of JSON in braces made a template
  // impossible to save ("check {^_^}"), though Kefu leaves such text as written when it fills the template.
  it('reads braces around no name (emoticons, JSON-ish text) as plain text, not as unknown placeholders', () => {
    for (const body of ['收到啦 {^_^} 谢谢', 'Thanks {>_<}!', 'see { }', 'data: {"qty": 2}', 'size {w:30, h:20}']) {
      expect(validateTemplateBody(body)).toEqual({ unknownPlaceholders: [], brokenBraces: [] });
    }
    // A name in another script, with a space, hyphen or dot is still a typo of one.
    expect(validateTemplateBody('{订单号} {order id} {order-id} {order.id}').unknownPlaceholders).toEqual([
      '订单号',
      'order id',
      'order-id',
      'order.id',
    ]);
  });

  // A brace left open or doubled was saved without a word, and the message then went to the shop with
  // "Order {orderId and" or "{4213376587012345678}" in it.
  it('reports a placeholder with a missing, stray or doubled brace, as the user wrote it', () => {
    expect(validateTemplateBody('Order {orderId and {total} ok').brokenBraces).toEqual(['{orderId']);
    expect(validateTemplateBody('Order orderId} here {shop}').brokenBraces).toEqual(['orderId}']);
    expect(validateTemplateBody('Order {{orderId}} paid').brokenBraces).toEqual(['{{orderId}}']);
    expect(validateTemplateBody('订单号：{ orderId\n谢谢').brokenBraces).toEqual(['{ orderId']);
    expect(validateTemplateBody('Order {orderId and {total} ok').unknownPlaceholders).toEqual([]);
  });

  // Bad-input hunt (s19): "{{ }}" was reported as "Unknown placeholders: {}" — braces round nothing but spaces are plain
  // text like "{}"; and "{{ orderId }}" was reported as two pieces ("{{", "}}") instead of as the user wrote it.
  it('takes braces round only spaces as plain text, and names a spaced doubled placeholder whole', () => {
    for (const body of ['{{ }}', '{ }', 'Hi { \t} there', '{{  }} {orderId}']) {
      expect(validateTemplateBody(body)).toEqual({ unknownPlaceholders: [], brokenBraces: [] });
    }
    expect(fillTemplate('Hi {{ }}', {}, 'en').text).toBe('Hi {{ }}');
    expect(validateTemplateBody('Order {{ orderId }} paid').brokenBraces).toEqual(['{{ orderId }}']);
    expect(validateTemplateBody('Order orderId }} paid').brokenBraces).toEqual(['orderId }}']);
    expect(validateTemplateBody('Order {{ orderId and').brokenBraces).toEqual(['{{ orderId']);
  });

  it('finds no broken brace in any built-in template', () => {
    for (const kind of PROBLEM_KIND_IDS)
      for (const lang of LANGS) expect(validateTemplateBody(builtInTemplate(kind, lang).body).brokenBraces).toEqual([]);
  });
});
