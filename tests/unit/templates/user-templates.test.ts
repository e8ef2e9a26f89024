import { describe, expect, it } from 'vitest';
import {
  builtInTemplate,
  builtInTemplateId,
  builtInTemplates,
  effectiveTemplate,
  isOverride,
  overrideTemplate,
  resetTemplate,
  type StoredTemplate,
  type Template,
  templatesFor,
} from '../../../lib/templates';

describe('user templates', () => {
  it('has 30 built-ins with unique ids', () => {
    const all = builtInTemplates();
    expect(all).toHaveLength(30);
    expect(new Set(all.map((t) => t.id)).size).toBe(30);
    expect(all.every((t) => t.builtIn && t.updatedAt === 0)).toBe(true);
  });

  it('uses the built-in until the user edits it, then the newest edit; reset brings the built-in back', () => {
    expect(effectiveTemplate('not-received', 'en', [])).toEqual(builtInTemplate('not-received', 'en'));
    const old = overrideTemplate('not-received', 'en', { body: 'old {orderId}' }, 100);
    const edit = overrideTemplate('not-received', 'en', { title: 'Mine', body: 'Hi {orderId}' }, 200);
    const otherLang = overrideTemplate('not-received', 'zh_CN', { body: '你好' }, 300);
    const overrides = [old, edit, otherLang];
    const effective = effectiveTemplate('not-received', 'en', overrides);
    expect(effective.body).toBe('Hi {orderId}');
    expect(effective.title).toBe('Mine');
    expect(effective.builtIn).toBe(false);
    expect(isOverride(effective)).toBe(true);

    const after = resetTemplate('not-received', 'en', overrides);
    expect(after).toEqual([otherLang]);
    expect(effectiveTemplate('not-received', 'en', after)).toEqual(builtInTemplate('not-received', 'en'));
    expect(effectiveTemplate('not-received', 'zh_CN', after).body).toBe('你好');
  });

  it('lists the effective built-in first, then the user’s own templates newest first', () => {
    const own = (id: string, updatedAt: number): Template => ({
      id,
      problemKind: 'refund-request',
      lang: 'zh_CN',
      title: id,
      body: '{orderId}',
      builtIn: false,
      updatedAt,
    });
    const list = templatesFor('refund-request', 'zh_CN', [own('a', 1), own('b', 5), { ...own('c', 9), lang: 'en' }]);
    expect(list.map((t) => t.id)).toEqual([builtInTemplateId('refund-request', 'zh_CN'), 'b', 'a']);
    expect(isOverride(own('a', 1))).toBe(false);
  });
});

describe('interop with stored rows', () => {
  it('accepts rows typed as the notes database stores them', () => {
    const row: StoredTemplate = {
      id: 'builtin:escalation:en',
      problemKind: 'escalation',
      lang: 'en',
      title: 'Mine',
      body: 'Please escalate {orderId}',
      builtIn: false,
      updatedAt: 5,
    };
    const junk: StoredTemplate = { ...row, id: 'x', problemKind: 'nope', lang: 'fr' };
    expect(effectiveTemplate('escalation', 'en', [row, junk]).body).toBe('Please escalate {orderId}');
    expect(templatesFor('escalation', 'en', [row, junk]).map((t) => t.id)).toEqual(['builtin:escalation:en']);
    expect(resetTemplate('escalation', 'en', [row, junk])).toEqual([junk]);
  });
});
