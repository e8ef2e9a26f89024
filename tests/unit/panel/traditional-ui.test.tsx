// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PrivacyWarning } from '../../../components/PrivacyWarning';
import { channelAdvice, checklist, securityReminder } from '../../../lib/help';
import { hantConverter } from '../../../lib/i18n/hant/convert';
import { PANEL as ZH_HK } from '../../../lib/i18n/hant/zh-hk.generated';
import { PANEL as ZH_TW } from '../../../lib/i18n/hant/zh-tw.generated';
import type { UiLocale } from '../../../lib/i18n/locale';
import { PROBLEM_KINDS, placeholderLabel, suggestedOutcomes } from '../../../lib/templates';
import { byTestId, installI18n, panelTestLifecycle, waitFor } from '../notes-ui/helpers';
import { besideTab, TAOBAO_ORDER_PAGE } from './beside-tab';

// A shopper in Taiwan or Hong Kong buying on Taobao: the panel in traditional characters, advice included; the message
// to the shop (on the mainland) in simplified ones.
describe('the panel in a traditional-Chinese UI', () => {
  const ui = panelTestLifecycle();
  // Characters only simplified Chinese writes: none may be left in what the panel shows the shopper.
  const SIMPLIFIED_ONLY = /[们这发么说问题货单运时联系认证码请对应帮务实]/;

  const mountOnTaobao = async (locale: UiLocale) => {
    installI18n(locale);
    await besideTab(TAOBAO_ORDER_PAGE);
    const { App } = await import('../../../entrypoints/sidepanel/App');
    const { root } = ui.mount(<App />);
    await waitFor(() => byTestId(root, 'channel-advice') !== null);
    return root;
  };

  it('zh_TW: the advice, the problems and the fields in traditional characters, tagged zh-TW', async () => {
    const root = await mountOnTaobao('zh_TW');
    const tw = hantConverter(ZH_TW);
    const why = channelAdvice('taobao', 'not-received', 'zh_CN').why;
    const advice = byTestId(root, 'channel-advice')!;
    expect(advice.textContent).toContain(tw(why));
    expect(advice.textContent).not.toContain(why);
    expect(advice.querySelector('p[lang]')?.getAttribute('lang')).toBe('zh-TW');

    const items = checklist('taobao', 'not-received', 'zh_CN').map((item) => tw(item.text));
    const checklistText = byTestId(root, 'checklist')!.textContent ?? '';
    for (const item of items) expect(checklistText).toContain(item);
    expect(checklistText).toContain(tw(securityReminder('zh_CN')));
    for (const id of ['help-links', 'channel-advice', 'checklist', 'contact-tips']) {
      expect(byTestId(root, id)!.textContent, id).not.toMatch(SIMPLIFIED_ONLY);
    }

    const picker = byTestId<HTMLSelectElement>(root, 'problem-picker')!;
    expect(picker.getAttribute('lang')).toBe('zh-TW');
    expect([...picker.options].map((o) => o.textContent)).toEqual(PROBLEM_KINDS.map((p) => tw(p.label.zh_CN)));
    expect(picker.textContent).toContain('品質問題/商品損壞');

    // What the page did not give: the field is named in traditional characters; a suggestion reads so in its label,
    // and goes into the message as written.
    const outcome = byTestId<HTMLInputElement>(root, 'missing-outcome')!;
    const label = outcome.previousElementSibling!;
    expect(label.textContent).toBe(tw(placeholderLabel('outcome', 'zh_CN')));
    expect(label.getAttribute('lang')).toBe('zh-TW');
    const option = root.querySelector<HTMLOptionElement>(`#${outcome.getAttribute('list')} option`)!;
    const suggestion = suggestedOutcomes('not-received', 'zh_CN')[0]!;
    expect(option.value).toBe(suggestion);
    expect(option.getAttribute('label')).toBe(tw(suggestion));
    expect(option.getAttribute('label')).not.toBe(suggestion);
  });

  it('zh_TW: the message to the shop stays in simplified characters, tagged zh-CN', async () => {
    const root = await mountOnTaobao('zh_TW');
    const message = byTestId<HTMLTextAreaElement>(root, 'message')!;
    await waitFor(() => message.value.includes('订单号'));
    expect(message.value).toContain('4861628750601004803');
    expect(message.value).toContain('【请填写：');
    expect(message.value).not.toContain('訂單');
    expect(message.getAttribute('lang')).toBe('zh-CN');
  });

  it('zh_HK: Hong Kong’s characters, tagged zh-HK', async () => {
    const root = await mountOnTaobao('zh_HK');
    const hk = hantConverter(ZH_HK);
    const advice = byTestId(root, 'channel-advice')!;
    expect(advice.textContent).toContain(hk(channelAdvice('taobao', 'not-received', 'zh_CN').why));
    expect(advice.textContent).not.toMatch(SIMPLIFIED_ONLY);
    expect(advice.querySelector('p[lang]')?.getAttribute('lang')).toBe('zh-HK');
    // Hong Kong keeps its own words where Taiwan's differ (聯繫, not 聯絡).
    expect(byTestId(root, 'checklist')!.textContent).not.toContain('聯絡');
  });

  it('zh_TW: names what the privacy check found in traditional characters, also in a Chinese message', () => {
    installI18n('zh_TW');
    const match = { type: 'payment-card', start: 0, end: 19, confidence: 1, value: '4111 1111 1111 1111' } as const;
    const { root } = ui.mount(<PrivacyWarning matches={[match]} lang="zh_CN" onRedact={() => {}} />);
    expect(byTestId(root, 'privacy-warning')?.textContent).toContain('發現：銀行卡號。');
  });

  it('zh_CN is unchanged: the advice as written', async () => {
    const root = await mountOnTaobao('zh_CN');
    const why = channelAdvice('taobao', 'not-received', 'zh_CN').why;
    expect(byTestId(root, 'channel-advice')!.textContent).toContain(why);
    expect(byTestId(root, 'channel-advice')!.querySelector('p[lang]')?.getAttribute('lang')).toBe('zh-CN');
  });
});
