import Dexie from 'dexie';
import { expect } from 'vitest';
import type { ExtractedOrder } from '../../../lib/extract/types';
import { KefuNotesDb, NOTES_SCHEMA_V1, NotesError, NotesStore, type NotesStoreOptions } from '../../../lib/notes';

let dbCounter = 0;
/** Each test gets its own database (fake-indexeddb is shared by the whole test file). */
export const uniqueDbName = (label = 'notes') =>
  `kefu-test-${label}-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

/** A new database at schema v1 holding these raw rows (closed again); its name, for opening it at the current version. */
export async function v1Database(label: string, cases: object[], entries: object[] = []): Promise<string> {
  const name = uniqueDbName(label);
  const v1 = new Dexie(name);
  v1.version(1).stores(NOTES_SCHEMA_V1);
  await v1.table('cases').bulkAdd(cases);
  if (entries.length) await v1.table('entries').bulkAdd(entries);
  v1.close();
  return name;
}

export interface TestStore {
  store: NotesStore;
  db: KefuNotesDb;
  clock: { now: number; advance(ms: number): number };
}

export const T0 = Date.UTC(2024, 4, 1, 8, 0, 0);

export function makeStore(options: NotesStoreOptions & { name?: string } = {}): TestStore {
  const clock = {
    now: T0,
    advance(ms: number) {
      clock.now += ms;
      return clock.now;
    },
  };
  let n = 0;
  const db = new KefuNotesDb(options.name ?? uniqueDbName());
  const store = new NotesStore(db, {
    now: () => clock.now,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    ...options,
  });
  return { store, db, clock };
}

export function order(orderId: string, extra: Partial<ExtractedOrder> = {}): ExtractedOrder {
  return {
    orderId,
    orderDate: '2024-04-20',
    items: [{ title: 'Wireless earbuds 无线耳机', quantity: 1 }],
    shipments: [{ trackingId: 'SF1234567890123', carrier: 'SF Express' }],
    total: { amount: 153, currency: 'CNY', text: '¥153.00' },
    shop: 'Example Store 旗舰店',
    ...extra,
  };
}

/** A card number that passes Luhn (the stub sanitizer masks it). */
export const CARD = '4111 1111 1111 1111';

/** Everything stored, as the export sees it, without the export's own timestamp. */
export async function storedData(store: NotesStore) {
  const { exportedAt: _ignored, ...data } = await store.exportJson();
  return data;
}

/** The error of an import that must be refused, checked to have written nothing (into a fresh store). */
export async function rejection(data: unknown): Promise<NotesError> {
  const { store } = makeStore();
  const before = await storedData(store);
  const err = await store.importJson(data).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NotesError);
  expect(await storedData(store)).toEqual(before);
  return err as NotesError;
}
