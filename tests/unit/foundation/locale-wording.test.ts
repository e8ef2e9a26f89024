import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityReminder } from '../../../lib/help/security-reminder';
import { PLACEHOLDER_NAMES } from '../../../lib/templates';

// Language review (.tmp/s16/copy): one word per thing across the panel, the in-page guard and the exports, and no
// sentence that reads wrong once its placeholder is filled.
const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const zh = load('zh_CN');
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\$(\w+)\$/g, (m, name: string) => values[name] ?? m);

describe('terms are the same everywhere', () => {
  it('Chinese text names the product 客服助手, never the Latin “Kefu” (the name itself aside)', () => {
    for (const [key, { message }] of Object.entries(zh)) {
      if (key === 'extName') continue;
      expect(message, key).not.toMatch(/Kefu/);
    }
  });

  it('masking is one word in each language (the panel’s “Mask” / 遮盖, not “Redact” / 打码)', () => {
    for (const [key, { message }] of Object.entries(en)) expect(message, key).not.toMatch(/\bRedact/i);
    for (const [key, { message }] of Object.entries(zh)) expect(message, key).not.toMatch(/打码/);
  });

  it('a genuine agent is 真正的客服 (合法的客服 read as “a licensed agent”)', () => {
    for (const [key, { message }] of Object.entries(zh)) expect(message, key).not.toMatch(/合法的客服/);
  });

  it('Chinese addresses the shopper one way, 你 (您 is for the agent, in the templates), as the in-page reminder does', () => {
    for (const [key, { message }] of Object.entries(zh)) expect(message, key).not.toMatch(/您/);
    expect(securityReminder('zh_CN')).not.toMatch(/您/);
  });

  it('the selected order is 所选订单, as in English: 当前订单 read as the tab’s order when a reminder opened another', () => {
    expect(en.selectedOrder?.message).toBe('Selected order');
    expect(zh.selectedOrder?.message).toBe('所选订单');
  });

  it('English spells e-mail one way', () => {
    for (const [key, { message }] of Object.entries(en)) expect(message, key).not.toMatch(/\bEmail\b/);
  });

  // A case (one order's dealings with customer service) is a 客服记录, counted with 份; a contact inside it is a
  // 联系记录, counted with 条. 案例 read as “example / case study”; 售后 is Taobao's own refund flow (退款售后), 工单
  // the shop's ticket (notesReference), 跟进 the reminder: each would name something else.
  it('Chinese calls a case 客服记录 (份), never 案例, and a contact in it 联系记录 (条)', () => {
    for (const [key, { message }] of Object.entries(zh)) {
      expect(message, key).not.toMatch(/案例/);
      expect(message, key).not.toMatch(/[个条]客服记录/);
      expect(message, key).not.toMatch(/[个份]联系记录/);
    }
    for (const dir of ['lib', 'components', 'entrypoints']) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (/\.tsx?$/.test(file)) expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/案例/);
      }
    }
    expect(zh.notesTitle!.message).toBe('客服记录');
    expect(zh.notesTimeline!.message).toBe('联系记录');
    expect(fill(zh.notesImportedCases_other!.message, { ADDED: '2', UPDATED: '1' })).toBe(
      '新增 2 份客服记录，更新 1 份',
    );
    expect(fill(zh.notesImportedEntries_other!.message, { ADDED: '3', UPDATED: '0' })).toBe(
      '新增 3 条联系记录，更新 0 条',
    );
  });

  it('Chinese calls an escalation 升级处理 and never says 备忘 (not 升级投诉)', () => {
    for (const [key, { message }] of Object.entries(zh)) {
      expect(message, key).not.toMatch(/备忘/);
      expect(message, key).not.toMatch(/升级投诉/);
    }
    // Both escalation notices name the same person to ask for.
    expect(zh.notesEscalateManyContacts!.message).toMatch(/主管/);
    expect(zh.notesEscalateOverdueNoPromise!.message).toMatch(/主管/);
  });

  it('the notes filter over Amazon/Taobao/Tmall/other is “Platform”, not “Shop” (the seller’s shop name field)', () => {
    expect(en.notesFilterPlatform!.message).toBe('Platform');
    expect(en.notesFilterPlatform!.message).not.toBe(en.fieldShop!.message);
  });

  it('guard prose uses typographic quotes, as the panel does', () => {
    for (const [key, { message }] of Object.entries(en)) {
      if (key.startsWith('guard')) expect(message, key).not.toContain('"');
    }
  });
});

describe('sentences read right once filled', () => {
  it('the overdue notification reads right for a single follow-up', () => {
    expect(fill(en.notesOverdueTitle!.message, { COUNT: '1' })).not.toMatch(/\b1 follow-ups\b/);
    expect(fill(zh.notesOverdueTitle!.message, { COUNT: '1' })).not.toMatch(/1 个跟进/);
  });

  it('a field that is “not in the form Kefu expects” reads without a doubled 的', () => {
    const text = fill(zh.notesPlainProblem!.message, {
      RECORD: '第 2 条联系记录',
      FIELD: '时间',
      WHAT: zh.notesPlainWrongKind!.message,
    });
    expect(text).toBe('第 2 条联系记录的时间格式不对。');
    expect(
      fill(zh.notesPlainRecordProblem!.message, {
        RECORD: fill(zh.notesPlainRecordCase!.message, { N: '1' }),
        WHAT: zh.notesPlainWrongKind!.message,
      }),
    ).toBe('第 1 份客服记录格式不对。');
  });

  it('the follow-up date in the case list is a label, not “Follow up 6 Nov 2025”', () => {
    expect(fill(en.notesFollowUpOn!.message, { WHEN: '6 Nov 2025, 14:00' })).toBe('Follow-up: 6 Nov 2025, 14:00');
  });
});

describe('a shopper on a shop Kefu does not read is pointed to the manual form', () => {
  // Other-shops journey (s19 qa-other): on JD, Pinduoduo or eBay the panel said only "open Amazon or Taobao/Tmall",
  // and "No help page known… Add one when you enter the order by hand" for an order already entered by hand. Both now
  // name the section where it is done, by its own title.
  it.each([
    ['noOrdersOnPage', en],
    ['noOrdersOnPage', zh],
    ['noHelpLinks', en],
    ['noHelpLinks', zh],
  ])('%s names the manual section', (key, catalogue) => {
    expect(catalogue[key]!.message).toContain(catalogue.manualTitle!.message);
  });
});

describe('no wording that says something else', () => {
  // Each was shown to users; the comment says what was wrong.
  const RETIRED: readonly [string, RegExp, string][] = [
    ['guardPasswordTitle', /in a customer-service page/, 'a page is “on”, not “in”'],
    ['guardSettingsHint', /Nothing you type leaves the page/, 'the message does leave the page when sent'],
    ['resetTemplate', /^Reset to built-in$/, 'built-in what?'],
    ['manualAlreadyEntered', /its case, with its notes, is open/, 'clumsy; no full stop'],
  ];
  it.each(RETIRED)('%s', (key, wording) => {
    expect(en[key]!.message).not.toMatch(wording);
  });
  it('zh guard hint does not claim the typed text never leaves the page', () => {
    expect(zh.guardSettingsHint!.message).not.toMatch(/不会离开页面/);
  });

  it('the template editor lists every placeholder a template may use', () => {
    for (const catalogue of [en, zh]) {
      const listed = catalogue.templatePlaceholdersHint!.message.match(/\{(\w+)\}/g)?.map((p) => p.slice(1, -1));
      expect([...(listed ?? [])].sort()).toEqual([...PLACEHOLDER_NAMES].sort());
    }
  });
});
