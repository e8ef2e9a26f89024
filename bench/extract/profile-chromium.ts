/**
 * Profiles extraction of the pages whose file name contains KEFU_BENCH_FILTER in real Chromium (same setup as
 * bench/extract.bench.ts: scripts stripped, network refused) and prints the median time and the top self-time
 * functions from the CDP profiler. Run: `KEFU_BENCH_FILTER=taobao npx tsx bench/extract/profile-chromium.ts`.
 */
import { inertScripts } from '../extract.bench';
import { forEachFixtureTab, runBenchScript } from './fixture-tabs';

const filter = process.env.KEFU_BENCH_FILTER ?? 'taobao';
const keepScripts = process.env.KEFU_KEEP_SCRIPTS === '1';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

async function main(): Promise<void> {
  // Keeping scripts: neutralise them (type=text/plain keeps their text but never runs it).
  const prepare = (html: string) =>
    keepScripts ? inertScripts(html) : html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  await forEachFixtureTab(filter, prepare, async (tab, page) => {
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const timing = (await tab.evaluate(`(function (url) {
        var b = globalThis.__kefuBench, n = 0, t0 = performance.now(), orders = 0;
        while (performance.now() - t0 < 1500) { orders = b.extractOnce(url, true); n++; }
        var per = (performance.now() - t0) / n;
        var w0 = performance.now(), m = 0;
        while (performance.now() - w0 < 300) { b.treeWalk(); m++; }
        return { per: per, walk: (performance.now() - w0) / m, orders: orders };
      })(${JSON.stringify(page.url)})`)) as { per: number; walk: number; orders: number };
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
    const self = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const key = `${node.callFrame.functionName || '(anon)'}:${node.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
      total += node.hitCount ?? 0;
    }
    console.log(
      `${page.file}: extract ${timing.per.toFixed(3)} ms, walk ${timing.walk.toFixed(4)} ms, orders ${timing.orders}`,
    );
    for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.KEFU_TOP ?? 15))) {
      console.log(`  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
    }
    // Inclusive time per function (self + callees; a recursive function counts once per stack).
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const inclusive = new Map<string, number>();
    const walk = (node: ProfileNode, onStack: Set<string>): number => {
      const key = `${node.callFrame.functionName || '(anon)'}:${node.callFrame.lineNumber}`;
      const inner = new Set(onStack).add(key);
      let sum = node.hitCount ?? 0;
      for (const child of node.children ?? []) sum += walk(byId.get(child) as ProfileNode, inner);
      if (!onStack.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
      return sum;
    };
    const root = profile.nodes[0];
    if (root) walk(root, new Set());
    console.log('  inclusive:');
    for (const [key, hits] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
    }
  });
}

runBenchScript(main);
