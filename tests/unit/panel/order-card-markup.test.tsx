// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OrderCard } from '../../../components/OrderCard';
import type { OrderContext } from '../../../components/order-context';
import { amazonOrder, byTestId, installI18n, mount } from '../notes-ui/helpers';

// axe (definition-list, run on the built panel in Chromium) found each field's copy button placed straight in the
// <dl>'s <div> beside <dt>/<dd>: HTML allows only <dt> and <dd> there, and screen readers then misread the list.
describe("the order card's field list", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installI18n();
  });

  it('holds only dt/dd groups, each copy button inside a dd', () => {
    const view = mount(<OrderCard ctx={amazonOrder()} lang="en" copyRaw={false} />);
    const dl = byTestId(view.root, 'order-card')!.querySelector('dl')!;
    const stray: string[] = [];
    for (const child of dl.children) {
      if (child.tagName === 'DIV') {
        for (const inner of child.children) if (!/^D[TD]$/.test(inner.tagName)) stray.push(inner.outerHTML);
      } else if (!/^D[TD]$/.test(child.tagName)) stray.push(child.outerHTML);
    }
    expect(stray).toEqual([]);
    for (const id of ['copy-orderId', 'copy-tracking'])
      expect(byTestId(view.root, id)?.parentElement?.tagName).toBe('DD');
    // The value's own dd still reads as the value alone.
    expect(byTestId(view.root, 'field-orderId')?.textContent).toBe('112-0399923-3070642');
    view.unmount();
  });
});

// QA as a Chinese shopper (2026-11): the card showed "78955216713428 (中通快递)", an English bracket in Chinese text,
// while the message beside it writes 运单号：78955216713428（中通快递）.
describe("the order card's tracking line", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installI18n('zh_CN');
  });

  const taobao: OrderContext = {
    order: {
      orderId: '4861628750601004803',
      items: [],
      shipments: [{ trackingId: '78955216713428', carrier: '中通快递' }],
    },
    platform: 'taobao',
    marketplace: 'taobao',
    source: 'page',
  };

  it('brackets the carrier as the language does', () => {
    const zh = mount(<OrderCard ctx={taobao} lang="zh_CN" copyRaw={false} />);
    expect(byTestId(zh.root, 'field-tracking')?.textContent).toBe('78955216713428（中通快递）');
    zh.unmount();
    const en = mount(<OrderCard ctx={taobao} lang="en" copyRaw={false} />);
    expect(byTestId(en.root, 'field-tracking')?.textContent).toBe('78955216713428 (ZTO Express)');
    en.unmount();
  });
});
