import { beforeAll, describe, expect, it } from 'vitest';
import { HAN_FOLD_PAIRS } from '../../../lib/han-fold/data/han-fold.generated';
import type { Case } from '../../../lib/notes';
import { FIELD_WEIGHTS, normalizeForSearch, queryText } from '../../../lib/notes/search-text';
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

  it('counts the compact form only as a whole identifier: a price or a date is not part of a longer number', async () => {
    const { store } = makeStore();
    // Its order number holds 1299 and 20240501; its notes hold neither "12.99" nor "2024-05-01".
    const other = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.com',
      orderId: '112-1299202-4050111',
      title: 'Kettle',
    });
    const priced = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.com',
      orderId: '113-5555555-5555555',
      title: 'Lamp',
    });
    await store.addEntry({ caseId: priced.id, channel: 'chat', promised: 'Refund 12.99 by 2024-05-01' });
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id);
    expect(await ids('12.99')).toEqual([priced.id]);
    expect(await ids('2024-05-01')).toEqual([priced.id]);
    // The whole number still finds its case however it is typed.
    expect(await ids('112–1299202–4050111')).toEqual([other.id]);
  });

  it('finds a number pasted with its label from a chat or an order page; the label word alone is still searched', async () => {
    // QA journey (s20): "订单号：4864…" and "Order # 112-…" found nothing, as every word must match.
    const { store } = makeStore();
    const tb = await store.createCase({
      platform: 'taobao',
      marketplace: 'taobao',
      orderId: '4864339011061004803',
      title: '对讲机',
    });
    const az = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.com',
      orderId: '112-0399923-3070642',
      title: 'Kettle',
    });
    await store.addEntry({ caseId: az.id, channel: 'chat', reference: 'CS-8842', asked: 'order cancelled by mistake' });
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id);
    expect(await ids('订单号：4864339011061004803')).toEqual([tb.id]);
    expect(await ids('Order # 112-0399923-3070642')).toEqual([az.id]);
    expect(await ids('Order#112-0399923-3070642')).toEqual([az.id]);
    expect(await ids('ref: CS-8842')).toEqual([az.id]);
    expect(await ids('order cancelled')).toEqual([az.id]);
    expect(await ids('order 4864339011061004803')).toEqual([tb.id]);
    // Not before a number: the word is a term like any other.
    expect(await ids('运单号错了')).toEqual([]);
  });

  it('ranks the order typed with spaces as its app groups it above a case whose number only contains those groups', async () => {
    // Other-shops review (s19): JD's app spaces "3012 3456 7890"; a 拼多多 number holding the same digit groups
    // scored the same (three partial terms each) and, updated later, came first.
    const { store, clock } = makeStore();
    const jd = await store.createCase({ platform: 'other', shop: '京东', orderId: '301234567890', title: '电饭煲' });
    clock.advance(60_000);
    const pdd = await store.createCase({
      platform: 'other',
      shop: '拼多多',
      orderId: '240530-301234567890123',
      title: '数据线',
    });
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id);
    expect(await ids('3012 3456 7890')).toEqual([jd.id, pdd.id]);
    // One term is already judged whole or not by itself; words without digits get no bonus.
    expect(await ids('301234567890')).toEqual([jd.id, pdd.id]);
    expect(await ids('3012 pdd')).toEqual([]);
    // Pasted with its label (the two changes together): the label is no part of the number (review s20).
    expect(await ids('订单号：3012 3456 7890')).toEqual([jd.id, pdd.id]);
    expect(await ids('Order # 3012 3456 7890')).toEqual([jd.id, pdd.id]);
  });
});

