import { describe, expect, it } from 'vitest';
import type { NotesExport } from '../../../lib/notes';
import { CARD, makeStore, rejection } from './helpers';

function fileWith(extra: Partial<NotesExport>): NotesExport {
  return {
    format: 'kefu-notes',
    version: 2,
    exportedAt: '2024-05-01T00:00:00.000Z',
    cases: [],
    entries: [],
    templates: [],
    settings: [],
    ...extra,
  };
}

const template = (over: Record<string, unknown> = {}) => ({
  id: 'tpl-1',
  problemKind: 'refund-request',
  lang: 'en',
  title: 'Refund',
  body: 'Please refund order {orderId}.',
  builtIn: false,
  updatedAt: 5,
  ...over,
});

describe('import cannot set dangerous settings or junk values', () => {
  it('never imports copyRaw, and drops unknown setting keys with a count', async () => {
    const { store } = makeStore();
    const result = await store.importJson(
      fileWith({
        settings: [
          { key: 'copyRaw', value: true },
          { key: 'theme', value: 'dark' },
        ],
      }),
    );
    expect(result.settingsSkipped).toBe(2);
    expect(await store.getSetting('copyRaw')).toBeUndefined();
    expect(await store.getSetting('theme')).toBeUndefined();
  });

  it('never imports copyRaw from a version 1 file either', async () => {
    const { store } = makeStore();
    const v1 = {
      format: 'kefu-notes',
      version: 1,
      cases: [],
      entries: [],
      settings: [{ key: 'copyRaw', value: true }],
    };
    expect((await store.importJson(v1)).settingsSkipped).toBe(1);
    expect(await store.getSetting('copyRaw')).toBeUndefined();
  });

  it('keeps the stored copyRaw choice whatever the file says', async () => {
    const { store } = makeStore();
    await store.setSetting('copyRaw', false);
    await store.importJson(fileWith({ settings: [{ key: 'copyRaw', value: true }] }));
    expect(await store.getSetting('copyRaw')).toBe(false);
  });

  it("takes a manual case's help URL only as the form does: https, no user or password", async () => {
    const manualCase = (helpUrl: string) => ({
      id: 'case-1',
      platform: 'other',
      shop: 'Shop',
      orderId: 'A-1',
      title: 'Shop A-1',
      helpUrl,
      status: 'open',
      createdAt: 1,
      updatedAt: 1,
    });
    for (const helpUrl of [
      'javascript:alert(document.domain)',
      'data:text/html,<script>alert(1)</script>',
      'http://shop.example/help',
      'https://amazon.com@evil.example/',
      'https://user:pw@shop.example/help',
      'help page',
    ]) {
      const error = await rejection(fileWith({ cases: [manualCase(helpUrl)] as NotesExport['cases'] }));
      expect(error.message).toBe('cases[0].helpUrl: expected https://…');
    }
    // A port was accepted by the form before 2026-11-30: such a backup still restores (the help links leave it out).
    for (const helpUrl of ['https://help.shop.example/contact', 'https://shop.example:8443/help']) {
      const { store } = makeStore();
      await store.importJson(fileWith({ cases: [manualCase(helpUrl)] as NotesExport['cases'] }));
      expect((await store.getCase('case-1'))?.helpUrl).toBe(helpUrl);
    }
  });

  it('checks template problemKind and lang against their pick-lists, naming record and field', async () => {
    const kind = await rejection(fileWith({ templates: [template(), template({ id: 't2', problemKind: 'late' })] }));
    expect(kind.code).toBe('import');
    expect(kind.message).toMatch(/^templates\[1\]\.problemKind: expected one of not-received, /);
    const lang = await rejection(fileWith({ templates: [template({ lang: 'zh' })] }));
    expect(lang.message).toBe('templates[0].lang: expected one of zh_CN, en');
  });

  it('sanitises imported templates like typed ones', async () => {
    const { store } = makeStore();
    await store.importJson(fileWith({ templates: [template({ title: `Card ${CARD}`, body: `Paid with ${CARD}` })] }));
    const [stored] = await store.listTemplates();
    expect(stored).toMatchObject({ title: 'Card [card ••••1111]', body: 'Paid with [card ••••1111]' });
  });

  it('putTemplate applies the same pick-lists and limits as import', async () => {
    const { store } = makeStore();
    const typed = (over: Record<string, unknown>) => store.putTemplate({ ...template(), ...over } as never);
    await expect(typed({ problemKind: 'late' })).rejects.toMatchObject({
      code: 'invalid',
      message: 'problemKind: unknown "late"',
    });
    await expect(typed({ lang: 'fr' })).rejects.toMatchObject({ code: 'invalid', message: 'lang: unknown "fr"' });
    // A body may be longer than other texts (the first builds allowed any length; their backups must import).
    await expect(typed({ body: 'x'.repeat(100_001) })).rejects.toMatchObject({
      code: 'invalid',
      message: 'body: at most 100,000 characters',
    });
    await expect(typed({ title: 'x'.repeat(10_001) })).rejects.toMatchObject({
      code: 'invalid',
      message: 'title: at most 10,000 characters',
    });
    expect(await store.listTemplates()).toEqual([]);
  });

  it('imports a backup whose template body is over 10,000 characters (the first builds allowed it)', async () => {
    // History audit (.tmp/s16/notes): such a template made its whole backup refused.
    const { store } = makeStore();
    await store.importJson(fileWith({ templates: [template({ body: 'Long template. '.repeat(800) }) as never] }));
    expect((await store.listTemplates())[0]?.body).toHaveLength(12_000);
  });
});
