import { afterEach, describe, expect, it } from 'vitest';
import { followUpFromV1, LIMITS, type NotesExport, type Sanitizer } from '../../../lib/notes';
import { CARD, makeStore, rejection, storedData } from './helpers';

/** A version 1 backup of one case (v1 cases hold the follow-up as the text `followUp`). */
function v1File(cases: Record<string, unknown>[], entries: Record<string, unknown>[] = []) {
  return {
    format: 'kefu-notes',
    version: 1,
    cases: cases.map((c, i) => ({
      id: `c${i}`,
      platform: 'other',
      title: `Case ${i}`,
      status: 'pending',
      createdAt: 1,
      updatedAt: 100 + i,
      ...c,
    })),
    entries,
  };
}

function v2File(extra: Partial<NotesExport>): NotesExport {
  return {
    format: 'kefu-notes',
    version: 2,
    exportedAt: '2024-05-01T00:00:00.000Z',
    cases: [{ id: 'c', platform: 'other', title: 'Case', status: 'open', createdAt: 1, updatedAt: 1 }],
    entries: [],
    templates: [],
    settings: [],
    ...extra,
  };
}

const entry = (over: Record<string, unknown> = {}) =>
  ({ id: 'e', caseId: 'c', at: 1, channel: 'chat', createdAt: 1, updatedAt: 1, ...over }) as NotesExport['entries'][0];

describe('a v1 follow-up that is not a readable date is kept and reported, never dropped', () => {
  it('keeps the text as the next step of a note of its case and names case and field in the result', async () => {
    const { store } = makeStore();
    const result = await store.importJson(
      v1File([
        { title: 'Late parcel', followUp: 'someday' },
        { title: 'Refund', followUp: '2024-06-01T09:00:00.000Z' },
      ]),
    );
    expect(result.notices).toEqual([
      {
        kind: 'followUpKeptAsNote',
        path: 'cases[0].followUp',
        caseId: 'c0',
        caseTitle: 'Late parcel',
        text: 'someday',
      },
    ]);
    expect(result).toMatchObject({ casesAdded: 2, entriesAdded: 1 });
    expect(await store.listEntries('c0')).toEqual([
      {
        id: 'v1-follow-up:c0',
        caseId: 'c0',
        at: 100,
        channel: 'other',
        nextStep: 'someday',
        createdAt: 100,
        updatedAt: 100,
      },
    ]);
    expect((await store.getCase('c0'))?.followUpAt).toBeUndefined();
    // A readable one becomes the reminder, with no note.
    expect((await store.getCase('c1'))?.followUpAt).toBe(Date.UTC(2024, 5, 1, 9));
    expect(await store.listEntries('c1')).toEqual([]);
    // The kept text is searchable like any note.
    expect((await store.searchCases('someday')).map((r) => r.case.id)).toEqual(['c0']);
  });

  it('importing the same v1 backup again adds no second note and reports nothing new', async () => {
    const { store } = makeStore();
    const file = v1File([{ followUp: 'next Tuesday' }]);
    expect((await store.importJson(file)).notices).toHaveLength(1);
    const before = await storedData(store);
    expect(await store.importJson(file)).toMatchObject({ entriesAdded: 0, notices: [] });
    expect(await storedData(store)).toEqual(before);
  });

  it('puts the note on the case already here for the same order, and names that case', async () => {
    const { store } = makeStore();
    const mine = await store.createCase({ platform: 'taobao', marketplace: 'taobao', orderId: '123', title: 'mine' });
    const result = await store.importJson(
      v1File([{ id: 'other-device', platform: 'taobao', marketplace: 'taobao', orderId: '123', followUp: '??' }]),
    );
    expect(result.notices).toEqual([
      { kind: 'followUpKeptAsNote', path: 'cases[0].followUp', caseId: mine.id, caseTitle: 'mine', text: '??' },
    ]);
    expect((await store.listEntries(mine.id)).map((e) => e.nextStep)).toEqual(['??']);
  });

  it('masks the kept text like any note', async () => {
    const { store } = makeStore();
    const result = await store.importJson(v1File([{ followUp: `call ${CARD}` }]));
    expect(result.notices[0]?.text).toBe('call [card ••••1111]');
    expect(JSON.stringify(await store.exportJson())).not.toContain('4111 1111');
  });

  it('reads only ISO dates: a loosely parsed or impossible date is kept as text, not silently changed', async () => {
    // Date.parse reads "June 1" as 2001-06-01, "5/6/2024" as May 6, and "2024-02-30" as March 1.
    for (const text of ['June 1', '5/6/2024', '2024-02-30', '2024-13-01', 'tomorrow']) {
      expect(followUpFromV1(text), text).toBeUndefined();
    }
    expect(followUpFromV1('2024-06-01')).toBe(new Date(2024, 5, 1).getTime());
    expect(followUpFromV1(' 2024-06-01T09:00:00.000Z ')).toBe(Date.UTC(2024, 5, 1, 9));
    expect(followUpFromV1('2024-06-01T09:00+08:00')).toBe(Date.UTC(2024, 5, 1, 1));

    const { store } = makeStore();
    const result = await store.importJson(v1File([{ followUp: 'June 1' }, { followUp: '2024-02-30' }]));
    expect(result.notices.map((n) => n.text)).toEqual(['June 1', '2024-02-30']);
    expect((await store.listCases()).map((c) => c.followUpAt)).toEqual([undefined, undefined]);
  });

  it('never stores a follow-up before 1970: the case stays editable and its backup imports again', async () => {
    // "0024-05-01" (a typing slip for 2024) parsed to a negative time that every later write of the case refused.
    const { store } = makeStore();
    const result = await store.importJson(v1File([{ followUp: '0024-05-01' }]));
    expect(result.notices.map((n) => n.text)).toEqual(['0024-05-01']);
    expect((await store.getCase('c0'))?.followUpAt).toBeUndefined();
    await expect(store.updateCase('c0', { title: 'edited' })).resolves.toMatchObject({ title: 'edited' });
    const copy = makeStore();
    await expect(copy.store.importJsonText(await store.exportJsonText())).resolves.toMatchObject({ casesAdded: 1 });
  });
});

