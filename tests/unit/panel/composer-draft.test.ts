import { describe, expect, it } from 'vitest';
import {
  type ComposerDraft,
  decideOnChange,
  detailsNoticeOnChange,
  draftToRestore,
  hasTyping,
  nextSeen,
  type OrderSeen,
  orderChangedSince,
  orderFacts,
  restoredNotices,
  sourceOf,
} from '../../../components/composer-draft';
import type { OrderContext } from '../../../components/order-context';

// The composer's decisions without rendering it (components/composer-draft.ts). Orders are synthetic (made-up ids).
const A = 'amazon|amazon.com|111-0000000-0000001';
const B = 'amazon|amazon.com|111-0000000-0000002';
const onOrder = (order: string, problem = 'not-received'): OrderSeen => ({ order, problem, owner: order });
const onQuestion = (platform = 'amazon', problem = 'product-question'): OrderSeen => ({
  order: platform,
  problem,
  owner: null,
});

describe('orderChangedSince', () => {
  it('is another order when the key changes under one problem', () => {
    expect(orderChangedSince(onOrder(A), onOrder(B))).toBe(true);
    expect(orderChangedSince(onOrder(A), onOrder(A))).toBe(false);
  });

  it('is not another order when only the problem changes (the key follows the problem)', () => {
    expect(orderChangedSince(onOrder(A), onOrder(A, 'refund-request'))).toBe(false);
    expect(orderChangedSince(onOrder(A), onQuestion())).toBe(false);
  });

  it('is another order when a question about an order comes back with another order than it was written for', () => {
    // A's message, then a question about no order (the owner A stays), then order B picked under an order problem.
    const through = nextSeen(onOrder(A), onQuestion(), false);
    expect(through.owner).toBe(A);
    expect(orderChangedSince(through, onOrder(B))).toBe(true);
    expect(orderChangedSince(through, onOrder(A))).toBe(false);
  });
});

describe('nextSeen', () => {
  it('keeps the owner through a question about no order, and drops it with a reset', () => {
    expect(nextSeen(onOrder(A), onQuestion(), false).owner).toBe(A);
    expect(nextSeen(onOrder(A), onQuestion('taobao'), true).owner).toBeNull();
    expect(nextSeen(onQuestion(), onOrder(B), false).owner).toBe(B);
  });
});

describe('hasTyping', () => {
  it('keeps a draft for an edited message or a fill-in with text, not for blank fill-ins', () => {
    expect(hasTyping(true, {})).toBe(true);
    expect(hasTyping(false, { outcome: 'a refund' })).toBe(true);
    expect(hasTyping(false, { outcome: '   ', tried: '' })).toBe(false);
  });
});

const draft = (over: Partial<ComposerDraft> = {}): ComposerDraft => ({
  extra: {},
  edited: true,
  text: 'mine',
  generated: 'template text',
  from: 'src-1',
  facts: 'facts-1',
  owner: A,
  template: null,
  ...over,
});

describe('draftToRestore', () => {
  const kept = new Map([[A, draft()]]);
  const lookup = (key: string) => kept.get(key);

  it("brings back the new order's own draft when the order changed, and none when it has none", () => {
    expect(draftToRestore(onOrder(B), onOrder(A), true, false, lookup)).toBe(kept.get(A));
    expect(draftToRestore(onOrder(A), onOrder(B), true, false, lookup)).toBeNull();
  });

  it("brings back the order's draft after an unedited question about no order, not after an edited one", () => {
    expect(draftToRestore(onQuestion(), onOrder(A), false, false, lookup)).toBe(kept.get(A));
    expect(draftToRestore(onQuestion(), onOrder(A), false, true, lookup)).toBeNull();
  });

  it('brings back nothing when only the problem or the template changed', () => {
    expect(draftToRestore(onOrder(A), onOrder(A, 'refund-request'), false, false, lookup)).toBeNull();
  });
});

describe('decideOnChange', () => {
  const base = {
    orderChanged: false,
    sourceChanged: true,
    edited: true,
    text: 'mine',
    generated: 'template text',
    source: 'src-2',
    generatedFrom: 'src-1',
  };

  it('rewrites on another order, even over edits', () => {
    expect(decideOnChange({ ...base, orderChanged: true, sourceChanged: false })).toEqual({ kind: 'rewrite' });
  });

  it('rewrites on a new source when there are no edits, or they were undone to the template text', () => {
    expect(decideOnChange({ ...base, edited: false })).toEqual({ kind: 'rewrite' });
    expect(decideOnChange({ ...base, text: 'template text' })).toEqual({ kind: 'rewrite' });
  });

  it('keeps edits on a new source and asks, except back at the source they were made to', () => {
    expect(decideOnChange(base)).toEqual({ kind: 'keep', offerReplace: true });
    expect(decideOnChange({ ...base, source: 'src-1' })).toEqual({ kind: 'keep', offerReplace: false });
  });

  it('does nothing when neither order nor source changed', () => {
    expect(decideOnChange({ ...base, sourceChanged: false, edited: false })).toEqual({ kind: 'none' });
  });
});

