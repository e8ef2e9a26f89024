// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { caseOrderContext, ensureCaseFor, findCaseFor, useOpenCase } from '../../../components/notes';
import { notesStore } from '../../../components/notes-store';
import { OPEN_CASE_KEY } from '../../../lib/background/reminders';
import type { Case } from '../../../lib/notes';
import { amazonOrder, panelTestLifecycle, resetNotes, waitFor } from './helpers';

function Probe({ onOpen }: { onOpen: (c: Case) => void }) {
  useOpenCase(onOpen);
  return null;
}

describe('opening a case from a reminder', () => {
  const ui = panelTestLifecycle();

  it('selects the case left in storage.session on load, and consumes it', async () => {
    const c = await notesStore().createCase({ platform: 'other', orderId: 'A1', title: 'A' });
    await fakeBrowser.storage.session.set({ [OPEN_CASE_KEY]: c.id });
    const opened: string[] = [];
    ui.mount(<Probe onOpen={(x) => opened.push(x.id)} />);
    await waitFor(() => opened.length === 1);
    expect(opened).toEqual([c.id]);
    expect((await fakeBrowser.storage.session.get(OPEN_CASE_KEY))[OPEN_CASE_KEY]).toBeUndefined();
  });

  it('follows a click while the panel is already open', async () => {
    const c = await notesStore().createCase({ platform: 'other', orderId: 'B2', title: 'B' });
    const opened: string[] = [];
    ui.mount(<Probe onOpen={(x) => opened.push(x.id)} />);
    await new Promise((r) => setTimeout(r, 30));
    expect(opened).toEqual([]);
    await fakeBrowser.storage.session.set({ [OPEN_CASE_KEY]: c.id });
    await waitFor(() => opened.length === 1);
    expect(opened).toEqual([c.id]);
  });
});

/** An empty browser and notes database before each test of a describe not mounting the panel. */
async function freshNotes() {
  fakeBrowser.reset();
  await resetNotes();
}

describe('caseOrderContext', () => {
  beforeEach(freshNotes);

  it('uses the order last seen on the shop page when there is one', async () => {
    const store = notesStore();
    const { order } = amazonOrder();
    await store.rememberOrders([order], 'amazon', 'amazon.com');
    const c = await store.getOrCreateCaseForOrder(order, 'amazon', 'amazon.com');
    const ctx = await caseOrderContext(store, c);
    expect(ctx).toMatchObject({ platform: 'amazon', marketplace: 'amazon.com', source: 'recent' });
    expect(ctx.order.items).toEqual(order.items);
  });

  it('falls back to the facts kept with the case, and manual cases come back as typed', async () => {
    const store = notesStore();
    const c = await store.createCase({
      platform: 'taobao',
      marketplace: 'taobao',
      orderId: '4861628750601004803',
      title: 'x',
      shop: '某某旗舰店',
      manual: { trackingId: 'SF1234567890123', orderDate: '2024-04-01' },
    });
    const ctx = await caseOrderContext(store, c);
    expect(ctx.order).toEqual({
      orderId: '4861628750601004803',
      orderDate: '2024-04-01',
      shop: '某某旗舰店',
      items: [],
      shipments: [{ trackingId: 'SF1234567890123', carrier: undefined }],
    });
    const manual = await store.createCase({ platform: 'other', orderId: 'JD-1', shop: 'JD', title: 'JD JD-1' });
    expect(await caseOrderContext(store, manual)).toMatchObject({ source: 'manual', platform: 'other' });
  });
});

describe('findCaseFor: one Taobao-family order, one case', () => {
  beforeEach(freshNotes);

  it('finds the case logged on the Taobao list for the same order on its Tmall detail page, and back', async () => {
    // Found in Chromium: the 已买到的宝贝 list (real fixture taobao_orders.html) reports every order as Taobao, while
    // its Tmall orders link to trade.tmall.com, whose detail page reports Tmall. A contact logged on the list was
    // gone on the detail page ("no contacts yet"), and logging there made a second case. Taobao and Tmall share
    // one account and one order numbering (bizOrderId), so the number names the order in both.
    const store = notesStore();
    const order = { orderId: '4864583305858004803', shop: '3dsway旗舰店', items: [], shipments: [] };
    const onList = { order, platform: 'taobao', marketplace: 'taobao', source: 'page' } as const;
    const onDetail = { order, platform: 'tmall', marketplace: 'tmall', source: 'page' } as const;
    const logged = await ensureCaseFor(store, onList);
    expect((await findCaseFor(store, onDetail))?.id).toBe(logged.id);
    expect((await ensureCaseFor(store, onDetail)).id).toBe(logged.id);
    expect(await store.listCases()).toHaveLength(1);

    await resetNotes();
    const fromDetail = await ensureCaseFor(store, onDetail);
    expect((await findCaseFor(store, onList))?.id).toBe(fromDetail.id);
    // Another platform's order with the same number is another order.
    expect(await findCaseFor(store, { ...onList, platform: 'amazon', marketplace: 'amazon.com' })).toBeUndefined();
  });
});

describe('a manual order whose case was deleted while selected', () => {
  panelTestLifecycle();

  it('comes back with its typed facts when a contact is logged, not as a bare order number', async () => {
    const { manualCaseToOrder } = await import('../../../components/manual-order');
    const store = notesStore();
    const c = await store.createCase({
      platform: 'other',
      orderId: '301234567890',
      shop: '京东',
      title: '京东 301234567890',
      helpUrl: 'https://help.jd.com/user/issue.html',
      manual: { orderDate: '2026-11-20', total: '¥1,299.00', trackingId: 'JDX000123456789', carrier: '京东物流' },
    });
    const selected = manualCaseToOrder(c);
    await store.deleteCase(c.id);
    const again = await ensureCaseFor(store, selected);
    expect(again.id).not.toBe(c.id);
    expect(again.manual).toEqual(c.manual);
    expect(again.helpUrl).toBe(c.helpUrl);
  });
});