describe('searchCases: Latin diacritics folded on both sides (amazon.de/.fr/.es/.it/.pl/.se/.com.tr)', () => {
  // Names and words as shoppers type them, with and without accents (made-up names).
  async function seeded() {
    const { store } = makeStore();
    const mueller = await store.createCase({
      platform: 'amazon',
      marketplace: 'amazon.de',
      orderId: '302-7777777-1234567',
      title: 'Müller',
      shop: 'Café Zoë',
    });
    await store.addEntry({
      caseId: mueller.id,
      channel: 'email',
      agent: 'Frau Groß',
      reference: 'RÜCK-42',
      asked: 'Rückerstattung beantragt',
    });
    const plain = await store.createCase({ platform: 'other', orderId: 'P-1', title: 'Muller', shop: 'Plain' });
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id).sort();
    return { store, ids, mueller, plain };
  }

  it('finds Müller, Café, Zoë, Rückerstattung typed without accents, in any case', async () => {
    const { ids, mueller, plain } = await seeded();
    expect(await ids('muller')).toEqual([mueller.id, plain.id].sort());
    expect(await ids('cafe')).toEqual([mueller.id]);
    expect(await ids('zoe')).toEqual([mueller.id]);
    expect(await ids('ruckerstattung')).toEqual([mueller.id]);
    expect(await ids('RUCKERSTATTUNG')).toEqual([mueller.id]);
  });

  it('finds Müller by its German spelling mueller, and a note spelled Mueller by Müller; ue/oe elsewhere stay', async () => {
    // Known gap since s15: German users type ae/oe/ue where they cannot type the umlaut.
    const { store, ids, mueller, plain } = await seeded();
    const typed = await store.createCase({ platform: 'other', orderId: 'P-2', title: 'Mueller', shop: 'Joe Blue' });
    expect(await ids('mueller')).toEqual([mueller.id, typed.id].sort());
    expect(await ids('rueckerstattung')).toEqual([mueller.id]);
    expect(await ids('Müller')).toEqual([mueller.id, plain.id, typed.id].sort());
    expect(await ids('MUELLER')).toEqual([mueller.id, typed.id].sort());
    // A query's own ue/oe is not folded away: "joe" does not find a "jo…", "blue" no "blu…".
    await store.createCase({ platform: 'other', orderId: 'P-3', title: 'John', shop: 'Blunt' });
    expect(await ids('joe')).toEqual([typed.id]);
    expect(await ids('blue')).toEqual([typed.id]);
  });

  it('finds a note typed without accents by a query typed with them', async () => {
    const { ids, mueller, plain } = await seeded();
    expect(await ids('Müller')).toEqual([mueller.id, plain.id].sort());
    expect(await ids('MÜLLER')).toEqual([mueller.id, plain.id].sort());
    // Decomposed input (macOS file names, some IMEs): u + U+0308.
    expect(await ids('Mu\u0308ller')).toEqual([mueller.id, plain.id].sort());
  });

  it('folds accented identifiers too: the reference by any spelling, and the exact-identifier index', async () => {
    const { store, ids, mueller } = await seeded();
    expect(await ids('ruck-42')).toEqual([mueller.id]);
    expect(await ids('ruck42')).toEqual([mueller.id]);
    expect((await store.findCasesByIdentifier('ruck 42')).map((c) => c.id)).toEqual([mueller.id]);
    expect((await store.findCasesByIdentifier('RÜCK-42')).map((c) => c.id)).toEqual([mueller.id]);
    // Still the strongest signal: a whole identifier, typed without its accent.
    const [hit] = await store.searchCases('ruck-42');
    expect(hit?.score).toBe(FIELD_WEIGHTS.r + 10 + 1);
  });

  it('shows the matched entry for an unaccented query', async () => {
    const { store } = await seeded();
    const [hit] = await store.searchCases('beantragt ruckerstattung');
    expect(hit?.entries.map((e) => e.asked)).toEqual(['Rückerstattung beantragt']);
  });
});

describe('searchCases: traditional and simplified Chinese find each other (HK/TW shoppers on Taobao)', () => {
  // Made-up notes: the shop and the agent's words as Taobao shows them (simplified), the shopper's own in traditional.
  async function seeded() {
    const { store } = makeStore();
    const page = await store.createCase({
      platform: 'taobao',
      orderId: '3012345678901234567',
      title: '无线蓝牙耳机 退货',
      shop: '数码专营店',
    });
    await store.addEntry({
      caseId: page.id,
      channel: 'chat',
      agent: '小蜜',
      promised: '三天内处理退款，运费由卖家承担',
    });
    const typed = await store.createCase({
      platform: 'taobao',
      orderId: '3012345678901234999',
      title: '換貨：尺碼不對',
    });
    await store.addEntry({ caseId: typed.id, channel: 'phone', asked: '聯繫客服要求換貨，賣家說會補發' });
    const other = await store.createCase({ platform: 'amazon', orderId: '112-1234567-1234567', title: 'Kettle' });
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id).sort();
    return { store, ids, page, typed, other };
  }

  it('finds simplified text by a traditional query', async () => {
    const { ids, page } = await seeded();
    expect(await ids('無線藍牙耳機')).toEqual([page.id]);
    expect(await ids('退貨')).toEqual([page.id]);
    expect(await ids('數碼專營店')).toEqual([page.id]);
    expect(await ids('運費 賣家')).toEqual([page.id]);
  });

  it('finds traditional text by a simplified query, and a query mixing both scripts', async () => {
    const { ids, page, typed } = await seeded();
    expect(await ids('换货')).toEqual([typed.id]);
    expect(await ids('尺码')).toEqual([typed.id]);
    expect(await ids('联系客服')).toEqual([typed.id]);
    expect(await ids('卖家')).toEqual([page.id, typed.id].sort());
    expect(await ids('賣家 补發')).toEqual([typed.id]);
  });

  it('strips a traditional order label pasted with the number, as the simplified one', async () => {
    const { ids, page } = await seeded();
    expect(await ids('訂單號：3012345678901234567')).toEqual([page.id]);
    expect(await ids('訂單編號 3012345678901234567')).toEqual([page.id]);
  });

  // Every label is matched in folded text: one with a kanji that folds (問 → 问) was never stripped once folding came.
  it('strips every pasted label, one whose kanji fold among them (お問い合わせ番号, 運單號, 快遞單號)', async () => {
    const { ids, page } = await seeded();
    for (const label of ['お問い合わせ番号：', '注文番号 ', '運單號：', '快遞單號 ', '物流單號：', '訂單編號 ']) {
      expect(queryText(`${label}3012345678901234567`), label).toBe('3012345678901234567');
    }
    expect(await ids('お問い合わせ番号 3012345678901234567')).toEqual([page.id]);
  });

  it('shows the entry the traditional query matched', async () => {
    const { store } = await seeded();
    const [hit] = await store.searchCases('退款處理');
    expect(hit).toBeUndefined(); // not one run of text: 处理退款
    const [found] = await store.searchCases('處理退款');
    expect(found?.entries.map((e) => e.promised)).toEqual(['三天内处理退款，运费由卖家承担']);
  });
});