describe('import masks sensitive text first, then checks its length', () => {
  // A 13-digit card number (Luhn-valid) becomes `[card ••••2222]`: two characters longer.
  const GROWING = '4222222222222';
  const atLimitWithCard = 'x'.repeat(LIMITS.text - GROWING.length) + GROWING;

  async function rejected(file: unknown, message: string) {
    expect((await rejection(file)).message).toBe(message);
  }

  it('refuses a text that passes the limit as written but not once masked, naming record and field', async () => {
    expect(atLimitWithCard).toHaveLength(LIMITS.text);
    await rejected(
      v2File({ entries: [entry({ asked: atLimitWithCard })] }),
      'entries[0].asked: expected at most 10,000 characters',
    );
    await rejected(
      v2File({ cases: [{ ...v2File({}).cases[0]!, title: atLimitWithCard }] }),
      'cases[0].title: expected at most 10,000 characters',
    );
    await rejected(
      v2File({
        templates: [
          {
            id: 't',
            problemKind: 'not-received',
            lang: 'en',
            title: 't',
            body: 'x'.repeat(LIMITS.templateBody - GROWING.length) + GROWING,
            builtIn: false,
            updatedAt: 1,
          },
        ],
      }),
      'templates[0].body: expected at most 100,000 characters',
    );
  });

  it('accepts a text that is too long as written but fits once masked, and stores exactly what was checked', async () => {
    const text = `${'x'.repeat(LIMITS.text - 50)}${` ${CARD}`.repeat(3)}`;
    expect(text.length).toBeGreaterThan(LIMITS.text);
    const { store } = makeStore();
    await store.importJson(v2File({ entries: [entry({ answer: text })] }));
    const [stored] = await store.listEntries('c');
    expect(stored?.answer).toBe(`${'x'.repeat(LIMITS.text - 50)}${' [card ••••1111]'.repeat(3)}`);
    expect(stored?.answer?.length).toBeLessThanOrEqual(LIMITS.text);
    // What is stored can be edited and backed up again.
    await expect(store.updateEntry(stored!.id, { satisfaction: 3 })).resolves.toBeDefined();
    await expect(makeStore().store.importJsonText(await store.exportJsonText())).resolves.toBeDefined();
  });

  it('checks an entry kept as typed as it is (it is not masked)', async () => {
    const { store } = makeStore();
    await store.importJson(v2File({ entries: [entry({ asked: atLimitWithCard, keptSensitive: true })] }));
    expect((await store.listEntries('c'))[0]?.asked).toBe(atLimitWithCard);
  });

  it('masks each text once, before checking, and stores the masked value', async () => {
    const seen: string[] = [];
    const grow: Sanitizer = (text) => {
      seen.push(text);
      return { text: `${text}!!`, found: true };
    };
    const { store } = makeStore({ sanitize: grow });
    await expect(
      store.importJson(v2File({ entries: [entry({ comment: 'y'.repeat(LIMITS.text - 1) })] })),
    ).rejects.toThrow('entries[0].comment: expected at most 10,000 characters');
    seen.length = 0;
    await store.importJson(v2File({ entries: [entry({ comment: 'short' })] }));
    expect(seen).toEqual(['Case', 'short']);
    expect((await store.listEntries('c'))[0]?.comment).toBe('short!!');
    expect((await store.getCase('c'))?.title).toBe('Case!!');
  });
});

describe('a v1 follow-up of a case the store holds in a newer version', () => {
  it('is not brought in (the newer case keeps its own follow-up) and no notice asks to set it again', async () => {
    const { store } = makeStore();
    // The store's case c0 was changed after the backup was made, with a real follow-up date.
    await store.importJson(v1File([{ title: 'Late parcel', followUp: '2030-01-01', updatedAt: 500 }]));
    const result = await store.importJson(v1File([{ title: 'Late parcel', followUp: 'someday' }]));
    expect(result.notices).toEqual([]);
    expect(result).toMatchObject({ casesUpdated: 0, entriesAdded: 0 });
    expect(await store.listEntries('c0')).toEqual([]);
  });
});

describe('a v1 follow-up that is a date alone', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    // Node reads TZ again whenever it is assigned.
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('is that day in the zone of the user, not midnight UTC (the evening before west of Greenwich)', async () => {
    // A v1 date input said "1 June": read as UTC, New York listed it as "May 31, 8:00 PM" and reminded then.
    for (const zone of ['America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Shanghai']) {
      process.env.TZ = zone;
      const { store } = makeStore();
      await store.importJson(v1File([{ followUp: '2024-06-01', status: 'open' }]));
      const at = (await store.getCase('c0'))?.followUpAt as number;
      expect([new Date(at).getFullYear(), new Date(at).getMonth(), new Date(at).getDate()], zone).toEqual([2024, 5, 1]);
      expect(at, zone).toBe(new Date(2024, 5, 1).getTime());
    }
  });
});
