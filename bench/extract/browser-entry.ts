// Bundled by bench/extract.bench.ts into an IIFE and injected into Chromium with page.addScriptTag.
import { extractPage } from '../../lib/extract/index';
import { amazonSite } from '../../lib/sites/amazon/index';
import { treeWalkerTextPass } from './tree-walker-pass';

function extractOnce(url: string, useExtractPage: boolean): number {
  if (useExtractPage) return extractPage(document, url).orders.length;
  const parsed = new URL(url);
  const site = amazonSite.match(parsed);
  if (!site) return extractPage(document, url).orders.length;
  return amazonSite.extract(document, parsed, site, amazonSite.pageKind(parsed, document)).orders.length;
}

(globalThis as unknown as { __kefuBench: unknown }).__kefuBench = {
  extractOnce,
  treeWalk: () => treeWalkerTextPass(document),
};
