import { describe, expect, it } from 'vitest';
import { isProblemKind, PROBLEM_KIND_IDS, PROBLEM_KINDS, problemLabel } from '../../../lib/templates';

describe('PROBLEM_KINDS', () => {
  it('lists the 13 fixed ids in order, each once', () => {
    expect(PROBLEM_KINDS.map((p) => p.id)).toEqual([...PROBLEM_KIND_IDS]);
    expect(PROBLEM_KIND_IDS).toEqual([
      'not-received',
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

  it('marks only the account problems as not order-related', () => {
    const notOrder = PROBLEM_KINDS.filter((p) => !p.orderRelated).map((p) => p.id);
    expect(notOrder).toEqual(['cannot-login', 'account-compromised', 'close-account']);
  });

  it('recognises ids', () => {
    expect(isProblemKind('refund-progress')).toBe(true);
    expect(isProblemKind('refund')).toBe(false);
    expect(isProblemKind(undefined)).toBe(false);
  });
});
