// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { shopMessageLang } from '../../../components/MessageLangHint';
import type { OrderContext } from '../../../components/order-context';
import { TemplateComposer } from '../../../components/TemplateComposer';
import { AMAZON_MARKETPLACES } from '../../../lib/sites/amazon/marketplaces';
import type { Lang } from '../../../lib/templates';
import { amazonOrder, byTestId, click, installI18n, renderRootLifecycle, waitFor } from '../notes-ui/helpers';

describe('shopMessageLang: the language a shop reads, of Chinese and English', () => {
  it.each(AMAZON_MARKETPLACES.map((m) => m.domain))('%s', (domain) => {
    expect(shopMessageLang({ platform: 'amazon', marketplace: domain })).toBe(domain === 'amazon.cn' ? 'zh_CN' : 'en');
  });

  it('Chinese on Taobao and Tmall, nothing for a shop Kefu does not know', () => {
    expect(shopMessageLang({ platform: 'taobao', marketplace: 'taobao' })).toBe('zh_CN');
    expect(shopMessageLang({ platform: 'tmall', marketplace: null })).toBe('zh_CN');
    expect(shopMessageLang({ platform: 'other', marketplace: null })).toBeNull();
    // An Amazon order with no storefront is amazon.com's, as its help links are.
    expect(shopMessageLang({ platform: 'amazon', marketplace: null })).toBe('en');
  });
});

describe('the composer offers the shop’s language when the message is in the other one', () => {
  const rootOf = renderRootLifecycle();
  const de: OrderContext = { ...amazonOrder('302-1234567-7654321'), marketplace: 'amazon.de' };
  const taobao: OrderContext = {
    order: { orderId: '4213376587012345678', items: [{ title: '无线蓝牙耳机', quantity: 1 }], shipments: [] },
    platform: 'taobao',
    marketplace: 'taobao',
    source: 'page',
  };
  const other: OrderContext = {
    order: { orderId: 'A-1001', items: [], shipments: [], shop: 'Some shop' },
    platform: 'other',
    marketplace: null,
    source: 'manual',
  };

  /** The composer with the panel's message language, as App holds it. */
  function show(ctx: OrderContext, first: Lang) {
    const chosen: Lang[] = [];
    function Harness() {
      const [lang, setLang] = useState<Lang>(first);
      return (
        <TemplateComposer
          ctx={ctx}
          problem="not-received"
          lang={lang}
          copyRaw={false}
          history={[]}
          onLangChange={(l) => {
            chosen.push(l);
            setLang(l);
          }}
        />
      );
    }
    render(<Harness />, rootOf());
    return chosen;
  }
  const box = () => byTestId<HTMLTextAreaElement>(rootOf(), 'message');
  const hint = () => byTestId(rootOf(), 'message-lang-hint');

  it('a message in Chinese to amazon.de: English, one click, and the message is rewritten in it', async () => {
    const chosen = show(de, 'zh_CN');
    await waitFor(() => box()?.value);
    expect(box()!.value).toMatch(/[\u4e00-\u9fff]/);
    expect(hint()?.textContent).toContain('amazon.de');
    expect(hint()?.textContent).toContain('Write in English');
    click(byTestId(rootOf(), 'message-lang-switch'));
    expect(chosen).toEqual(['en']);
    await waitFor(() => !hint());
    await waitFor(() => !/[\u4e00-\u9fff]/.test(box()!.value));
    // The button went with the offer: the keyboard is on the message, not lost on the page's body.
    expect(document.activeElement).toBe(box());
  });

  it('said in the panel’s language: a Chinese panel names the storefront in Chinese', async () => {
    installI18n('zh_CN');
    show(de, 'zh_CN');
    await waitFor(() => hint());
    expect(hint()?.textContent).toContain('amazon.de');
    expect(byTestId(rootOf(), 'message-lang-switch')?.textContent).toBe('改用英文写');
    // No Latin space after the full-width full stop (the English sentence keeps its one).
    expect(hint()?.textContent).toMatch(/。改用英文写$/);
  });

  it('a message in English to a Taobao seller: Chinese', async () => {
    const chosen = show(taobao, 'en');
    await waitFor(() => hint());
    expect(hint()?.textContent).toContain('Taobao');
    click(byTestId(rootOf(), 'message-lang-switch'));
    expect(chosen).toEqual(['zh_CN']);
    await waitFor(() => !hint());
  });

  it('nothing when the message is already in the shop’s language, or the shop’s language is unknown', async () => {
    show(de, 'en');
    await waitFor(() => box()?.value);
    expect(hint()).toBeNull();
    render(null, rootOf());
    show(taobao, 'zh_CN');
    await waitFor(() => box()?.value);
    expect(hint()).toBeNull();
    render(null, rootOf());
    for (const lang of ['zh_CN', 'en'] as const) {
      show(other, lang);
      await waitFor(() => box()?.value);
      expect(hint()).toBeNull();
      render(null, rootOf());
    }
  });
});
