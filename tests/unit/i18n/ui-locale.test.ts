import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bcp47, shownBcp47, shownLocale, tPlural, uiBcp47, uiLang, uiLocale } from '../../../lib/i18n';
import { installI18n } from '../notes-ui/helpers';

// A shopper in Taiwan or Hong Kong (many buy on Taobao) got the English panel: there was no traditional catalogue.
describe('the UI language of each catalogue', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    // catalogue, content language, <html lang>, Chinese content shown as, a Chinese message tagged as
    ['zh_TW', 'zh_CN', 'zh-TW', 'zh-TW', 'zh-CN'],
    ['zh_HK', 'zh_CN', 'zh-HK', 'zh-HK', 'zh-CN'],
    ['zh_CN', 'zh_CN', 'zh-CN', 'zh-CN', 'zh-CN'],
    ['en', 'en', 'en', 'zh-CN', 'zh-CN'],
  ] as const)('%s: content in %s, the page in %s, Chinese advice in %s, a Chinese message in %s', (catalogue, content, page, advice, message) => {
    installI18n(catalogue);
    expect(uiLocale()).toBe(catalogue);
    // A traditional UI reads the Chinese templates and advice (the same content as zh_CN), not the English ones.
    expect(uiLang()).toBe(content);
    expect(uiBcp47()).toBe(page);
    expect(shownBcp47('zh_CN')).toBe(advice);
    expect(shownBcp47('en')).toBe('en');
    // The message to the shop is written in simplified characters whatever the UI.
    expect(bcp47('zh_CN')).toBe(message);
  });

  it.each([
    ['zh-TW', 'zh_TW'],
    ['zh-HK', 'zh_HK'],
    ['zh-Hant-HK', 'zh_HK'],
    ['zh-Hant', 'zh_TW'],
    ['zh-CN', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['en-US', 'en'],
    ['de', 'en'],
  ] as const)('without a catalogue, a browser in %s is taken as %s', (language, locale) => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
    expect(uiLocale()).toBe(locale);
    expect(uiLang()).toBe(locale === 'en' ? 'en' : 'zh_CN');
  });

  it('shows Chinese content as the UI writes it, English content as it is', () => {
    installI18n('zh_TW');
    expect(shownLocale('zh_CN')).toBe('zh_TW');
    expect(shownLocale('en')).toBe('en');
    installI18n('en');
    expect(shownLocale('zh_CN')).toBe('zh_CN');
  });

  it('counts with the traditional catalogue’s own keys', () => {
    installI18n('zh_TW');
    expect(tPlural(2, 'notesImportedCases_one', 'notesImportedCases_other', ['2', '1'])).toBe(
      '新增 2 份客服記錄，更新 1 份',
    );
  });
});