describe('restoredNotices', () => {
  it('says nothing for an unedited draft, whatever changed (its message is written again)', () => {
    expect(restoredNotices(draft({ edited: false }), { source: 'src-2', facts: 'facts-2' })).toEqual({
      offerReplace: false,
      detailsChanged: false,
    });
  });

  it("tells apart another source and other order details under an edited draft's", () => {
    expect(restoredNotices(draft(), { source: 'src-1', facts: 'facts-1' })).toEqual({
      offerReplace: false,
      detailsChanged: false,
    });
    expect(restoredNotices(draft(), { source: 'src-2', facts: 'facts-1' })).toEqual({
      offerReplace: true,
      detailsChanged: false,
    });
    expect(restoredNotices(draft(), { source: 'src-1', facts: 'facts-2' })).toEqual({
      offerReplace: false,
      detailsChanged: true,
    });
  });
});

describe('detailsNoticeOnChange', () => {
  it('says so when the shown order gets other details under an edited message', () => {
    expect(detailsNoticeOnChange({ order: A, facts: 'f1' }, { order: A, facts: 'f2' }, true, 'f1')).toBe(true);
  });

  it('closes the notice when the details are back to those the message was written from', () => {
    expect(detailsNoticeOnChange({ order: A, facts: 'f2' }, { order: A, facts: 'f1' }, true, 'f1')).toBe(false);
  });

  it('leaves it alone for another order, the same details or an unedited message', () => {
    expect(detailsNoticeOnChange({ order: A, facts: 'f1' }, { order: B, facts: 'f2' }, true, 'f1')).toBeUndefined();
    expect(detailsNoticeOnChange({ order: A, facts: 'f1' }, { order: A, facts: 'f1' }, true, 'f0')).toBeUndefined();
    expect(detailsNoticeOnChange({ order: A, facts: 'f1' }, { order: A, facts: 'f2' }, false, 'f1')).toBeUndefined();
  });
});

describe('orderFacts', () => {
  /** Synthetic order (made-up values) in the shape the extractors return (lib/extract/types.ts). */
  const ctx = (order: Partial<OrderContext['order']> = {}): OrderContext => ({
    order: { orderId: '111-0000000-0000001', items: [{ title: 'Wireless earbuds' }], shipments: [], ...order },
    platform: 'amazon',
    marketplace: 'amazon.com',
    source: 'page',
  });

  it('changes with a tracking ID, a total or a status found later', () => {
    const before = orderFacts(ctx(), true);
    expect(orderFacts(ctx({ shipments: [{ trackingId: '1Z999AA10123456784', carrier: 'UPS' }] }), true)).not.toBe(
      before,
    );
    expect(orderFacts(ctx({ total: { amount: 42.5, currency: 'USD', text: '$42.50' } }), true)).not.toBe(before);
    expect(orderFacts(ctx({ status: 'Delivered' }), true)).not.toBe(before);
  });

  it("changes when a parcel's own state moves on while the order's status stays", () => {
    const parcel = { trackingId: '1Z999AA10123456784', carrier: 'UPS' };
    const moving = orderFacts(ctx({ status: 'Shipped', shipments: [{ ...parcel, status: 'In transit' }] }), true);
    const arrived = orderFacts(ctx({ status: 'Shipped', shipments: [{ ...parcel, status: 'Delivered' }] }), true);
    expect(arrived).not.toBe(moving);
    expect(orderFacts(ctx({ shipments: [{ carrier: 'UPS', status: 'Delivered' }] }), true)).not.toBe(
      orderFacts(ctx(), true),
    );
  });

  it('does not change with what no message is written from (a link, a parcel without an ID)', () => {
    const before = orderFacts(ctx(), true);
    expect(orderFacts(ctx({ detailUrl: 'https://www.amazon.com/gp/your-account/order-details' }), true)).toBe(before);
    expect(orderFacts(ctx({ shipments: [{ carrier: 'UPS' }] }), true)).toBe(before);
  });

  it('has no order details for a question about no order', () => {
    expect(orderFacts(ctx({ status: 'Delivered' }), false)).toBe('');
  });
});

describe('sourceOf', () => {
  it('differs with the problem, the language, the template and its wording', () => {
    const t = { id: 'builtin-not-received-en', body: 'Hello {orderId}' };
    const one = sourceOf('not-received', 'en', t);
    expect(sourceOf('refund-request', 'en', t)).not.toBe(one);
    expect(sourceOf('not-received', 'zh_CN', t)).not.toBe(one);
    expect(sourceOf('not-received', 'en', { ...t, id: 'own' })).not.toBe(one);
    expect(sourceOf('not-received', 'en', { ...t, body: 'Hi {orderId}' })).not.toBe(one);
    expect(sourceOf('not-received', 'en', { ...t })).toBe(one);
  });
});