describe('normalizeForSearch: traditional Chinese folds to simplified, one character for one', () => {
  it.each([
    ['訂單號', '订单号'],
    ['運單號', '运单号'],
    ['驗證碼', '验证码'],
    ['退貨退款', '退货退款'],
    ['裡面', '里面'], // Taiwan variant 裡 → 裏 → 里
    ['著', '着'],
    ['發票', '发票'],
    ['髮', '发'],
  ])('%s → %s', (traditional, simplified) => {
    expect(normalizeForSearch(traditional)).toBe(simplified);
    expect(normalizeForSearch(simplified)).toBe(simplified);
    expect(normalizeForSearch(traditional)).toHaveLength(traditional.length);
  });

  it('folds every character of the table to one that folds no further (one pass is enough)', () => {
    const pairs = HAN_FOLD_PAIRS;
    expect(pairs.length).toBeGreaterThan(5000);
    for (let i = 0; i < pairs.length; i += 2) {
      const once = normalizeForSearch(pairs.slice(i, i + 1));
      expect(once).toHaveLength(1);
      expect(normalizeForSearch(once)).toBe(once);
    }
  });

  it('leaves kana, Korean and characters shared by both scripts as they are', () => {
    expect(normalizeForSearch('お問い合わせ')).toBe('お问い合わせ'); // kanji fold on both sides alike, kana stay
    expect(normalizeForSearch('주문 번호')).toBe('주문 번호');
    expect(normalizeForSearch('客服 快递 淘宝')).toBe('客服 快递 淘宝');
  });
});

describe('normalizeForSearch: which letters fold', () => {
  it.each([
    // [stored, typed]: NFD splits these; only U+0300–U+036F is dropped after a Latin letter.
    ['Müller', 'muller'],
    ['Café', 'cafe'],
    ['Zoë', 'zoe'],
    ['Peña', 'pena'],
    ['Åsa Öberg', 'asa oberg'],
    ['Łódź', 'lodz'], // ó, ź split; ł does not (below)
    ['Çağrı Şahin', 'cagri sahin'], // ç ğ ş split; ı does not (below)
    ['İstanbul', 'istanbul'], // İ lowercases to i + U+0307
    ['Nguyễn', 'nguyen'], // two marks on one letter
    ['Žluťoučký kůň', 'zlutoucky kun'],
  ])('%s ~ %s (NFD)', (stored, typed) => {
    expect(normalizeForSearch(stored)).toBe(typed);
    expect(normalizeForSearch(typed)).toBe(typed);
  });

  it.each([
    // Letters NFD leaves whole, decided one by one: each is how the word is typed on a keyboard without it.
    ['Straße', 'strasse'], // ß → ss (German orthography's own substitute; ẞ too)
    ['STRAẞE', 'strasse'],
    ['Søren Ørsted', 'soren orsted'], // ø → o (Danish/Norwegian typed plainly)
    ['Ærø', 'aero'], // æ → ae
    ['Œuvre cœur', 'oeuvre coeur'], // œ → oe (French typed plainly)
    ['Łukasz Michał', 'lukasz michal'], // ł → l (Polish)
    ['Đorđe', 'dorde'], // đ → d (Croatian/Serbian Latin, Vietnamese)
    ['Iğdır Kırıkkale', 'igdir kirikkale'], // ı → i (Turkish dotless i, typed as i on other keyboards)
  ])('%s ~ %s (letters NFD does not split)', (stored, typed) => {
    expect(normalizeForSearch(stored)).toBe(typed);
  });

  it('keeps what was there before: full-width folding, lower case, one space', () => {
    expect(normalizeForSearch('  ＡＢＣ１２３\t\n Lily ')).toBe('abc123 lily');
  });
});

