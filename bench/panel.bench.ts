#!/usr/bin/env node
/**
 * `npm run bench:panel`: side panel first-render time in real Chromium with the built extension, and the panel
 * bundle's gzipped size. Opens the panel 15 times on a real saved Taobao order page and prints the median and
 * p95 of two marks, measured from the panel page's navigation start:
 *   kefu:first-render  — the first frame after the app's first render (the shell);
 *   kefu:orders-ready  — the first frame with the active tab's orders on screen;
 *   kefu:workbench-ready — the second chunk (order card, templates, help, notes) is on screen.
 * Target: first render ≤ 100 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchKefu, waitForTabOrder } from '../scripts/kefu-browser';

const PAGE = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';
const RUNS = 15;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

async function main() {
  const kefu = await launchKefu();
  const shell: number[] = [];
  const ready: number[] = [];
  const workbench: number[] = [];
  try {
    kefu.serve({ url: PAGE, file: 'real/taobao/taobao_ordersdetails.html' });
    await kefu.openShopPage(PAGE);
    await waitForTabOrder(kefu, '4861628750601004803');
    for (let i = 0; i < RUNS; i++) {
      const panel = await kefu.openPanel();
      await panel.waitForFunction(() => performance.getEntriesByName('kefu:orders-ready').length > 0, null, {
        timeout: 10_000,
      });
      const marks = await panel.evaluate(() => ({
        shell: performance.getEntriesByName('kefu:first-render')[0]?.startTime ?? Number.NaN,
        ready: performance.getEntriesByName('kefu:orders-ready')[0]?.startTime ?? Number.NaN,
        workbench: performance.getEntriesByName('kefu:workbench-ready')[0]?.startTime ?? Number.NaN,
      }));
      // The first run also pays for the service worker's and the disk cache's warm-up; report it apart.
      if (i === 0)
        console.log(
          `cold open: first render ${marks.shell.toFixed(1)} ms, orders on screen ${marks.ready.toFixed(1)} ms`,
        );
      else {
        shell.push(marks.shell);
        ready.push(marks.ready);
        workbench.push(marks.workbench);
      }
      await panel.close();
    }
  } finally {
    await kefu.close();
  }
  console.log(
    `warm opens (${shell.length}): first render median ${quantile(shell, 0.5).toFixed(1)} ms, p95 ${quantile(shell, 0.95).toFixed(1)} ms (target ≤ 100 ms)`,
  );
  console.log(
    `warm opens (${ready.length}): orders on screen median ${quantile(ready, 0.5).toFixed(1)} ms, p95 ${quantile(ready, 0.95).toFixed(1)} ms`,
  );

  const files = [
    ...readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => join('chunks', f)),
    ...readdirSync(join(EXTENSION_DIR, 'assets')).map((f) => join('assets', f)),
  ].filter((f) => f.includes('sidepanel') || f.includes('Workbench'));
  for (const f of files) {
    const bytes = readFileSync(join(EXTENSION_DIR, f));
    console.log(
      `${f}: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB gzipped`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
