import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KefuBrowser, launchKefu, waitForTabOrder } from '../../scripts/kefu-browser';

/** `chrome.tabs` in the panel's page (Node has no such global). */
declare const chrome: {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    setZoom(tabId: number, zoom: number): Promise<void>;
  };
};

const TAOBAO_DETAIL = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';
const TAOBAO_ID = '4861628750601004803';

/**
 * The panel as narrow as users drag Chrome's side panel (280–320 px), and at 200% browser zoom: Chrome's own zoom
 * (chrome.tabs.setZoom on the panel's tab), so the page lays out in half as many CSS px (160 for 320) with a device
 * pixel ratio of 2, exactly as a shopper's Ctrl+plus does.
 */
describe('side panel layout in a narrow and a zoomed panel', () => {
  let kefu: KefuBrowser;
  let panel: Page;

  const zoom = async (factor: number) => {
    // The panel's own tab, asked from the panel: Chromium 150 gives the worker no tab's url without the "tabs"
    // permission (Kefu does not ask for it), its own pages' included.
    await panel.evaluate(async (z) => {
      const tab = await chrome.tabs.getCurrent();
      await chrome.tabs.setZoom(tab!.id!, z);
    }, factor);
    await expect.poll(() => panel.evaluate(() => devicePixelRatio)).toBe(factor);
  };
  const size = async (width: number, factor = 1) => {
    await zoom(1);
    await panel.setViewportSize({ width, height: 800 });
    if (factor !== 1) await zoom(factor);
    // Every fold open: the settings, all cases, how Kefu read the page.
    await panel.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await panel.waitForTimeout(200);
  };

  /** Boxes whose content runs past their own edge (overflow visible), and anything past the panel's edge. */
  const overflows = () =>
    panel.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (cs.display === 'none' || cs.display === 'inline' || (r.width === 0 && r.height === 0)) continue;
        if (el.closest('.visually-hidden, .skip-link, textarea, select')) continue;
        const name = `${el.tagName.toLowerCase()}.${el.className} ${el.dataset.testid ?? ''}`;
        if (r.right > vw + 0.5) out.push(`${name} ends at ${Math.round(r.right)} of ${vw}`);
        if (cs.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1)
          out.push(`${name} spills ${el.scrollWidth - el.clientWidth}px`);
      }
      return out;
    });

  beforeAll(async () => {
    kefu = await launchKefu();
    kefu.serve({ url: TAOBAO_DETAIL, file: 'real/taobao/taobao_ordersdetails.html' });
    await kefu.openShopPage(TAOBAO_DETAIL);
    await waitForTabOrder(kefu, TAOBAO_ID);
    panel = await kefu.openPanel();
    await panel.getByTestId('order-card').waitFor();
    await panel.getByTestId('case-notes').waitFor();
    // A contact noted with long words, as shoppers paste them (a German agent's name, a ticket number).
    const form = panel.getByTestId('notes-add-form');
    if (!(await form.isVisible())) await panel.getByTestId('notes-add-toggle').click();
    await form.getByTestId('notes-field-agent').fill('Kundendienstmitarbeiterin Schmidt-Müller');
    await form.getByTestId('notes-field-reference').fill(`REF-${TAOBAO_ID}-ESCALATIONTIER2`);
    await form.getByTestId('notes-field-answer').fill('Die Sendungsverfolgungsnummernbenachrichtigung folgt.');
    await form.getByTestId('notes-save-entry').click();
    await panel.getByTestId('notes-entry-agent').waitFor();
  });
  afterAll(async () => {
    await kefu?.close();
  });

  it('280 px: the settings draw their checkboxes', async () => {
    await size(280);
    // Stretched like text fields (flex: 1; min-width: 0), they were 0 px wide beside their long labels.
    const widths = await panel
      .getByTestId('settings')
      .locator('input[type="checkbox"]')
      .evaluateAll((boxes) => boxes.slice(0, 4).map((b) => b.getBoundingClientRect().width));
    expect(widths).toHaveLength(4);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(12);
  });

  it("280 px: a contact's values get most of the row, not what its longest label leaves", async () => {
    await size(280);
    const { label, value } = await panel.getByTestId('notes-entry-agent').evaluate((dd) => ({
      label: dd.previousElementSibling!.getBoundingClientRect().width,
      value: dd.getBoundingClientRect().width,
    }));
    expect(value).toBeGreaterThan(label);
  });

  for (const [width, factor] of [
    [280, 1],
    [320, 2],
  ] as const) {
    it(`${width} px at ${factor * 100}%: nothing runs past its box or the panel's edge`, async () => {
      await size(width, factor);
      expect(await overflows()).toEqual([]);
      expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        await panel.evaluate(() => document.documentElement.clientWidth),
      );
    });
  }

  it('320 px at 200%: the order ID, its Copy button and the fill-in labels stay readable', async () => {
    await size(320, 2);
    expect(await panel.evaluate(() => innerWidth)).toBe(160);
    // The value across the card: beside an 84 px label column it had one character a line.
    const id = await panel.getByTestId('field-orderId').evaluate((dd) => {
      const range = document.createRange();
      range.selectNodeContents(dd);
      return {
        width: dd.getBoundingClientRect().width,
        lines: new Set([...range.getClientRects()].map((r) => r.top)).size,
      };
    });
    expect(id.width).toBeGreaterThan(80);
    expect(id.lines).toBeLessThanOrEqual(2);
    // "Copy" on one line, not C/o/p/y.
    const copy = await panel.getByTestId('copy-orderId').evaluate((b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(copy).toBe(1);
    // A fill-in's label above its field, whole words ("already", not "alread" + "y").
    const broken = await panel
      .getByTestId('missing-fields')
      .locator('label.row > span')
      .evaluateAll(
        (spans) =>
          spans.filter((span) => {
            const text = span.firstChild!;
            for (const m of (text.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, m.index);
              range.setEnd(text, m.index + m[0].length);
              if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) return true;
            }
            return false;
          }).length,
      );
    expect(broken).toBe(0);
    // A contact's value under its label, as wide as the entry.
    const value = await panel.getByTestId('notes-entry-agent').evaluate((dd) => dd.getBoundingClientRect().width);
    expect(value).toBeGreaterThan(80);
  });

  it('320 px: a recent order with a long shop name keeps its badge a one-line pill', async () => {
    // Found in Chromium (user journey: a shop entered by hand with a 60-character name): the 手动/"by hand" badge
    // stretched to the four lines the name wrapped to and to the date's width above it, a tall oval.
    await size(320);
    await panel.getByTestId('manual-shop').fill('Shenzhen Example Digital Technology Co., Ltd. Flagship Store');
    await panel.getByTestId('manual-orderId').fill('298765432101');
    await panel.getByTestId('manual-orderDate').fill('2026-11-20');
    await panel.getByTestId('manual-submit').click();
    const row = panel.getByTestId('recent-orders').getByRole('button', { name: /Shenzhen Example/ });
    await row.waitFor();
    const sizes = await row.evaluate((button) => {
      const badge = button.querySelector<HTMLElement>('.badge')!;
      const shop = button.querySelector<HTMLElement>('.order-shop')!;
      const range = document.createRange();
      range.selectNodeContents(badge);
      const text = range.getBoundingClientRect();
      const box = badge.getBoundingClientRect();
      return { box: { w: box.width, h: box.height }, text: { w: text.width, h: text.height }, shop: shop.offsetHeight };
    });
    // The name did wrap: the test is about a row taller than one line.
    expect(sizes.shop).toBeGreaterThan(2 * sizes.text.h);
    // The pill: its text, its padding (8 px a side) and border, one line high.
    expect(sizes.box.h).toBeLessThan(sizes.text.h + 6);
    expect(sizes.box.w).toBeLessThan(sizes.text.w + 20);
  });
});
