import { describe, expect, it, vi } from 'vitest';
import { ENTRY_TEXT_FIELDS, maskCardNumbers, type Sanitizer } from '../../../lib/notes';
import { sanitizeSecrets } from '../../../lib/privacy';
import { CARD, makeStore, order } from './helpers';

describe('maskCardNumbers (default stub)', () => {
  it('masks 13–19 digit card-like runs that pass Luhn, keeping the last four', () => {
    expect(maskCardNumbers(`card ${CARD} ok`)).toEqual({ text: 'card [card ••••1111] ok', found: true });
    expect(maskCardNumbers('4111-1111-1111-1111')).toEqual({ text: '[card ••••1111]', found: true });
    expect(maskCardNumbers('5500000000000004')).toMatchObject({ found: true });
  });

  it('leaves order IDs, phone numbers and non-Luhn runs alone', () => {
    for (const text of [
      'order 111-2223334-5556667',
      'call 13800138000',
      '4111111111111112',
      'tracking SF1234567890123',
    ]) {
      expect(maskCardNumbers(text)).toEqual({ text, found: false });
    }
  });
});

const marker: Sanitizer = (text) => ({ text: `«${text}»`, found: true });
const fullEntry = {
  channel: 'chat' as const,
  agent: 'agent',
  reference: 'ref',
  asked: 'asked',
  answer: 'answer',
  promised: 'promised',
  nextStep: 'next',
  comment: 'comment',
};

describe('sanitize on every write', () => {
  it('runs every free-text field of entries and cases through the injected sanitizer', async () => {
    const sanitize = vi.fn(marker);
    const { store } = makeStore({ sanitize });
    const c = await store.createCase({ platform: 'other', title: 'title', shop: 'shop', orderId: 'ORDER-1' });
    expect(c).toMatchObject({ title: '«title»', shop: '«shop»', orderId: 'ORDER-1' });
    const e = await store.addEntry({ caseId: c.id, ...fullEntry });
    for (const field of ENTRY_TEXT_FIELDS) expect(e[field]).toMatch(/^«.*»$/);
    expect(e.keptSensitive).toBeUndefined();
    expect(await store.listEntries(c.id)).toEqual([e]);

    const updated = await store.updateEntry(e.id, { answer: 'new answer' });
    expect(updated.answer).toBe('«new answer»');
    const updatedCase = await store.updateCase(c.id, { title: 'new title' });
    expect(updatedCase.title).toBe('«new title»');

    const fromOrder = await store.getOrCreateCaseForOrder(order('X1'), 'amazon', 'amazon.fr');
    expect(fromOrder.title).toBe('«Wireless earbuds 无线耳机»');
    expect(fromOrder.shop).toBe('«Example Store 旗舰店»');
  });

  // The entry form warns "it will be masked when saved" from all its fields read together (EntryForm's `found`); a
  // label in one field and its value in the next were kept as typed, the label alone naming nothing in its own field.
  it("masks a secret whose label is in the field before it, as the form warned (the panel's privacy check)", async () => {
    const { store } = makeStore({ sanitize: (text) => sanitizeSecrets(text) });
    const c = await store.createCase({ platform: 'other', title: 'Headphones' });
    const e = await store.addEntry({ caseId: c.id, channel: 'phone', asked: '客服要验证码', answer: '482913' });
    expect(e).toMatchObject({ asked: '客服要验证码', answer: '******' });
    const cvv = await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'Agent wanted my CVV', answer: '737' });
    expect(cvv).toMatchObject({ asked: 'Agent wanted my CVV', answer: '***' });
    // Masked field by field first: an order label in one field does not unmask a card in the next.
    const card = await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'Order', answer: CARD });
    expect(card.answer).toBe('**** **** **** 1111');
    const edited = await store.updateEntry(card.id, { asked: 'Agent asked for my password', answer: 'hunter22' });
    expect(edited.answer).toBe('********');
  });

  it('masks a card number typed into each entry field with the default sanitizer', async () => {
    const { store } = makeStore();
    const c = await store.createCase({ platform: 'other', title: `paid with ${CARD}` });
    expect(c.title).toBe('paid with [card ••••1111]');
    const input = Object.fromEntries(ENTRY_TEXT_FIELDS.map((f) => [f, `${f} ${CARD}`]));
    const e = await store.addEntry({ caseId: c.id, channel: 'phone', ...input });
    for (const field of ENTRY_TEXT_FIELDS) {
      expect(e[field]).toBe(`${field} [card ••••1111]`);
    }
    // The raw number is not findable anywhere in the database.
    expect(JSON.stringify(await store.exportJson())).not.toContain('4111 1111');
    expect(await store.searchCases('4111 1111')).toEqual([]);
  });

  it('keepSensitive stores the raw text and flags the entry; later edits keep that choice until revoked', async () => {
    const { store } = makeStore();
    const c = await store.createCase({ platform: 'other', title: 'c' });
    const e = await store.addEntry(
      { caseId: c.id, channel: 'chat', answer: `refund to ${CARD}` },
      { keepSensitive: true },
    );
    expect(e).toMatchObject({ answer: `refund to ${CARD}`, keptSensitive: true });

    const rated = await store.updateEntry(e.id, { satisfaction: 5 });
    expect(rated).toMatchObject({ answer: `refund to ${CARD}`, keptSensitive: true });

    const revoked = await store.updateEntry(e.id, {}, { keepSensitive: false });
    expect(revoked.answer).toBe('refund to [card ••••1111]');
    expect(revoked.keptSensitive).toBeUndefined();
  });
});
