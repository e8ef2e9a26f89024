import { describe, expect, it } from 'vitest';
import { isProblemKind, PROBLEM_KIND_IDS, PROBLEM_KINDS, problemLabel } from '../../../lib/templates';

describe('PROBLEM_KINDS', () => {
  it('lists the 15 fixed ids in order, each once', () => {
    expect(PROBLEM_KINDS.map((p) => p.id)).toEqual([...PROBLEM_KIND_IDS]);
    expect(PROBLEM_KIND_IDS).toEqual([
      'not-received',
      'not-shipped',
      'tracking-stalled',
      'refund-request',
      'refund-progress',
      'quality-damage',
      'wrong-item',
      'cancel-order',
      'change-address',
      'cannot-login',
      'account-compromised',
      'close-account',
      'billing-question',
      'product-question',
      'escalation',
    ]);
  });

  it('has zh and en labels and one-line descriptions for every kind', () => {
    for (const p of PROBLEM_KINDS) {
      for (const lang of ['zh_CN', 'en'] as const) {
        expect(p.label[lang].trim(), `${p.id} ${lang}`).not.toBe('');
        expect(p.description[lang].trim()).not.toBe('');
        expect(p.description[lang]).not.toContain('\n');
      }
      expect(p.label.zh_CN).toMatch(/[\u4e00-\u9fff]/);
      expect(p.label.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('uses the Chinese labels of the brief', () => {
    expect(problemLabel('not-received', 'zh_CN')).toBe('未收到货');
    expect(problemLabel('wrong-item', 'zh_CN')).toBe('发错货或尺码不符');
    expect(problemLabel('cannot-login', 'zh_CN')).toBe('无法登录/账户被锁');
  });

  it('marks only the account problems and the question before buying as not order-related', () => {
    const notOrder = PROBLEM_KINDS.filter((p) => !p.orderRelated).map((p) => p.id);
    expect(notOrder).toEqual(['cannot-login', 'account-compromised', 'close-account', 'product-question']);
  });

  // Seed 001 lists what Tmall's service is for: 商品详情咨询, 订单状态查询, 支付难题, 发货速度; seed 000 Q4 and
  // seed 003 (订单延迟) add the order that was paid for but never sent.
  it("covers seed 001's product questions and the order that has not shipped", () => {
    expect(problemLabel('product-question', 'zh_CN')).toMatch(/商品咨询/);
    expect(problemLabel('product-question', 'en')).toMatch(/before buying/i);
    expect(problemLabel('not-shipped', 'zh_CN')).toMatch(/发货/);
    expect(problemLabel('not-shipped', 'en')).toMatch(/not shipped/i);
    const info = PROBLEM_KINDS.find((p) => p.id === 'product-question');
    for (const word of ['尺码', '颜色', '安装', '售后']) expect(info?.description.zh_CN).toContain(word);
    for (const word of ['size', 'colour', 'installation', 'after-sales']) expect(info?.description.en).toContain(word);
  });

  it('recognises ids', () => {
    expect(isProblemKind('refund-progress')).toBe(true);
    expect(isProblemKind('refund')).toBe(false);
    expect(isProblemKind(undefined)).toBe(false);
  });
});
