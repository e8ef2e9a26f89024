import { describe, expect, it } from 'vitest';
import { LIMITS, NotesError, type NotesExport } from '../../../lib/notes';
import { jsonErrorLocation } from '../../../lib/notes/import-json';
import { CARD, makeStore, storedData, type TestStore } from './helpers';

async function seededStore(): Promise<TestStore> {
  const t = makeStore();
  const c = await t.store.createCase({
    platform: 'amazon',
    marketplace: 'amazon.com',
    orderId: '111-1111111-1111111',
    title: 'Existing',
  });
  await t.store.addEntry({ caseId: c.id, channel: 'chat', asked: '已有记录', agent: 'Ann' });
  await t.store.setSetting('lang', 'zh');
  return t;
}

function validFile(): NotesExport {
  return {
    format: 'kefu-notes',
    version: 2,
    exportedAt: '2024-05-01T00:00:00.000Z',
    cases: [
      {
        id: 'c-new',
        platform: 'tmall',
        marketplace: 'tmall',
        orderId: '4000000000000000002',
        title: '新案子',
        status: 'open',
        createdAt: 1,
        updatedAt: 2,
      },
    ],
    entries: [
      { id: 'e-1', caseId: 'c-new', at: 1, channel: 'in-app', asked: 'a', createdAt: 1, updatedAt: 1 },
      { id: 'e-2', caseId: 'c-new', at: 2, channel: 'phone', satisfaction: 3, createdAt: 2, updatedAt: 2 },
    ],
    templates: [],
    settings: [{ key: 'theme', value: { dark: true } }],
  };
}

/** Import must fail with `message` and leave every stored byte as it was. */
async function expectRejected(text: string, message: string | RegExp) {
  const { store } = await seededStore();
  const before = await store.exportJsonText();
  const err = await store.importJsonText(text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NotesError);
  expect((err as NotesError).code).toBe('import');
  if (typeof message === 'string') expect((err as NotesError).message).toContain(message);
  else expect((err as NotesError).message).toMatch(message);
  expect(await store.exportJsonText()).toBe(before);
  expect(await store.searchCases('新案子')).toEqual([]);
}

const withFile = (edit: (f: Record<string, unknown> & NotesExport) => void) => {
  const f = validFile() as Record<string, unknown> & NotesExport;
  edit(f);
  return JSON.stringify(f);
};

