#!/usr/bin/env node
/**
 * `npm run demo`: builds Kefu and opens it in Chromium on bundled sample order pages, served under their real
 * hostnames by route interception (nothing leaves the machine). With a display it opens a window and waits for you
 * to close it; without one (or with --headless) it writes screenshots to demo-output/ and prints what Kefu detected.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM, type KefuBrowser, launchKefu } from './kefu-browser';

const SAMPLES = [
  {
    label: 'Amazon.com order details (real saved page)',
    url: 'https://www.amazon.com/gp/your-account/order-details?orderID=112-9685975-5907428',
    file: 'real/amazon.com/order-details-112-9685975-5907428.html',
  },
  {
    label: 'Amazon.com order history (real saved page)',
    url: 'https://www.amazon.com/your-orders/orders?timeFilter=year-2020&startIndex=40',
    file: 'real/amazon.com/order-history-2020-40.html',
  },
  {
    label: 'Taobao 已买到的宝贝 order list (real saved page)',
    url: 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    file: 'real/taobao/taobao_orders.html',
  },
  {
    label: 'Taobao order details with tracking (real saved page)',
    url: 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803',
    file: 'real/taobao/taobao_ordersdetails.html',
  },
];

async function main() {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  if (!existsSync(CHROMIUM)) {
    console.error(
      `Chromium was not found at ${CHROMIUM}.\nInstall Debian's package, then run this again:\n  sudo apt-get install chromium fonts-wqy-microhei`,
    );
    process.exit(1);
  }
  console.log('Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const outDir = resolve('demo-output');
  mkdirSync(outDir, { recursive: true });
  const kefu = await launchKefu({ headless, welcome: 'keep' });
  for (const sample of SAMPLES) kefu.serve({ url: sample.url, file: sample.file });

  for (const [i, sample] of SAMPLES.entries()) {
    const page = await kefu.openShopPage(sample.url);
    await page.waitForTimeout(800);
    const found = await ordersReported(kefu, sample.url);
    console.log(
      `\n${sample.label}\n  ${sample.url}\n  Kefu found ${found.length} order(s): ${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''}`,
    );
    if (headless) {
      await page.screenshot({ path: join(outDir, `${i + 1}-page.png`) });
      const panel = await kefu.openPanel();
      await panel.waitForTimeout(800);
      await panel.screenshot({ path: join(outDir, `${i + 1}-panel.png`), fullPage: true });
      await panel.close();
    }
  }

  if (headless) {
    console.log(`\nScreenshots written to ${outDir}/`);
    await kefu.close();
    return;
  }
  await kefu.openPanel();
  console.log('\nChromium is open with Kefu loaded. Switch tabs to see the panel follow; close the browser to finish.');
  await new Promise<void>((done) => kefu.context.on('close', () => done()));
}

async function ordersReported(kefu: KefuBrowser, url: string): Promise<string[]> {
  const records = await kefu.sessionRecords();
  for (const value of Object.values(records)) {
    const record = value as { url?: string; extraction?: { orders: { orderId: string }[] } };
    if (record.url === url) return record.extraction?.orders.map((o) => o.orderId) ?? [];
  }
  return [];
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
