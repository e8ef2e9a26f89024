#!/usr/bin/env node
/**
 * `npm run screenshots`: the side panel in English and Chinese, light and dark, on a real saved Taobao order
 * page, written to docs/screenshots/. Needs a build (`npm run build`) and Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchKefu, waitForTabOrder } from './kefu-browser';

const PAGE = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';
const OUT = resolve('docs/screenshots');

async function shoot(locale: 'en-US' | 'zh-CN', colorScheme: 'light' | 'dark') {
  const kefu = await launchKefu({ locale, colorScheme });
  try {
    kefu.serve({ url: PAGE, file: 'real/taobao/taobao_ordersdetails.html' });
    await kefu.openShopPage(PAGE);
    await waitForTabOrder(kefu, '4861628750601004803');
    const panel = await kefu.openPanel();
    await panel.emulateMedia({ colorScheme });
    await panel.getByTestId('order-card').waitFor();
    await panel.getByTestId('composer').waitFor();
    await panel.getByTestId('problem-picker').selectOption('not-received');
    const name = `panel-${locale === 'zh-CN' ? 'zh_CN' : 'en'}-${colorScheme}.png`;
    await panel.screenshot({ path: join(OUT, name), fullPage: true });
    console.log(`${name}  UI language: ${await panel.evaluate(() => document.documentElement.lang)}`);
  } finally {
    await kefu.close();
  }
}

mkdirSync(OUT, { recursive: true });
for (const locale of ['en-US', 'zh-CN'] as const) {
  for (const scheme of ['light', 'dark'] as const) await shoot(locale, scheme);
}
