import { describe, expect, it } from 'vitest';
import { KefuNotesDb, NotesStore } from '../../../lib/notes';
import { CARD, makeStore, order, storedData, uniqueDbName } from './helpers';

// Found while hunting lost notes with several contexts open (.tmp/s21/durable): a deletion's Undo, pressed after
// another panel (or this one) wrote for the same case, and the byte-identity of a backup after a restore.

/** Two connections to one database, as two side panels (or a panel and the worker) hold them. */
function twoPanels() {
  const name = uniqueDbName('two-panels');
  return [new NotesStore(new KefuNotesDb(name)), new NotesStore(new KefuNotesDb(name))] as const;
}

describe('Undo of a deletion after other writes', () => {
  it('keeps the newer version of an entry an import brought back meanwhile', async () => {
    const { store, clock } = makeStore();
    const c = await store.createCase({ platform: 'other', title: 'Refund' });
    const e = await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'as first written' });
    clock.advance(60_000);
    // A backup from another device, where this contact was corrected later.
    const backup = await store.exportJson();
    backup.entries = [{ ...backup.entries[0]!, asked: 'corrected on the laptop', updatedAt: clock.now }];
    const token = await store.deleteEntry(e.id);
    await store.importJson(backup);
    await store.undoDelete(token);
    expect((await store.listEntries(c.id)).map((x) => x.asked)).toEqual(['corrected on the laptop']);
  });

  it('still puts back the deleted version when the import brought an older one', async () => {
    const { store, clock } = makeStore();
    const c = await store.createCase({ platform: 'other', title: 'Refund' });
    const e = await store.addEntry({ caseId: c.id, channel: 'chat', asked: 'old words' });
    const backup = await store.exportJson();
    clock.advance(60_000);
    await store.updateEntry(e.id, { asked: 'new words' });
    const token = await store.deleteEntry(e.id);
    await store.importJson(backup);
    await store.undoDelete(token);
    expect((await store.listEntries(c.id)).map((x) => x.asked)).toEqual(['new words']);
  });

  it('brings a deleted case back with its notes after another panel made a new case for its order', async () => {
    const [a, b] = twoPanels();
    const c = await a.getOrCreateCaseForOrder(order('112-0399923-3070642'), 'amazon', 'amazon.com');
    await a.updateCase(c.id, { status: 'escalated', followUpAt: Date.UTC(2031, 0, 1) });
    await a.addEntry({ caseId: c.id, channel: 'phone', promised: 'refund in 48h' });
    const token = await a.deleteCase(c.id);
    // The order's page is open in another window: a contact logged there makes a new case for the order.
    const fresh = await b.getOrCreateCaseForOrder(order('112-0399923-3070642'), 'amazon', 'amazon.com');
    await b.addEntry({ caseId: fresh.id, channel: 'chat', asked: 'logged meanwhile' });

    await a.undoDelete(token);
    const data = await storedData(b);
    expect(data.cases.map((x) => [x.id, x.status, x.followUpAt])).toEqual([[c.id, 'escalated', Date.UTC(2031, 0, 1)]]);
    expect(data.entries.map((x) => [x.caseId, x.promised ?? x.asked]).sort()).toEqual([
      [c.id, 'logged meanwhile'],
      [c.id, 'refund in 48h'],
    ]);
    // Both notes are found by search under the one case; nothing of the removed newcomer is left.
    expect((await b.searchCases('meanwhile')).map((r) => r.case.id)).toEqual([c.id]);
    expect(await b.db.caseSearch.get(fresh.id)).toBeUndefined();
  });

  it("keeps what was decided on the newcomer since: its status and follow-up win over the deleted case's", async () => {
    const [a, b] = twoPanels();
    const c = await a.getOrCreateCaseForOrder(order('112-0399923-3070642'), 'amazon', 'amazon.com');
    await a.updateCase(c.id, { status: 'waiting', followUpAt: Date.UTC(2031, 0, 1) });
    const token = await a.deleteCase(c.id);
    const fresh = await b.getOrCreateCaseForOrder(order('112-0399923-3070642'), 'amazon', 'amazon.com');
    await b.updateCase(fresh.id, { status: 'resolved' });

    await a.undoDelete(token);
    const data = await storedData(b);
    // Resolved in the other window after the deletion; the deleted case's follow-up stays, none was set since.
    expect(data.cases.map((x) => [x.id, x.status, x.followUpAt])).toEqual([[c.id, 'resolved', Date.UTC(2031, 0, 1)]]);

    const token2 = await a.deleteCase(c.id);
    const again = await b.getOrCreateCaseForOrder(order('112-0399923-3070642'), 'amazon', 'amazon.com');
    await b.updateCase(again.id, { followUpAt: Date.UTC(2032, 5, 1) });
    await a.undoDelete(token2);
    expect((await storedData(b)).cases.map((x) => [x.status, x.followUpAt])).toEqual([
      ['resolved', Date.UTC(2032, 5, 1)],
    ]);
  });
});

describe('JSON backup: byte for byte', () => {
  it('a restored database exports the very same text, every field in place', async () => {
    const { store, clock } = makeStore();
    const c = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.de',
      orderId: '302-1234567-1234567',
      shop: 'Amazon.de',
      title: 'Kopfhörer',
      status: 'waiting',
      helpUrl: 'https://www.amazon.de/gp/help/customer/contact-us',
      manual: { total: '€19,99', carrier: 'DHL', trackingId: 'JJD000390007880', orderDate: '2024-04-20' },
    });
    clock.advance(1000);
    // Given later, the follow-up lands after the timestamps in the stored row.
    await store.updateCase(c.id, { followUpAt: clock.now + 86_400_000 });
    await store.addEntry(
      {
        caseId: c.id,
        channel: 'email',
        agent: 'Frau Beispiel',
        reference: 'CS-0001',
        asked: 'Wo ist mein Paket?',
        answer: 'Wird geprüft',
        promised: 'Erstattung in 48h',
        nextStep: 'Nachfragen',
        satisfaction: 3,
        comment: `Karte ${CARD}`,
      },
      { keepSensitive: true },
    );
    await store.addEntry({ caseId: c.id, channel: 'chat', at: clock.now - 5000, asked: 'first contact' });
    await store.putTemplate({
      id: 'tpl-1',
      problemKind: 'not-received',
      lang: 'en',
      title: 'Paket',
      body: 'Hallo {orderId}',
      builtIn: false,
    });

    const text = await store.exportJsonText({ pretty: true });
    const restored = makeStore();
    restored.clock.now = clock.now;
    await restored.store.importJsonText(text);
    expect(await restored.store.exportJsonText({ pretty: true })).toBe(text);
  });
});
