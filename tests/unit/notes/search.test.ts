import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../lib/notes';
import { makeStore, type TestStore } from './helpers';

describe('searchCases', () => {
  let t: TestStore;
  let amazon: Case;
  let tmall: Case;
  let manual: Case;
  let older: Case;

  beforeAll(async () => {
    t = makeStore();
    const { store, clock } = t;
    older = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.com',
      orderId: '111-0000000-0000001',
      title: 'Headphones',
    });
    await store.addEntry({ caseId: older.id, channel: 'chat', answer: 'Please wait for the refund' });
    clock.advance(60_000);
    amazon = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.de',
      orderId: '302-1234567-7654321',
      title: 'Damaged package',
      shop: 'Amazon EU',
    });
    await store.addEntry({
      caseId: amazon.id,
      channel: 'chat',
      agent: 'Lily Chen',
      asked: 'The box arrived crushed',
      promised: 'Refund within 3 days',
      reference: 'CASE-88812',
    });
    await store.addEntry({ caseId: amazon.id, channel: 'phone', agent: 'Mark', answer: 'Replacement shipped' });
    clock.advance(60_000);
    tmall = await store.createCase({
      platform: 'tmall',
      marketplace: 'tmall',
      orderId: '4012345678901234567',
      title: '耳机左耳没有声音',
      shop: '某某数码旗舰店',
    });
    await store.addEntry({
      caseId: tmall.id,
      channel: 'in-app',
      agent: '小美',
      asked: '申请退款进度怎么查看',
      answer: '商家已同意退款，预计三个工作日到账',
    });
    await store.addEntry({ caseId: tmall.id, channel: 'in-app', asked: '请问什么时候发货' });
    await store.updateCase(tmall.id, { status: 'waiting' });
    clock.advance(60_000);
    manual = await store.createCase({
      platform: 'other',
      shop: 'Corner Bookshop',
      orderId: 'CB-2024-17',
      title: 'Wrong book',
      manual: { trackingId: 'YT1234567890' },
    });
    await store.addEntry({ caseId: manual.id, channel: 'email', comment: 'They asked for a photo; refund promised' });
  });

  const ids = async (query: string, options?: Parameters<TestStore['store']['searchCases']>[1]) =>
    (await t.store.searchCases(query, options)).map((r) => r.case.id);

  it('finds English text case-insensitively, also inside words', async () => {
    expect(await ids('CRUSHED')).toEqual([amazon.id]);
    expect(await ids('placem')).toEqual([amazon.id]);
  });

  it('finds Chinese text by any substring, with the matching entries', async () => {
    expect(await ids('退款进度')).toEqual([tmall.id]);
    expect(await ids('款')).toEqual([tmall.id]);
    const [hit] = await t.store.searchCases('发货');
    expect(hit?.entries.map((e) => e.asked)).toEqual(['请问什么时候发货']);
    expect(await ids('左耳')).toEqual([tmall.id]);
    expect(await ids('旗舰')).toEqual([tmall.id]);
    // Bigram-like false positive must not match: both characters exist, not adjacent.
    expect(await ids('款进')).toEqual([tmall.id]);
    expect(await ids('退到')).toEqual([]);
  });

  it('finds agents, references, tracking IDs and order IDs with or without separators, full-width too', async () => {
    expect(await ids('lily')).toEqual([amazon.id]);
    expect(await ids('小美')).toEqual([tmall.id]);
    expect(await ids('case-88812')).toEqual([amazon.id]);
    expect(await ids('302-1234567-7654321')).toEqual([amazon.id]);
    expect(await ids('30212345677654321')).toEqual([amazon.id]);
    expect(await ids('7654321')).toEqual([amazon.id]);
    expect(await ids('４０１２３４５６７８')).toEqual([tmall.id]);
    expect(await ids('YT1234567890')).toEqual([manual.id]);
    expect((await t.store.findCasesByIdentifier('302 1234567 7654321')).map((c) => c.id)).toEqual([amazon.id]);
  });

  it('requires every term (AND) and returns only entries where a term matched', async () => {
    expect(await ids('refund lily')).toEqual([amazon.id]);
    expect(await ids('refund 小美')).toEqual([]);
    const [hit] = await t.store.searchCases('lily refund');
    expect(hit?.entries).toHaveLength(1);
    expect(hit?.entries[0]?.agent).toBe('Lily Chen');
  });

  it('sorts by relevance, then by most recent update', async () => {
    // "refund" is in free text of three cases; recency decides among equals.
    const refund = await ids('refund');
    expect(refund).toEqual([manual.id, amazon.id, older.id]);
    // An order number beats a mention in free text.
    const r = await t.store.searchCases('refund');
    expect(r.every((x, i) => i === 0 || r[i - 1]!.score >= x.score)).toBe(true);
    const headphones = await t.store.createCase({ platform: 'other', title: 'About 111-0000000-0000001', shop: 'x' });
    expect(await ids('111-0000000-0000001')).toEqual([older.id, headphones.id]);
    await t.store.deleteCase(headphones.id);
  });

  it('filters by status and platform', async () => {
    expect(await ids('refund', { platform: 'amazon' })).toEqual([amazon.id, older.id]);
    expect(await ids('退款', { status: 'waiting' })).toEqual([tmall.id]);
    expect(await ids('退款', { status: 'open' })).toEqual([]);
    expect(await ids('refund', { status: ['open'], platform: ['other', 'tmall'] })).toEqual([manual.id]);
  });

  it('lists filtered cases by recency for a blank query, and honours the limit', async () => {
    expect(await ids('  ')).toEqual([manual.id, tmall.id, amazon.id, older.id]);
    expect(await ids('', { platform: 'amazon' })).toEqual([amazon.id, older.id]);
    expect(await ids('refund', { limit: 1 })).toEqual([manual.id]);
  });

  it('sees edits: an updated entry is found by its new text only', async () => {
    const [hit] = await t.store.searchCases('Replacement');
    const entry = hit!.entries[0]!;
    await t.store.updateEntry(entry.id, { answer: 'Voucher issued' });
    expect(await ids('replacement')).toEqual([]);
    expect(await ids('voucher')).toEqual([amazon.id]);
  });
});