describe('importJson rejects bad files and changes nothing', () => {
  // Where the parser stopped, as line and column (not the engine's English message, which the UI would show as is).
  it('malformed JSON', () =>
    expectRejected('{"format": "kefu-notes",\n version: 2}', '(file): not valid JSON near line 2, column 2'));
  it('truncated file', () => {
    const text = JSON.stringify(validFile());
    const cut = text.slice(0, Math.floor(text.length * 0.7));
    return expectRejected(cut, `not valid JSON near line 1, column ${cut.length + 1} — the file may be truncated`);
  });
  it('the parser stop as line and column, from either engine, only where the message says it', () => {
    expect(
      jsonErrorLocation('{\n  "a": 1\n  x}', "Expected ',' or '}' after property value in JSON at position 13"),
    ).toEqual([3, 3]);
    expect(
      jsonErrorLocation('{"a"', "Expected ':' after property name in JSON at position 4 (line 1 column 5)"),
    ).toEqual([1, 5]);
    expect(jsonErrorLocation('{\n"a"', "JSON.parse: expected ':' at line 2 column 4 of the JSON data")).toEqual([2, 4]);
    expect(jsonErrorLocation('[1,\n2', 'Unexpected end of JSON input')).toEqual([2, 2]);
    // Chromium 156 for a CSV or a bad literal names no place: none is made up (the end of the file was).
    expect(
      jsonErrorLocation('date,total\n1,2\n3,4\n', 'Unexpected token \'d\', "date,total"... is not valid JSON'),
    ).toBeNull();
    // The quoted source text is not the engine's own words.
    expect(
      jsonErrorLocation('xxxxline 9 column 9', 'Unexpected token \'x\', "xxxxline 9 column 9" is not valid JSON'),
    ).toBeNull();
  });

  it('a file with no place named says so without one', () =>
    expectRejected(
      'date,total\n1,2',
      /^\(file\): not valid JSON — the file may be truncated or damaged, or not a Kefu backup$/,
    ));

  // An empty file is not "JSON that stops near line 1, column 1" (user-journey review, .tmp/s16/ux F7).
  it('empty file', () => expectRejected('', /^\(file\): the file is empty$/));
  it('a file of blanks (and a BOM) is empty too', () => expectRejected('\uFEFF \n\t\n', '(file): the file is empty'));
  it('not an export', () => expectRejected('[1,2,3]', '(file): expected a Kefu notes export object'));
  it('other format', () =>
    expectRejected(
      withFile((f) => Object.assign(f, { format: 'other-app' })),
      'format: expected "kefu-notes"',
    ));
  it('wrong version', () =>
    expectRejected(
      withFile((f) => Object.assign(f, { version: 3 })),
      'version: expected 1 or 2, got 3',
    ));
  it('version as a string', () =>
    expectRejected(
      withFile((f) => Object.assign(f, { version: '2' })),
      'version: expected 1 or 2, got "2"',
    ));

  it('wrong types name the record and field', async () => {
    await expectRejected(
      withFile((f) => Object.assign(f.entries[1]!, { satisfaction: 7 })),
      'entries[1].satisfaction: expected 1–5',
    );
    await expectRejected(
      withFile((f) => Object.assign(f.cases[0]!, { createdAt: 'yesterday' })),
      'cases[0].createdAt: expected a time in ms',
    );
    await expectRejected(
      withFile((f) => Object.assign(f.cases[0]!, { status: 'pending' })),
      'cases[0].status: expected one of open, waiting',
    );
    await expectRejected(
      withFile((f) => Object.assign(f.entries[0]!, { channel: 'fax' })),
      'entries[0].channel: expected one of chat',
    );
    await expectRejected(
      withFile((f) => Object.assign(f.entries[0]!, { agent: 42 })),
      'entries[0].agent: expected text',
    );
    await expectRejected(
      withFile((f) => Object.assign(f.entries[0]!, { agent: null })),
      'entries[0].agent: expected text',
    );
    await expectRejected(
      withFile((f) => Object.assign(f, { cases: {} })),
      'cases: expected a list',
    );
    await expectRejected(
      withFile((f) => {
        delete (f.cases[0] as Partial<NotesExport['cases'][0]>).title;
      }),
      'cases[0].title: required',
    );
  });

  it('reports how many problems there are and lists them all in details', async () => {
    const { store } = await seededStore();
    const text = withFile((f) => {
      Object.assign(f.entries[0]!, { satisfaction: 0 });
      Object.assign(f.entries[1]!, { satisfaction: 9 });
    });
    const err = (await store.importJsonText(text).catch((e: unknown) => e)) as NotesError;
    expect(err.message).toBe('entries[0].satisfaction: expected 1–5 (and 1 more problem)');
    expect(err.details).toEqual(['entries[0].satisfaction: expected 1–5', 'entries[1].satisfaction: expected 1–5']);
  });

  it('huge strings and too many records', async () => {
    await expectRejected(
      withFile((f) => Object.assign(f.entries[0]!, { asked: 'x'.repeat(LIMITS.text + 1) })),
      'entries[0].asked: expected at most 10,000 characters',
    );
    await expectRejected(
      withFile((f) => Object.assign(f.cases[0]!, { orderId: '1'.repeat(LIMITS.id + 1) })),
      'cases[0].orderId: expected at most 200 characters',
    );
    await expectRejected(
      withFile((f) => Object.assign(f, { settings: [{ key: 'big', value: 'y'.repeat(LIMITS.settingJson) }] })),
      'settings[0].value: expected a JSON value of at most 100,000 characters',
    );
    await expectRejected(
      withFile((f) =>
        Object.assign(f, {
          templates: Array(LIMITS.templates + 1).fill({
            id: 't',
            problemKind: 'not-received',
            lang: 'en',
            title: 't',
            body: 'b',
            builtIn: false,
            updatedAt: 1,
          }),
        }),
      ),
      'templates: expected at most 2,000 records',
    );
  });

  it('prototype-pollution keys, including ones JSON.parse makes own properties', async () => {
    const proto = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.keys(proto)).toEqual(['__proto__']); // own property, not the prototype
    const base = JSON.stringify(validFile());
    await expectRejected(
      base.replace('"title":"新案子"', '"title":"新案子","__proto__":{"isAdmin":true}'),
      'cases[0].__proto__: forbidden key "__proto__"',
    );
    await expectRejected(
      base.replace('{"format"', '{"constructor":{"prototype":{}},"format"'),
      'constructor: forbidden key "constructor"',
    );
    await expectRejected(
      base.replace('{"dark":true}', '{"a":[{"prototype":1}]}'),
      'settings[0].value.a[0].prototype: forbidden key "prototype"',
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unknown keys anywhere', async () => {
    await expectRejected(
      withFile((f) => Object.assign(f.cases[0]!, { extra: 1 })),
      'cases[0].extra: unknown key',
    );
    await expectRejected(
      withFile((f) => Object.assign(f, { recentOrders: [] })),
      'recentOrders: unknown key',
    );
    await expectRejected(
      withFile((f) => Object.assign(f.cases[0]!, { manual: { orderDate: '2024-01-01', color: 'red' } })),
      'cases[0].manual.color: unknown key',
    );
  });

  it('broken references and duplicate IDs inside the file', async () => {
    await expectRejected(
      withFile((f) => Object.assign(f.entries[1]!, { caseId: 'ghost' })),
      'entries[1].caseId: no case "ghost"',
    );
    await expectRejected(
      withFile((f) => Object.assign(f.entries[1]!, { id: 'e-1' })),
      'entries[1].id: duplicate of entries[0]',
    );
    await expectRejected(
      withFile((f) => Object.assign(f, { cases: [f.cases[0], f.cases[0]] })),
      'cases[1].id: duplicate of cases[0]',
    );
  });

  it('deep nesting', () => {
    let deep = '1';
    for (let i = 0; i < 40; i++) deep = `[${deep}]`;
    return expectRejected(JSON.stringify(validFile()).replace('{"dark":true}', deep), 'nested deeper than 32 levels');
  });
});

