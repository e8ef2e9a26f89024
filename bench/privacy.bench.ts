/**
 * Privacy bench: `npx tsx bench/privacy.bench.ts`
 * 1. The detector (bench/privacy-detector.bench.ts): throughput and per-keystroke scan cost.
 * 2. The guard content script's keystroke handling in happy-dom: a 2 KB message typed into a textarea one
 *    character at a time, an `input` event per character. Measured apart:
 *    - sync: the `input` dispatch with the guard listening minus the same dispatch without it — what the event
 *      handler costs while the user types (it must only note the field and schedule);
 *    - deferred: the scheduled task (read the text, scan, show/update/hide the warning), once per keystroke,
 *      as when each keystroke gets its own animation frame.
 */
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { startPrivacyGuard } from '../lib/guard/privacy-guard';
import type { GuardMessageKey } from '../lib/guard/strings';
import { runPrivacyDetectorBench } from './privacy-detector.bench';
import { seededRandom, stats } from './support/stats';

function buildMessage(targetLength: number, seed: number): string {
  const rand = seededRandom(seed);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const sentences = [
    () => `您好,我的订单号是 ${digits(19)},一直没有发货,麻烦帮我查一下物流。`,
    () => `Hi, order ${digits(3)}-${digits(7)}-${digits(7)} arrived damaged, the box was crushed. `,
    () => `快递单号 YT${digits(16)} 显示已签收,但我没收到。`,
    () => 'My card 4111 1111 1111 1111 was charged twice, please refund. ',
    () => `请联系我 138${digits(8)}。`,
    () => '这件衣服的尺码不对,颜色也和图片不一样,我想申请退货退款。',
    () => 'The item does not match the description and the seller has not replied for three days. ',
  ];
  let out = '';
  while (out.length < targetLength) out += (sentences[Math.floor(rand() * sentences.length)] ?? sentences[0]!)();
  return out.slice(0, targetLength);
}

/** Types `text` into a fresh textarea; returns per-keystroke dispatch µs and, with a guard, deferred-task µs. */
function typeMessage(
  text: string,
  withGuard: boolean,
): { dispatchUs: number[]; deferredUs: number[]; warnings: number } {
  const window = new Window({ url: 'https://www.amazon.com/message-us' });
  const document = window.document as unknown as Document;
  const area = document.createElement('textarea');
  document.body.append(area);
  const controller = new AbortController();
  const queue: Array<() => void> = [];
  if (withGuard) {
    startPrivacyGuard({
      document,
      signal: controller.signal,
      translate: (key: GuardMessageKey, subs?: string | string[]) => `${key}${subs ? ` ${subs}` : ''}`,
      lang: 'en',
      isEnabled: () => true,
      defer: (task) => queue.push(task),
      later: (task) => queue.push(task),
      // A frozen clock turns off the slow-scan back-off, so every keystroke pays for a full scan here.
      now: () => 0,
    });
  }
  const dispatchUs: number[] = [];
  const deferredUs: number[] = [];
  let warnings = 0;
  const InputEvent = window.Event as unknown as typeof Event;
  for (let i = 1; i <= text.length; i++) {
    area.value = text.slice(0, i);
    const event = new InputEvent('input', { bubbles: true, composed: true });
    const t0 = performance.now();
    area.dispatchEvent(event);
    dispatchUs.push((performance.now() - t0) * 1000);
    if (queue.length) {
      const t1 = performance.now();
      for (const task of queue.splice(0)) task();
      deferredUs.push((performance.now() - t1) * 1000);
    }
    if (document.querySelector('kefu-privacy-guard')) warnings++;
  }
  controller.abort();
  void window.happyDOM.close();
  return { dispatchUs, deferredUs, warnings };
}

export function runGuardKeystrokeBench() {
  const text = buildMessage(2_000, 11);
  typeMessage(text.slice(0, 300), true); // warm-up (JIT, regexps)
  typeMessage(text.slice(0, 300), false);
  const baseline = typeMessage(text, false);
  const guarded = typeMessage(text, true);
  const base = stats(baseline.dispatchUs);
  const sync = stats(guarded.dispatchUs);
  const deferred = stats(guarded.deferredUs);
  const rows = [
    ['input dispatch, no guard (happy-dom baseline)', base],
    ['input dispatch, guard listening (sync)', sync],
    [
      '  → guard handler, sync (difference)',
      { median: sync.median - base.median, p95: sync.p95 - base.p95, max: Number.NaN },
    ],
    ['deferred task: scan + warning (per keystroke)', deferred],
  ] as const;
  console.log(`\nguard keystroke bench: ${text.length} chars typed into a textarea (happy-dom), 1 input event each`);
  console.log(`  ${'step'.padEnd(48)} ${'median µs'.padStart(10)} ${'p95 µs'.padStart(10)} ${'max µs'.padStart(10)}`);
  for (const [label, s] of rows) {
    const f = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(1)).padStart(10);
    console.log(`  ${label.padEnd(48)} ${f(s.median)} ${f(s.p95)} ${f(s.max)}`);
  }
  console.log(`  keystrokes with a warning shown: ${guarded.warnings} of ${text.length}`);
  return { chars: text.length, baselineDispatch: base, syncDispatch: sync, deferred, warnings: guarded.warnings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runPrivacyDetectorBench();
  runGuardKeystrokeBench();
}
