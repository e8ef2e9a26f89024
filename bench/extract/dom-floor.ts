/**
 * How much of an extraction in Chromium is the DOM work its selector strategies require. One extraction's DOM calls
 * (querySelector/All, closest, getAttribute, contains, textContent, TreeWalker steps) are recorded in order, then
 * replayed without any of the extractor's own JS, and timed against the extraction and the walk of
 * bench/extract.bench.ts (interleaved in one tab, medians of paired ratios). "hits only" replays just the queries that
 * found something: what an extractor that knew each page's layout would still ask. The gap between "all" and "hits
 * only" is the price of trying each strategy list in order (a layout's selectors missing on another layout's page).
 *
 * Run: `KEFU_BENCH_FILTER=order-history npx tsx bench/extract/dom-floor.ts` (same page setup as the bench).
 */
import { inertScripts } from '../extract.bench';
import { forEachFixtureTab, runBenchScript } from './fixture-tabs';

const filter = process.env.KEFU_BENCH_FILTER ?? 'order-history';

/** Runs in the page (a string: tsx would decorate a function with helpers the page lacks). */
const IN_PAGE = `function (url, rounds) {
  var bench = globalThis.__kefuBench, calls = [];
  var E = Element.prototype, D = Document.prototype, N = Node.prototype, T = TreeWalker.prototype;
  var o = { eqs: E.querySelector, eqsa: E.querySelectorAll, dqs: D.querySelector, dqsa: D.querySelectorAll,
    cl: E.closest, ga: E.getAttribute, co: N.contains, tw: D.createTreeWalker, nn: T.nextNode };
  var text = Object.getOwnPropertyDescriptor(N, 'textContent');
  function query(kind, fn) { return function (s) { var r = fn.call(this, s); calls.push([kind, this, s, kind === 1 ? r.length > 0 : !!r]); return r; }; }
  E.querySelector = query(0, o.eqs); D.querySelector = query(0, o.dqs);
  E.querySelectorAll = query(1, o.eqsa); D.querySelectorAll = query(1, o.dqsa); E.closest = query(2, o.cl);
  E.getAttribute = function (s) { calls.push([3, this, s, true]); return o.ga.call(this, s); };
  N.contains = function (n) { calls.push([4, this, n, true]); return o.co.call(this, n); };
  Object.defineProperty(N, 'textContent', { configurable: true, get: function () { calls.push([5, this, null, true]); return text.get.call(this); } });
  D.createTreeWalker = function (root, show) { var c = [6, root, show, true, 0]; calls.push(c); var w = o.tw.call(this, root, show); w.__call = c; return w; };
  T.nextNode = function () { if (this.__call) this.__call[4]++; return o.nn.call(this); };
  try { bench.extractOnce(url, true); } finally {
    E.querySelector = o.eqs; D.querySelector = o.dqs; E.querySelectorAll = o.eqsa; D.querySelectorAll = o.dqsa;
    E.closest = o.cl; E.getAttribute = o.ga; N.contains = o.co; D.createTreeWalker = o.tw; T.nextNode = o.nn;
    Object.defineProperty(N, 'textContent', text);
  }
  var sink = 0, hits = calls.filter(function (c) { return c[3]; });
  function replay(list) {
    for (var i = 0; i < list.length; i++) {
      var c = list[i], k = c[0];
      if (k === 0) sink += c[1].querySelector(c[2]) ? 1 : 0;
      else if (k === 1) { var l = c[1].querySelectorAll(c[2]); for (var j = 0; j < l.length; j++) sink += l[j] ? 1 : 0; }
      else if (k === 2) sink += c[1].closest(c[2]) ? 1 : 0;
      else if (k === 3) sink += (c[1].getAttribute(c[2]) || '').length;
      else if (k === 4) sink += c[1].contains(c[2]) ? 1 : 0;
      else if (k === 5) sink += c[1].textContent.length;
      else { var w = document.createTreeWalker(c[1], c[2]); for (var j = 0; j < c[4]; j++) { var n = w.nextNode(); if (n) sink += n.data.length; } }
    }
  }
  var fns = [function () { bench.extractOnce(url, true); }, function () { replay(calls); }, function () { replay(hits); }, function () { bench.treeWalk(); }];
  // Headless Chromium's clock ticks in 0.1 ms: each sample is a batch of at least 2 ms.
  var batches = fns.map(function (fn) { var t0 = performance.now(); while (performance.now() - t0 < 100) fn(); var b = 1;
    for (;;) { var s = performance.now(); for (var k = 0; k < b; k++) fn(); if (performance.now() - s >= 2) return b; b *= 2; } });
  var times = fns.map(function () { return []; });
  for (var i = 0; i < rounds; i++) for (var j = 0; j < fns.length; j++) {
    var x = (i + j) % fns.length, s = performance.now();
    for (var k = 0; k < batches[x]; k++) fns[x]();
    times[x].push((performance.now() - s) / batches[x]);
  }
  function median(v) { v = v.slice().sort(function (a, b) { return a - b; }); return v[Math.floor(v.length / 2)]; }
  function toWalk(v) { return median(v.map(function (t, i) { return t / times[3][i]; })); }
  return { calls: calls.length, hits: hits.length, walkMs: median(times[3]), extract: toWalk(times[0]), all: toWalk(times[1]), hitsOnly: toWalk(times[2]) };
}`;

async function main(): Promise<void> {
  console.log(`${'page'.padEnd(50)}  calls  hits  walk ms   extract  dom: all  dom: hits only   (× the walk)`);
  await forEachFixtureTab(filter, inertScripts, async (tab, page) => {
    const r = (await tab.evaluate(`(${IN_PAGE})(${JSON.stringify(page.url)}, 120)`)) as Record<string, number>;
    const f = (n: number | undefined, d = 2) => (n ?? Number.NaN).toFixed(d);
    console.log(
      `${page.file.slice(0, 49).padEnd(50)}${String(r.calls).padStart(7)}${String(r.hits).padStart(6)}${f(r.walkMs, 3).padStart(9)}${f(r.extract).padStart(10)}${f(r.all).padStart(10)}${f(r.hitsOnly).padStart(16)}`,
    );
  });
}

runBenchScript(main);
