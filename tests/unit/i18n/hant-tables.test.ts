import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hantConverter } from '../../../lib/i18n/hant/convert';
import * as zhHk from '../../../lib/i18n/hant/zh-hk.generated';
import * as zhTw from '../../../lib/i18n/hant/zh-tw.generated';

type Catalogue = Record<string, { message: string; description?: string; placeholders?: unknown }>;
const load = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalogue;
const generator = (flag: string) => execFileSync('node', ['scripts/gen-zh-hant.mjs', flag], { encoding: 'utf8' });

describe('the traditional-Chinese catalogues and tables (scripts/gen-zh-hant.mjs)', () => {
  it('are what the script makes of zh_CN and the content today (regenerate after changing either)', () => {
    // Exits 1 and names each stale file: a key added to zh_CN, or content changed, without a regeneration.
    let stale = '';
    try {
      generator('--check');
    } catch (error) {
      stale = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(stale).toBe('');
  });

  it('convert every content string as OpenCC does, with only the entries they need', () => {
    type Expected = Record<'zh_TW' | 'zh_HK', Record<'PANEL' | 'GUARD', Record<string, string>>>;
    const expected = JSON.parse(generator('--expected')) as Expected;
    for (const [locale, tables] of [
      ['zh_TW', zhTw],
      ['zh_HK', zhHk],
    ] as const) {
      for (const name of ['PANEL', 'GUARD'] as const) {
        const convert = hantConverter(tables[name]);
        const strings = Object.entries(expected[locale][name]);
        expect(strings.length).toBeGreaterThan(name === 'PANEL' ? 300 : 10);
        for (const [simplified, traditional] of strings) {
          expect(convert(simplified), `${locale} ${name}: ${simplified}`).toBe(traditional);
        }
      }
    }
  });

  it('keep every key, placeholder and description of zh_CN; `uiLang` names the catalogue', () => {
    const zh = load('zh_CN');
    for (const locale of ['zh_TW', 'zh_HK']) {
      const hant = load(locale);
      expect(Object.keys(hant)).toEqual(Object.keys(zh));
      expect(hant.uiLang?.message).toBe(locale);
      for (const [key, entry] of Object.entries(zh)) {
        const converted = hant[key]!;
        expect(converted.placeholders, key).toEqual(entry.placeholders);
        expect(converted.description, key).toBe(entry.description);
        const tokens = (m: string) => m.match(/\$\w+\$|\$\d/g) ?? [];
        expect(tokens(converted.message), key).toEqual(tokens(entry.message));
      }
    }
  });

  it('are in traditional characters', () => {
    const tw = load('zh_TW');
    const hk = load('zh_HK');
    expect(tw.extDescription?.message).toBe(
      '自動找到亞馬遜和淘寶/天貓的訂單資訊，幫你寫好給客服的訊息，並記錄每一次聯絡。',
    );
    expect(hk.extDescription?.message).toBe(
      '自動找到亞馬遜和淘寶/天貓的訂單信息，幫你寫好給客服的消息，並記錄每一次聯繫。',
    );
    // Quotation marks as Taiwan and Hong Kong write them.
    expect(tw.templateEmpty?.message).toBe('範本是空的。請寫入內容，或點「取消」保留原來的範本。');
  });
});

// Read in the output, 2026 (see the fixes in scripts/gen-zh-hant.mjs): what OpenCC alone wrote, and what Kefu says.
describe('conversions OpenCC gets wrong in Kefu’s text', () => {
  const tw = hantConverter(zhTw.PANEL);
  const hk = hantConverter(zhHk.PANEL);
  it.each([
    ['同时联系发卡银行。', '髮卡', '發卡銀行'],
    ['卖家可以立刻拦截发货', '截髮', '攔截發貨'],
    ['而不是只说“有问题”', '隻', '而不是只說'],
    ['就取消订单并为我全额退款', '併', '並為我'],
    ['联系了卖家并发送了照片', '併', '並傳送'],
    ['先看商品页面上的描述、规格、尺码表', '碼錶', '尺碼表'],
  ])('%s (not %s)', (text, wrong, right) => {
    expect(tw(text)).not.toContain(wrong);
    expect(tw(text)).toContain(right);
    expect(hk(text)).not.toContain(wrong);
  });

  it.each([
    ['注销账户', '登出', '註銷帳戶'],
    ['告诉我这件商品的具体规格和参数', '引數', '規格和參數'],
    ['打电话时按语音提示选择语言和服务类型。', '型別', '服務類型'],
    ['准备好账号绑定的手机号或邮箱', '繫結', '帳號綁定'],
    ['在对话框里输入“人工服务”', '對話方塊', '在對話框裡輸入「人工服務」'],
    ['点“查看物流”', '檢視', '「查看物流」'],
    ['质量问题/商品损坏', '質量', '品質問題'],
    ['跟踪包裹', '跟蹤', '追蹤包裹'],
    ['卖家处理不了再找平台', '平臺', '再找平台'],
    ['社交媒体上的问题往往', '社交媒體', '社群媒體'],
  ])('Taiwan: %s (not %s)', (text, wrong, right) => {
    expect(tw(text)).not.toContain(wrong);
    expect(tw(text)).toContain(right);
  });

  it('the catalogues: Chrome’s own menu name, a stopwatch', () => {
    for (const locale of ['zh_TW', 'zh_HK']) {
      const hant = load(locale);
      expect(hant.welcomeStepPin?.message).toContain('「擴充功能」');
      expect(hant.notesErrorExpectedTime?.message).toContain('毫秒表示');
    }
    // Taiwan's words for a template, the toolbar and a way of contact (Hong Kong keeps OpenCC's).
    const tw = load('zh_TW');
    expect(tw.editTemplate?.message).toBe('編輯範本');
    expect(JSON.stringify(tw)).not.toMatch(/模板|工具欄|渠道|社交媒體|臺/);
    expect(JSON.stringify(tw)).toContain('工具列');
  });
});