describe('importJson merges', () => {
  it('adds new records and merges duplicates by stable ID, newer updatedAt winning', async () => {
    const { store, clock } = makeStore();
    const c = await store.createCase({ platform: 'other', title: 'old title' });
    const e = await store.addEntry({ caseId: c.id, channel: 'chat', answer: 'current answer' });
    const exported = await store.exportJson();

    const file: NotesExport = JSON.parse(JSON.stringify(exported));
    file.cases[0] = { ...file.cases[0]!, title: 'newer title', updatedAt: clock.now + 10 };
    file.entries[0] = { ...file.entries[0]!, answer: 'older answer', updatedAt: e.updatedAt - 10 };
    file.entries.push({
      id: 'e-extra',
      caseId: c.id,
      at: clock.now + 5,
      channel: 'email',
      comment: `card ${CARD}`,
      createdAt: 1,
      updatedAt: 1,
    });
    file.templates.push({
      id: 't1',
      problemKind: 'not-received',
      lang: 'en',
      title: 'Late',
      body: 'Hello',
      builtIn: false,
      updatedAt: 5,
    });

    expect(await store.importJson(file)).toEqual({
      casesAdded: 0,
      casesUpdated: 1,
      entriesAdded: 1,
      entriesUpdated: 0,
      settingsSkipped: 0,
      notices: [],
    });
    expect((await store.getCase(c.id))?.title).toBe('newer title');
    const entries = await store.listEntries(c.id);
    expect(entries.map((x) => x.answer ?? x.comment)).toEqual(['current answer', 'card [card ••••1111]']);
    expect(await store.listTemplates()).toHaveLength(1);
    expect((await store.searchCases('newer')).map((r) => r.case.id)).toEqual([c.id]);
  });

  it("merges a case for the same order made elsewhere under another ID into this one's ID", async () => {
    const { store } = makeStore();
    const mine = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.de',
      orderId: '302-0000000-0000009',
      title: 'mine',
    });
    const file = validFile();
    file.cases = [
      {
        id: 'other-device',
        platform: 'amazon',
        marketplace: 'amazon.de',
        orderId: '302-0000000-0000009',
        title: 'theirs',
        status: 'waiting',
        createdAt: 1,
        updatedAt: mine.updatedAt + 1,
      },
    ];
    file.entries = [
      { id: 'e-x', caseId: 'other-device', at: 5, channel: 'chat', agent: 'Zoe', createdAt: 5, updatedAt: 5 },
    ];
    expect(await store.importJson(file)).toEqual({
      casesAdded: 0,
      casesUpdated: 1,
      entriesAdded: 1,
      entriesUpdated: 0,
      settingsSkipped: 1, // validFile's "theme"
      notices: [],
    });
    const cases = await store.listCases();
    expect(cases.map((c) => [c.id, c.title, c.status])).toEqual([[mine.id, 'theirs', 'waiting']]);
    expect((await store.listEntries(mine.id)).map((e) => e.agent)).toEqual(['Zoe']);
  });

  it('keeps existing settings and skips settings a file may not set', async () => {
    const { store } = await seededStore();
    const file = validFile();
    file.settings = [
      { key: 'lang', value: 'en' },
      { key: 'theme', value: 'dark' },
    ];
    expect((await store.importJson(file)).settingsSkipped).toBe(2);
    expect(await store.getSetting('lang')).toBe('zh');
    expect(await store.getSetting('theme')).toBeUndefined();
  });

  it('accepts version 1 files and migrates them like the schema upgrade', async () => {
    const { store } = makeStore();
    const v1 = {
      format: 'kefu-notes',
      version: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      cases: [
        {
          id: 'a',
          platform: 'taobao',
          marketplace: 'taobao',
          orderId: '123',
          title: '等发货',
          status: 'pending',
          followUp: '2024-06-01T09:00:00.000Z',
          createdAt: 1,
          updatedAt: 1,
        },
        {
          id: 'b',
          platform: 'other',
          title: 'done',
          status: 'resolved',
          followUp: 'not a date',
          createdAt: 2,
          updatedAt: 2,
        },
      ],
      entries: [{ id: 'e', caseId: 'a', at: 1, channel: 'chat', createdAt: 1, updatedAt: 1 }],
    };
    expect(await store.importJsonText(JSON.stringify(v1))).toEqual({
      casesAdded: 2,
      casesUpdated: 0,
      // The file's one entry, and the note keeping case b's unreadable follow-up.
      entriesAdded: 2,
      entriesUpdated: 0,
      settingsSkipped: 0,
      notices: [
        { kind: 'followUpKeptAsNote', path: 'cases[1].followUp', caseId: 'b', caseTitle: 'done', text: 'not a date' },
      ],
    });
    expect(await store.getCase('a')).toEqual({
      id: 'a',
      platform: 'taobao',
      marketplace: 'taobao',
      orderId: '123',
      title: '等发货',
      status: 'waiting',
      followUpAt: Date.UTC(2024, 5, 1, 9),
      createdAt: 1,
      updatedAt: 1,
    });
    const b = await store.getCase('b');
    expect(b?.status).toBe('resolved');
    expect(b && 'followUpAt' in b).toBe(false);
    // A v2-only status is not valid in a v1 file.
    await expect(
      store.importJsonText(JSON.stringify({ ...v1, cases: [{ ...v1.cases[1], status: 'waiting' }], entries: [] })),
    ).rejects.toThrow('cases[0].status: expected one of open, pending');
  });

  it('stores nothing when the file is valid JSON but the merge fails halfway', async () => {
    const { store } = await seededStore();
    const before = await storedData(store);
    const file = validFile();
    // Two different existing-looking IDs for one order, the second conflicting with a case already stored.
    const existing = (await store.listCases())[0]!;
    file.cases.push({ id: 'clash', platform: 'other', title: 'fine', status: 'open', createdAt: 1, updatedAt: 1 });
    file.cases.push({
      ...existing,
      id: existing.id,
      orderId: '4000000000000000002',
      marketplace: 'tmall',
      platform: 'tmall',
      updatedAt: existing.updatedAt + 1,
    });
    // Found before anything is written now (one case per order in a file), named by record.
    await expect(store.importJson(file)).rejects.toThrow('cases[2].orderId: duplicate of cases[0]');
    expect(await storedData(store)).toEqual(before);
  });
});
