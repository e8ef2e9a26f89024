import { describe, expect, it, vi } from 'vitest';
import { ENTRY_TEXT_FIELDS, maskCardNumbers, type Sanitizer } from '../../../lib/notes';
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
