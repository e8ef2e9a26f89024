import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, NotesError, type NotesExport } from '../../../lib/notes';
import { makeStore, rejection } from './helpers';

// Found in review: a manual order had no item field. The item and its quantity are saved with the order, so a backup,
// a CSV and the report must carry them, and a backup from someone else must not store a quantity that is no count.
describe('the item of a manual order', () => {
  const manual = { orderDate: '2026-11-02', total: '¥99', item: '无线耳机 Pro', quantity: 2 };

  it('is kept by a backup, restored by its import, and in the CSV and the report', async () => {
    const { store } = makeStore();
    const c = await store.createCase({ platform: 'other', shop: '某店', orderId: 'M-1', title: '某店 M-1', manual });
    const backup = await store.exportJson();
    expect(backup.cases[0]?.manual).toEqual(manual);

    const { store: other } = makeStore();
    await other.importJson(backup);
    expect((await other.getCase(c.id))?.manual).toEqual(manual);

    const csv = (await store.exportCsv({ bom: false, timeZone: 'UTC' })).split('\r\n');
    const header = csv[0]!.split(',');
    const row = csv[1]!.split(',');
    expect(header.slice(header.indexOf('item'), header.indexOf('item') + 2)).toEqual(['item', 'quantity']);
    // The last two columns: the columns before them keep the places they had before the item was added.
    expect(CSV_COLUMNS.slice(-2)).toEqual(['item', 'quantity']);
    expect(row[header.indexOf('item')]).toBe('无线耳机 Pro');
    expect(row[header.indexOf('quantity')]).toBe('2');

    expect(await store.exportMarkdown({ lang: 'zh' })).toContain('- **商品**：无线耳机 Pro ×2\n');
    expect(await store.exportMarkdown({ lang: 'en' })).toContain('- **Item:** 无线耳机 Pro ×2\n');
  });

  it('refuses a quantity that is no whole number from 1 to 9,999, by write and by import', async () => {
    const { store } = makeStore();
    for (const quantity of [0, -1, 2.5, 10_000, Number.NaN]) {
      const error = await store
        .createCase({ platform: 'other', orderId: 'M-2', title: 'x', manual: { item: 'Kettle', quantity } })
        .then(
          () => null,
          (err: unknown) => err,
        );
      expect(error).toBeInstanceOf(NotesError);
    }
    const file = (quantity: unknown): NotesExport =>
      ({
        format: 'kefu-notes',
        version: 2,
        exportedAt: new Date(0).toISOString(),
        cases: [
          {
            id: 'case-1',
            platform: 'other',
            orderId: 'M-3',
            title: 'M-3',
            status: 'open',
            manual: { item: 'Kettle', quantity },
            createdAt: 1,
            updatedAt: 1,
          },
        ],
        entries: [],
        templates: [],
        settings: [],
      }) as unknown as NotesExport;
    for (const quantity of [0, 2.5, 10_000, '2']) {
      expect((await rejection(file(quantity))).message).toBe('cases[0].manual.quantity: expected 1–9,999');
    }
    await store.importJson(file(3));
    expect((await store.getCase('case-1'))?.manual).toEqual({ item: 'Kettle', quantity: 3 });
  });

  // Browser journey (2026-12): the form refuses a quantity without its item, but a backup whose case had one
  // (`"manual": {"quantity": 2}`, the item cut out by hand) was imported without a word: a count of nothing, in the
  // CSV's quantity column beside an empty item, that no form could show or correct.
  it('refuses a quantity without its item, by write and by import', async () => {
    const { store } = makeStore();
    for (const item of [undefined, '', '  ']) {
      const error = await store
        .createCase({ platform: 'other', orderId: 'M-4', title: 'x', manual: { item, quantity: 2 } })
        .then(
          () => null,
          (err: unknown) => err,
        );
      expect(error).toBeInstanceOf(NotesError);
    }
    const file = (manual: Record<string, unknown>): NotesExport =>
      ({
        format: 'kefu-notes',
        version: 2,
        exportedAt: new Date(0).toISOString(),
        cases: [
          {
            id: 'case-2',
            platform: 'other',
            orderId: 'M-5',
            title: 'M-5',
            status: 'open',
            manual,
            createdAt: 1,
            updatedAt: 1,
          },
        ],
        entries: [],
        templates: [],
        settings: [],
      }) as unknown as NotesExport;
    for (const manual of [{ quantity: 2 }, { item: ' ', quantity: 2 }]) {
      expect((await rejection(file(manual))).message).toBe('cases[0].manual.quantity: expected an item with it');
    }
    expect(await store.getCase('case-2')).toBeUndefined();
    // An item alone is one piece.
    await store.importJson(file({ item: 'Kettle' }));
    expect((await store.getCase('case-2'))?.manual).toEqual({ item: 'Kettle' });
  });
});
