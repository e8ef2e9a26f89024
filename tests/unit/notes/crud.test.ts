import { describe, expect, it } from 'vitest';
import { NotesError, RECENT_ORDERS_CAP } from '../../../lib/notes';
import { makeStore, order, storedData } from './helpers';

describe('cases', () => {
  it('creates, reads, updates and lists cases', async () => {
    const { store, clock } = makeStore();
    const a = await store.createCase({
      platform: 'other',
      shop: 'Corner shop',
      title: 'Broken kettle',
      manual: { orderDate: '2024-04-01', trackingId: 'YT123' },
    });
    expect(a).toMatchObject({
      status: 'open',
      createdAt: clock.now,
      updatedAt: clock.now,
      manual: { trackingId: 'YT123' },
    });
    expect(await store.getCase(a.id)).toEqual(a);

    clock.advance(1000);
    const b = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.de',
      orderId: '302-1234567-7654321',
      title: 'Late parcel',
    });
    clock.advance(1000);
    const updated = await store.updateCase(a.id, { status: 'waiting', followUpAt: clock.now + 86_400_000 });
    expect(updated.status).toBe('waiting');
    expect(updated.updatedAt).toBe(clock.now);

    // null clears an optional field
    const cleared = await store.updateCase(a.id, { followUpAt: null });
    expect('followUpAt' in cleared).toBe(false);
    expect((await store.getCase(a.id))?.followUpAt).toBeUndefined();

    expect((await store.listCases()).map((c) => c.id)).toEqual([a.id, b.id]);
    expect((await store.listCases({ sort: 'created' })).map((c) => c.id)).toEqual([b.id, a.id]);
    expect((await store.listCases({ status: 'open' })).map((c) => c.id)).toEqual([b.id]);
    expect((await store.listCases({ platform: 'other' })).map((c) => c.id)).toEqual([a.id]);
    expect(await store.listCases({ status: 'resolved' })).toEqual([]);
  });

  it('sorts by follow-up, soonest first and cases without one last', async () => {
    const { store, clock } = makeStore();
    const none = await store.createCase({ platform: 'other', title: 'none' });
    const later = await store.createCase({ platform: 'other', title: 'later', followUpAt: clock.now + 5000 });
    const soon = await store.createCase({ platform: 'other', title: 'soon', followUpAt: clock.now + 1000 });
    expect((await store.listCases({ sort: 'followUp' })).map((c) => c.id)).toEqual([soon.id, later.id, none.id]);
  });

  it('getOrCreateCaseForOrder returns the same case for the same order and keeps the order facts', async () => {
    const { store } = makeStore();
    const first = await store.getOrCreateCaseForOrder(order('111-2223334-5556667'), 'amazon', 'amazon.com');
    const again = await store.getOrCreateCaseForOrder(order('111-2223334-5556667'), 'amazon', 'amazon.com');
    const otherMarket = await store.getOrCreateCaseForOrder(order('111-2223334-5556667'), 'amazon', 'amazon.co.uk');
    expect(again.id).toBe(first.id);
    expect(otherMarket.id).not.toBe(first.id);
    expect(first).toMatchObject({
      title: 'Wireless earbuds 无线耳机',
      shop: 'Example Store 旗舰店',
      manual: { orderDate: '2024-04-20', trackingId: 'SF1234567890123', carrier: 'SF Express', total: '¥153.00' },
    });
    expect(await store.listCases()).toHaveLength(2);
  });

  it('concurrent getOrCreateCaseForOrder calls do not duplicate the case', async () => {
    const { store } = makeStore();
    const results = await Promise.all(
      [1, 2, 3].map(() => store.getOrCreateCaseForOrder(order('4000123412341234123'), 'taobao', 'taobao')),
    );
    expect(new Set(results.map((c) => c.id)).size).toBe(1);
    expect(await store.listCases()).toHaveLength(1);
  });

  it('createCase for an order that already has a case fails with a NotesError', async () => {
    const { store } = makeStore();
    await store.createCase({ platform: 'tmall', marketplace: 'tmall', orderId: '1', title: 'x' });
    await expect(
      store.createCase({ platform: 'tmall', marketplace: 'tmall', orderId: '1', title: 'y' }),
    ).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('deleteCase removes its entries and can be undone exactly', async () => {
    const { store, db } = makeStore();
    const c = await store.createCase({ platform: 'other', title: 'to delete' });
    const keep = await store.createCase({ platform: 'other', title: 'keep' });
    await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'where is it' });
    await store.addEntry({ caseId: c.id, channel: 'phone', answer: 'on its way' });
    await store.addEntry({ caseId: keep.id, channel: 'email' });
    const before = await storedData(store);

    const token = await store.deleteCase(c.id);
    expect(await store.getCase(c.id)).toBeUndefined();
    expect(await db.entries.where('caseId').equals(c.id).count()).toBe(0);
    expect(await db.caseSearch.get(c.id)).toBeUndefined();
    expect(await db.entries.count()).toBe(1);
    expect(await store.searchCases('where')).toEqual([]);

    await store.undoDelete(token);
    expect(await storedData(store)).toEqual(before);
    expect((await store.searchCases('where')).map((r) => r.case.id)).toEqual([c.id]);
  });

  it('rejects unknown cases and invalid values with NotesError', async () => {
    const { store } = makeStore();
    await expect(store.updateCase('nope', { title: 'x' })).rejects.toBeInstanceOf(NotesError);
    await expect(store.addEntry({ caseId: 'nope', channel: 'chat' })).rejects.toMatchObject({ code: 'not-found' });
    const c = await store.createCase({ platform: 'other', title: 't' });
    // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input from an untyped caller
    await expect(store.addEntry({ caseId: c.id, channel: 'chat', satisfaction: 7 as any })).rejects.toThrow(
      'satisfaction: expected 1–5',
    );
    // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input from an untyped caller
    await expect(store.addEntry({ caseId: c.id, channel: 'fax' as any })).rejects.toThrow('channel');
    await expect(store.addEntry({ caseId: c.id, channel: 'chat', asked: 'x'.repeat(10_001) })).rejects.toThrow(
      'asked: at most 10,000',
    );
    // A time its own backup could not restore (the import takes times from 1970 on) is refused when written.
    const in1924 = Date.UTC(1924, 4, 1);
    await expect(store.addEntry({ caseId: c.id, channel: 'chat', at: in1924 })).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(store.updateCase(c.id, { followUpAt: in1924 })).rejects.toMatchObject({ code: 'invalid' });
    expect(await store.listEntries(c.id)).toEqual([]);
  });
});

