// Size budget of the orders and tracking content scripts (issue #3: ≤ 15 KB gzipped, read as 15 KiB = 15,360 B; the closing
// notes also give each size against 15,000 B). They load on every order page, so each byte is paid on every visit.
// They use the browser's own API, not webextension-polyfill (about 2.8 KB of each; wxt.config.ts). Reads the Chrome
// build; run after `wxt build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 15 * 1024;
const dir = '.output/chrome-mv3/content-scripts';
let over = 0;
for (const file of readdirSync(dir).filter((f) => /-(?:orders|tracking)\.js$/.test(f))) {
  const size = gzipSync(readFileSync(join(dir, file))).length;
  const ok = size <= BUDGET;
  if (!ok) over++;
  console.log(`${file}: ${size} B gzipped (budget ${BUDGET} B) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(over === 0 ? 0 : 1);
