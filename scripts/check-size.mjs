// Size budget of the orders content scripts (issue #3: ≤ 15 KB gzipped). They load on every order page, so each
// byte is paid on every visit. Reads the Chrome build; run after `wxt build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 15_000;
const dir = '.output/chrome-mv3/content-scripts';
let over = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('-orders.js'))) {
  const size = gzipSync(readFileSync(join(dir, file))).length;
  const ok = size <= BUDGET;
  if (!ok) over++;
  console.log(`${file}: ${size} B gzipped (budget ${BUDGET} B) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(over === 0 ? 0 : 1);
