/**
 * Notes bench: 1 000 cases × 10 entries of realistic zh/en text in fake-indexeddb (the in-memory IndexedDB used
 * by the unit tests; a real browser's IndexedDB differs, so treat the figures as relative).
 * Run: `npx tsx bench/notes.bench.ts` (`-- --cases=20000` for another size).
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { type Case, type Entry, type EntryChannel, KefuNotesDb, type NotesExport, NotesStore } from '../lib/notes';
import { median, quantile, seededRandom } from './support/stats';

// `npm run bench:notes -- --cases=20000`: the size a review measured the first search at (seconds in Chromium).
const CASES_ARG = globalThis.process?.argv?.find((a) => a.startsWith('--cases='));
const CASES = CASES_ARG ? Number(CASES_ARG.slice('--cases='.length)) : 1_000;
const ENTRIES_PER_CASE = 10;

const AGENTS = [
  'Lily',
  'Mark Johnson',
  'Priya',
  'Tom',
  'Sophie Müller',
  '小美',
  '阿强',
  '客服小王',
  '李经理',
  '店小二',
  'Hiro',
  'Ana',
];
const ZH_ASK = [
  '我的包裹显示已签收但我没有收到，请帮忙查一下物流',
  '申请退款已经三天了还没有到账，请问退款进度怎么查看',
  '收到的耳机左耳没有声音，要求换货',
  '商品外包装破损，里面的杯子碎了，能否补发',
  '订单一直显示待发货，什么时候可以发货',
  '尺码与订单不符，想退货退款',
  '快递员说地址不详无法派送，地址是正确的',
];
const ZH_ANSWER = [
  '已经为您登记，会在48小时内联系快递公司核实',
  '商家已同意退款，预计三个工作日到账',
  '请提供照片和视频，我们会安排补发',
  '已催促仓库尽快发货，请耐心等待',
  '这边帮您升级处理，主管会在明天回复',
];
const EN_ASK = [
  'The parcel was marked delivered but never arrived at my address',
  'I returned the item two weeks ago and the refund has not been issued',
  'The screen arrived cracked, I would like a replacement',
  'Tracking has not updated for ten days, is the package lost?',
  'I was charged twice for the same order',
  'The seller sent the wrong colour and size',
];
const EN_ANSWER = [
  'I have opened an investigation with the courier, please allow 48 hours',
  'Your refund has been approved and will appear in 3-5 business days',
  'A replacement has been dispatched with express shipping',
  'I escalated this to the returns team, they will email you',
  'Please keep the item, we have issued a full refund',
];
const PROMISES = [
  'Refund within 3 days',
  '三天内退款',
  'Call back tomorrow',
  '明天回电',
  'Replacement ships Monday',
  '48小时内回复',
];
const CHANNELS: EntryChannel[] = ['chat', 'phone', 'email', 'in-app', 'seller-message', 'social'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

/** A backup file with the bench data (seeding through the import path is what a restore does). */
export function makeBenchExport(seed = 42): NotesExport {
  const r = seededRandom(seed);
  const t0 = Date.UTC(2024, 0, 1);
  const cases: Case[] = [];
  const entries: Entry[] = [];
  for (let i = 0; i < CASES; i++) {
    const zh = i % 2 === 0;
    const platform = zh ? (i % 4 === 0 ? 'taobao' : 'tmall') : 'amazon';
    const orderId = zh
      ? `${3_900_000_000_000_000_000n + BigInt(i) * 7_919n + BigInt(Math.floor(r() * 1e6))}`
      : `${100 + (i % 900)}-${String(1_000_000 + Math.floor(r() * 8_999_999)).slice(0, 7)}-${String(i).padStart(7, '0')}`;
    const createdAt = t0 + i * 3_600_000;
    const c: Case = {
      id: `case-${i}`,
      platform,
      marketplace: zh ? platform : pick(r, ['amazon.com', 'amazon.de', 'amazon.co.uk', 'amazon.co.jp']),
      orderId,
      shop: zh ? `${pick(r, ['某某数码', '优选家居', '潮流服饰', '母婴'])}旗舰店` : 'Amazon',
      title: zh ? pick(r, ZH_ASK).slice(0, 12) : pick(r, EN_ASK).slice(0, 40),
      status: pick(r, ['open', 'waiting', 'resolved', 'escalated', 'closed'] as const),
      createdAt,
      updatedAt: createdAt + ENTRIES_PER_CASE * 60_000,
    };
    if (r() < 0.3) c.followUpAt = createdAt + 3 * 86_400_000;
    cases.push(c);
    for (let j = 0; j < ENTRIES_PER_CASE; j++) {
      const at = createdAt + j * 60_000;
      const e: Entry = {
        id: `entry-${i}-${j}`,
        caseId: c.id,
        at,
        channel: pick(r, CHANNELS),
        agent: pick(r, AGENTS),
        asked: zh ? pick(r, ZH_ASK) : pick(r, EN_ASK),
        answer: zh ? pick(r, ZH_ANSWER) : pick(r, EN_ANSWER),
        createdAt: at,
        updatedAt: at,
      };
      if (r() < 0.4) e.promised = pick(r, PROMISES);
      if (r() < 0.3) e.reference = zh ? `工单${20240000 + i * 10 + j}` : `CASE-${100000 + i * 10 + j}`;
      if (r() < 0.5) e.satisfaction = (1 + Math.floor(r() * 5)) as Entry['satisfaction'];
      if (r() < 0.2) e.comment = zh ? '客服态度很好，但问题没解决' : 'Agent was polite but did not solve it';
      entries.push(e);
    }
  }
  return {
    format: 'kefu-notes',
    version: 2,
    exportedAt: new Date(t0).toISOString(),
    cases,
    entries,
    templates: [],
    settings: [],
  };
}