describe('searchCases: a term that also occurs in an entry ID', () => {
  it("still finds the entry's text after the ID on the same line", async () => {
    let n = 0;
    const { store } = makeStore({ newId: () => `abcd1234-ef5${n++}` });
    const c = await store.createCase({ platform: 'other', orderId: 'Z-1', title: 'Lamp' });
    // Entry IDs abcd1234-ef51…; the answer names "ef51" too.
    await store.addEntry({ caseId: c.id, channel: 'email', answer: 'ticket ef51 opened' });
    expect((await store.searchCases('ef51')).map((r) => r.case.id)).toEqual([c.id]);
  });
});

describe('searchCases: identifiers typed with other separators than stored', () => {
  it('finds an order typed with en/em dashes or a minus sign, and a tracking number typed with hyphens', async () => {
    const { store } = makeStore();
    const amazon = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.de',
      orderId: '302-1234567-7654321',
      title: 'Kaputt',
    });
    const manual = await store.createCase({
      platform: 'other',
      shop: 'Corner Bookshop',
      orderId: 'CB-17',
      title: 'Lamp',
      manual: { trackingId: 'SF1234567890123' },
    });
    await store.addEntry({ caseId: manual.id, channel: 'email', reference: 'TKT551234', answer: 'Will check' });
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id);
    // Copied from a chat or a word processor that "smartened" the hyphens.
    expect(await ids('302–1234567–7654321')).toEqual([amazon.id]);
    expect(await ids('302—1234567—7654321')).toEqual([amazon.id]);
    expect(await ids('302−1234567−7654321')).toEqual([amazon.id]);
    // Grouped the way couriers print them; the reference as the agent spelled it.
    expect(await ids('SF-1234-5678-90123')).toEqual([manual.id]);
    expect(await ids('tkt-55-1234')).toEqual([manual.id]);
    // Still the strongest signal: a whole identifier.
    const [hit] = await store.searchCases('302–1234567–7654321');
    expect(hit?.score).toBe(20);
    // Words without digits keep their punctuation (no broader match than typed).
    expect(await ids('kaputt!')).toEqual([]);
  });
});