describe('entries', () => {
  it('adds, updates and lists entries chronologically, touching the case', async () => {
    const { store, clock } = makeStore();
    const c = await store.createCase({ platform: 'other', title: 'case' });
    const t = clock.now;
    clock.advance(10_000);
    const late = await store.addEntry({ caseId: c.id, channel: 'chat', at: t + 5000, agent: 'Lily' });
    const early = await store.addEntry({ caseId: c.id, channel: 'phone', at: t + 1000, agent: 'Tom' });
    const defaultAt = await store.addEntry({ caseId: c.id, channel: 'email' });
    expect(defaultAt.at).toBe(clock.now);
    expect((await store.listEntries(c.id)).map((e) => e.id)).toEqual([early.id, late.id, defaultAt.id]);
    expect((await store.getCase(c.id))?.updatedAt).toBe(clock.now);

    clock.advance(1000);
    const edited = await store.updateEntry(late.id, { answer: 'refund in 3 days', satisfaction: 4, agent: null });
    expect(edited).toMatchObject({
      answer: 'refund in 3 days',
      satisfaction: 4,
      createdAt: late.createdAt,
      updatedAt: clock.now,
    });
    expect('agent' in edited).toBe(false);
    expect((await store.listEntries(c.id)).find((e) => e.id === late.id)).toEqual(edited);
  });

  it('deleteEntry returns a token; undoDelete restores the entry and the case timestamp exactly, once', async () => {
    const { store, clock } = makeStore();
    const c = await store.createCase({ platform: 'other', title: 'case' });
    const e1 = await store.addEntry({ caseId: c.id, channel: 'chat', asked: '退款进度', satisfaction: 2 });
    clock.advance(1000);
    await store.addEntry({ caseId: c.id, channel: 'phone' });
    const before = await storedData(store);

    clock.advance(5000);
    const token = await store.deleteEntry(e1.id);
    expect(typeof token).toBe('string');
    expect((await store.listEntries(c.id)).map((e) => e.id)).not.toContain(e1.id);
    expect(await store.searchCases('退款')).toEqual([]);

    await store.undoDelete(token);
    expect(await storedData(store)).toEqual(before);
    expect((await store.searchCases('退款'))[0]?.entries.map((e) => e.id)).toEqual([e1.id]);
    await expect(store.undoDelete(token)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('undo of an entry whose case was deleted meanwhile fails and writes nothing', async () => {
    const { store, db } = makeStore();
    const c = await store.createCase({ platform: 'other', title: 'case' });
    const e = await store.addEntry({ caseId: c.id, channel: 'chat' });
    const token = await store.deleteEntry(e.id);
    await store.deleteCase(c.id);
    await expect(store.undoDelete(token)).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.entries.count()).toBe(0);
  });
});

describe('recent orders', () => {
  it('remembers orders newest first, updates seenAt and keeps only the newest 200', async () => {
    const { store, clock } = makeStore();
    await store.rememberOrders([order('A-1'), order('A-2')], 'amazon', 'amazon.com');
    clock.advance(1000);
    await store.rememberOrders([order('T-1', { shop: '某店' })], 'taobao', 'taobao');
    const recent = await store.recentOrders(10);
    expect(recent[0]).toMatchObject({
      key: 'taobao|taobao|T-1',
      orderId: 'T-1',
      platform: 'taobao',
      seenAt: clock.now,
    });
    expect(recent[0]?.order.shop).toBe('某店');
    expect(
      recent
        .map((r) => r.orderId)
        .slice(1)
        .sort(),
    ).toEqual(['A-1', 'A-2']);

    clock.advance(1000);
    await store.rememberOrders([order('A-1')], 'amazon', 'amazon.com');
    expect((await store.recentOrders(1))[0]?.orderId).toBe('A-1');

    for (let batch = 0; batch < 3; batch++) {
      clock.advance(1000);
      await store.rememberOrders(
        Array.from({ length: 80 }, (_, i) => order(`B-${batch}-${i}`)),
        'amazon',
        'amazon.de',
      );
    }
    const all = await store.recentOrders(1000);
    expect(all).toHaveLength(RECENT_ORDERS_CAP);
    expect(all.some((r) => r.orderId === 'A-1')).toBe(false);
    expect(all.filter((r) => r.orderId.startsWith('B-2-'))).toHaveLength(80);
  });

  it('a page that shows less of an order keeps what an earlier page showed; what it does show wins', async () => {
    const { store, clock } = makeStore();
    const full = order('A-1', {
      orderDate: '2024-05-01',
      total: { amount: 5, currency: 'USD', text: '$5.00' },
      shop: 'Cadeya',
      status: 'Arriving Friday',
      items: [{ title: 'Brush', quantity: 1 }],
      shipments: [{ status: 'Arriving Friday' }],
    });
    await store.rememberOrders([full], 'amazon', 'amazon.com');
    clock.advance(1000);
    // A "View your item" page: the order's ID and detail link only.
    const bare = { orderId: 'A-1', items: [], shipments: [] };
    await store.rememberOrders([{ ...bare, detailUrl: 'https://www.amazon.com/x' }], 'amazon', 'amazon.com');
    clock.advance(1000);
    await store.rememberOrders([{ ...bare, status: 'Delivered' }], 'amazon', 'amazon.com');
    const [row] = await store.recentOrders(1);
    expect(row?.order).toEqual({ ...full, status: 'Delivered', detailUrl: 'https://www.amazon.com/x' });
  });

  it("one package's tracker adds to the order's shipments instead of replacing them", async () => {
    const { store } = makeStore();
    const link = (id: string) => `https://www.amazon.com/progress-tracker/package/?orderId=A-1&shipmentId=${id}`;
    const bare = { orderId: 'A-1', items: [] };
    await store.rememberOrders(
      [{ ...bare, shipments: [{ status: 'Delivered', trackingUrl: link('S1') }, { trackingUrl: link('S2') }] }],
      'amazon',
      'amazon.com',
    );
    await store.rememberOrders(
      [{ ...bare, shipments: [{ trackingUrl: `${link('S2')}&ref=x`, trackingId: 'TBA1', carrier: 'UPS' }] }],
      'amazon',
      'amazon.com',
    );
    const [row] = await store.recentOrders(1);
    expect(row?.order.shipments).toEqual([
      { status: 'Delivered', trackingUrl: link('S1') },
      { trackingUrl: `${link('S2')}&ref=x`, trackingId: 'TBA1', carrier: 'UPS' },
    ]);
  });
});