describe('searchCases: Chinese, Japanese, Korean and other scripts match exactly as before', () => {
  // The normalisation before accent folding: the reference for every non-Latin script.
  const unfolded = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

  it.each([
    ['Chinese', '商家已同意退款，预计三个工作日到账'],
    ['Japanese kana with dakuten/handakuten', 'バッグが届きません。ポイントで返金'],
    ['Japanese half-width kana', 'ﾊﾞｯｸﾞ ﾎﾟｲﾝﾄ'],
    ['Korean syllables', '배송이 지연되었습니다 환불해 주세요'],
    ['Korean compatibility jamo', 'ㅂㅅ ㅎㅂ'],
    ['Hindi (vowel signs, nukta)', 'किताब नहीं मिली, रिफ़ंड चाहिए'],
    ['Tamil', 'பணத்தைத் திருப்பித் தாருங்கள்'],
    ['Thai', 'ยังไม่ได้รับสินค้า'],
    ['Arabic', 'لم يصل الطلب، أريد استرداد المبلغ'],
    ['Russian (й, ё are letters of their own)', 'Мой заказ ещё не пришёл, Йошкар-Ола'],
    ['Greek', 'Η παραγγελία δεν έφτασε'],
  ])('%s', (_script, text) => {
    expect(normalizeForSearch(text)).toBe(unfolded(text));
  });

  it('folds only the Latin letters of mixed text: Hangul, kana, й and Greek tonos come back whole after NFD', () => {
    expect(normalizeForSearch('Café 배송 バッグ Мой έφτασε')).toBe('cafe 배송 バッグ мой έφτασε');
    expect(normalizeForSearch('Müller 배송')).toBe(`muller ${unfolded('배송')}`);
  });

  it('does not widen kana, Hangul or Cyrillic matches', async () => {
    const { store } = makeStore();
    const ja = await store.createCase({ platform: 'other', orderId: 'J-1', title: 'バッグが届きません' });
    const ko = await store.createCase({ platform: 'other', orderId: 'K-1', title: '배송이 지연되었습니다' });
    const ru = await store.createCase({ platform: 'other', orderId: 'R-1', title: 'Мой заказ' });
    const ids = async (q: string) => (await store.searchCases(q)).map((r) => r.case.id);
    expect(await ids('バッグ')).toEqual([ja.id]);
    expect(await ids('ﾊﾞｯｸﾞ')).toEqual([ja.id]);
    expect(await ids('届き')).toEqual([ja.id]);
    // A voiced kana is another syllable: ハック (no dakuten) is not バッグ, か is not が.
    expect(await ids('ハック')).toEqual([]);
    expect(await ids('かと')).toEqual([]);
    expect(await ids('배송')).toEqual([ko.id]);
    expect(await ids('송이')).toEqual([ko.id]);
    // Hangul matches whole syllables, as before (no jamo-level matching: ㅂ, 바, 배소 find nothing).
    expect(await ids('ㅂ')).toEqual([]);
    expect(await ids('바')).toEqual([]);
    expect(await ids('배소')).toEqual([]);
    expect(await ids('мой')).toEqual([ru.id]);
    expect(await ids('МОЙ')).toEqual([ru.id]);
    // Only Latin letters fold: и is not й.
    expect(await ids('мои')).toEqual([]);
  });
});

describe('searchCases sorted by a case field', () => {
  it('takes the first `limit` in that order, not the most recently updated then sorted', async () => {
    const { store, clock } = makeStore();
    const due = await store.createCase({ platform: 'other', orderId: 'DUE-1', title: 'parcel due first' });
    await store.updateCase(due.id, { followUpAt: clock.now + 1000 });
    const later: Case[] = [];
    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      const c = await store.createCase({ platform: 'other', orderId: `LATER-${i}`, title: `parcel later ${i}` });
      later.push(await store.updateCase(c.id, { followUpAt: clock.now + 10 * 86_400_000 + i }));
    }
    const ids = async (q: string, sort?: 'followUp' | 'created') =>
      (await store.searchCases(q, { limit: 3, sort })).map((r) => r.case.id);
    // Blank and with a query: the soonest follow-up first, though it was updated before all the others.
    expect(await ids('', 'followUp')).toEqual([due.id, later[0]!.id, later[1]!.id]);
    expect(await ids('parcel', 'followUp')).toEqual([due.id, later[0]!.id, later[1]!.id]);
    expect(await ids('parcel', 'created')).toEqual([later[4]!.id, later[3]!.id, later[2]!.id]);
    // Without a sort: as before (most recently updated; a query by relevance, then most recently updated).
    expect(await ids('')).toEqual([later[4]!.id, later[3]!.id, later[2]!.id]);
  });
});
