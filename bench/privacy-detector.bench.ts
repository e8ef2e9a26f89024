/**
 * Privacy detector bench: `npx tsx bench/privacy-detector.bench.ts`
 * - throughput on a ~100 KB mixed zh/en chat log (MB/s, median of runs);
 * - per-keystroke cost: a 2 KB message typed one character at a time, findSensitiveData on the
 *   full text after each keystroke (what the guard content script does), median and p95 µs.
 */
import { pathToFileURL } from 'node:url';
import { findSensitiveData } from '../lib/privacy/index';
import { quantile, seededRandom } from './support/stats';

/** Varied sentences (fresh digits each time) so the phone window cache does not flatter the numbers. */
function buildMessage(targetLength: number, seed: number): string {
  const rand = seededRandom(seed);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const sentences = [
    () => `您好,我的订单号是 ${digits(19)},一直没有发货,麻烦帮我查一下物流。`,
    () => `Hi, order ${digits(3)}-${digits(7)}-${digits(7)} arrived damaged, the box was crushed. `,
    () => `快递单号 YT${digits(16)} 显示已签收,但我没收到。`,
    () =>
      `It cost $${digits(2)}.${digits(2)} on ${2020 + Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}. `,
    () => `请联系我 138${digits(8)},或者发邮件到 user${digits(3)}@example.com。`,
    () => `My card 4111 1111 1111 1111 was charged twice, please refund. `,
    () => `Call me at (212) 555-${digits(4)} after 6pm. `,
    () => `验证码 ${digits(6)} 不要告诉别人。`,
    () => '这件衣服的尺码不对,颜色也和图片不一样,我想申请退货退款。',
    () => 'The item does not match the description and the seller has not replied for three days. ',
  ];
  let out = '';
  while (out.length < targetLength) out += (sentences[Math.floor(rand() * sentences.length)] ?? sentences[0]!)();
  return out.slice(0, targetLength);
}

export interface PrivacyDetectorBenchResult {
  longMessageBytes: number;
  throughputMBps: number;
  longMessageMedianMs: number;
  matchesInLongMessage: number;
  keystrokes: number;
  keystrokeMedianUs: number;
  keystrokeP95Us: number;
}

export function runPrivacyDetectorBench(): PrivacyDetectorBenchResult {
  const long = buildMessage(100_000, 42);
  const bytes = new TextEncoder().encode(long).length;
  findSensitiveData(long); // warm-up (JIT, regexp compilation)
  const runs: number[] = [];
  let matches = 0;
  for (let i = 0; i < 9; i++) {
    const text = buildMessage(100_000, 100 + i); // new digits each run: no cache hits
    const t0 = performance.now();
    matches = findSensitiveData(text).length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const medianMs = quantile(runs, 0.5);

  const typed = buildMessage(2_000, 7);
  const perKey: number[] = [];
  for (let i = 1; i <= typed.length; i++) {
    const text = typed.slice(0, i);
    const t0 = performance.now();
    findSensitiveData(text);
    perKey.push((performance.now() - t0) * 1000);
  }
  perKey.sort((a, b) => a - b);

  const result: PrivacyDetectorBenchResult = {
    longMessageBytes: bytes,
    throughputMBps: bytes / 1e6 / (medianMs / 1000),
    longMessageMedianMs: medianMs,
    matchesInLongMessage: matches,
    keystrokes: typed.length,
    keystrokeMedianUs: quantile(perKey, 0.5),
    keystrokeP95Us: quantile(perKey, 0.95),
  };
  console.log('privacy detector bench');
  console.log(
    `  long message: ${(bytes / 1024).toFixed(0)} KiB (UTF-8), median ${medianMs.toFixed(1)} ms → ${result.throughputMBps.toFixed(2)} MB/s, ${matches} matches`,
  );
  console.log(
    `  typing ${typed.length} chars: median ${result.keystrokeMedianUs.toFixed(0)} µs, p95 ${result.keystrokeP95Us.toFixed(0)} µs per keystroke`,
  );
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runPrivacyDetectorBench();