function benchQueries(file: NotesExport): string[] {
  const r = seededRandom(7);
  const q: string[] = ['退款', '物流', '破损', '发货', '左耳', '三个工作日', '主管', '签收', '换货', '地址'];
  q.push(
    'refund',
    'replacement',
    'courier',
    'cracked',
    'charged twice',
    'investigation',
    'colour',
    'escalated',
    'polite',
    'tracking',
  );
  q.push('Lily', '小美', 'Müller', '李经理', 'Priya');
  for (let i = 0; i < 8; i++) q.push(pick(r, file.cases).orderId ?? '');
  for (let i = 0; i < 4; i++) q.push((pick(r, file.cases).orderId ?? '').slice(-7));
  const refs = file.entries.filter((e) => e.reference).map((e) => e.reference as string);
  for (let i = 0; i < 5; i++) q.push(pick(r, refs));
  q.push('退款 小美', 'refund Lily', '旗舰店 破损', 'nothing-matches-this', '不存在的内容', 'Amazon lost');
  return q;
}

const p95 = (xs: number[]) => quantile(xs, 0.95);

export interface NotesBenchResult {
  cases: number;
  entries: number;
  seedImportMs: number;
  queries: number;
  searchMedianMs: number;
  searchP95Ms: number;
  coldSearchMs: number;
  /** `warmSearch` after a write (what focusing the search field starts), then the first search after it. */
  warmUpMs: number;
  searchAfterWarmUpMs: number;
  exportMs: number;
  importEmptyMs: number;
  exportBytes: number;
}

export async function runNotesBench(log: (line: string) => void = console.log): Promise<NotesBenchResult> {
  const suffix = Date.now().toString(36);
  const file = makeBenchExport();
  const source = new NotesStore(new KefuNotesDb(`kefu-bench-src-${suffix}`));
  let t = performance.now();
  await source.importJson(file);
  const seedImportMs = performance.now() - t;

  const queries = benchQueries(file);
  // The first search after any write reads all search rows from IndexedDB; later ones reuse them (search-cache.ts).
  t = performance.now();
  await source.searchCases('warm up');
  const coldSearchMs = performance.now() - t;
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    t = performance.now();
    hits += (await source.searchCases(q)).length;
    times.push(performance.now() - t);
  }

  // A write makes the rows in memory stale; the panel reads them again as the search field is focused (warmSearch).
  await source.updateCase('case-0', { status: 'waiting' });
  t = performance.now();
  await source.warmSearch();
  const warmUpMs = performance.now() - t;
  t = performance.now();
  await source.searchCases('refund');
  const searchAfterWarmUpMs = performance.now() - t;

  t = performance.now();
  const text = await source.exportJsonText();
  const exportMs = performance.now() - t;

  const target = new NotesStore(new KefuNotesDb(`kefu-bench-dst-${suffix}`));
  t = performance.now();
  await target.importJsonText(text);
  const importEmptyMs = performance.now() - t;

  const result: NotesBenchResult = {
    cases: file.cases.length,
    entries: file.entries.length,
    seedImportMs,
    queries: queries.length,
    searchMedianMs: median(times),
    searchP95Ms: p95(times),
    coldSearchMs,
    warmUpMs,
    searchAfterWarmUpMs,
    exportMs,
    importEmptyMs,
    exportBytes: new TextEncoder().encode(text).length,
  };
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const ok = (value: number, target: number) => (value <= target ? 'ok' : 'OVER TARGET');
  log(`notes bench (fake-indexeddb): ${result.cases} cases, ${result.entries} entries`);
  log(`  seed (import of generated file): ${ms(seedImportMs)}`);
  log(
    `  search over ${result.queries} queries (${hits} results): median ${ms(result.searchMedianMs)} [target ≤ 30 ms: ${ok(result.searchMedianMs, 30)}], p95 ${ms(result.searchP95Ms)}`,
  );
  log(`  first search after a write (search rows read from IndexedDB, not the in-memory copy): ${ms(coldSearchMs)}`);
  log(
    `  after a write: rows read on focus of the search field ${ms(warmUpMs)}, then the first search ${ms(searchAfterWarmUpMs)}`,
  );
  log(`  export JSON: ${ms(exportMs)} [target ≤ 1000 ms: ${ok(exportMs, 1000)}]`);
  log(`  import JSON into empty db: ${ms(importEmptyMs)} [target ≤ 2000 ms: ${ok(importEmptyMs, 2000)}]`);
  log(
    `  database size proxy (UTF-8 bytes of the export JSON, not IndexedDB's on-disk size): ${(result.exportBytes / 1024 / 1024).toFixed(2)} MiB`,
  );
  source.db.close();
  target.db.close();
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runNotesBench().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
