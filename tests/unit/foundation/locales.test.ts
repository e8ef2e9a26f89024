import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('locales', () => {
  const en = load('en');
  const zh = load('zh_CN');
  it('zh_CN and en define exactly the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('no message is empty, and zh_CN messages are actually Chinese where en has letters', () => {
    for (const [key, { message }] of Object.entries(en)) {
      expect(message.trim(), key).not.toBe('');
      const zhMessage = zh[key]!.message;
      expect(zhMessage.trim(), key).not.toBe('');
      if (/[a-z]{3}/i.test(message.replace(/\$\w+\$/g, ''))) expect(zhMessage, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  it('placeholders used in en exist in zh_CN', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const placeholders = (message.match(/\$\w+\$/g) ?? []).sort();
      expect((zh[key]!.message.match(/\$\w+\$/g) ?? []).sort(), key).toEqual(placeholders);
    }
  });
});
