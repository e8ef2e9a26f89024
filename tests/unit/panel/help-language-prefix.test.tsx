// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { panelTestLifecycle, waitFor } from '../notes-ui/helpers';
import { besideTab } from './beside-tab';

// QA journey of a German shopper reading amazon.de in English (s21): the help links dropped the page's `/-/en` and
// opened in German.

describe('the help links of an order read on a page under a UI-language prefix', () => {
  const ui = panelTestLifecycle();

  const mountOn = async (url: string) => {
    await besideTab({
      url,
      extraction: {
        platform: 'amazon',
        marketplace: 'amazon.de',
        pageKind: 'order-detail',
        orders: [{ orderId: '302-1234567-7654321', items: [{ title: 'Wasserkocher' }], shipments: [] }],
      },
    });
    const { App } = await import('../../../entrypoints/sidepanel/App');
    const { root } = ui.mount(<App />);
    const links = () =>
      [...root.querySelectorAll<HTMLAnchorElement>('[data-testid="help-links"] a')].map((a) => a.href);
    await waitFor(() => links().length > 0);
    return links();
  };

  it('keep /-/en on amazon.de', async () => {
    const links = await mountOn('https://www.amazon.de/-/en/gp/your-account/order-details?orderID=302-1234567-7654321');
    for (const href of links) expect(href.startsWith('https://www.amazon.de/-/en/')).toBe(true);
  });

  it('have none on a page without one', async () => {
    const links = await mountOn('https://www.amazon.de/gp/your-account/order-details?orderID=302-1234567-7654321');
    for (const href of links) expect(href).not.toContain('/-/');
  });
});
