// Bundled by bench/extract.bench.ts into an IIFE and injected into Chromium with page.addScriptTag.
import { findEmbeddedJsonInDocument } from '../../lib/extract/embedded-json';
import { extractPage } from '../../lib/extract/index';
import { amazonSite } from '../../lib/sites/amazon/index';
import { treeWalkerTextPass } from './tree-walker-pass';

/** One extraction of `doc` (the page, or a fresh copy of it for the cold figures); the number of orders found. */
function extractOnce(url: string, useExtractPage: boolean, doc: Document = document): number {
  if (useExtractPage) return extractPage(doc, url).orders.length;
  const parsed = new URL(url);
  const site = amazonSite.match(parsed);
  if (!site) return extractPage(doc, url).orders.length;
  return amazonSite.extract(doc, parsed, site, amazonSite.pageKind(parsed, doc)).orders.length;
}

// The bundle arrives as an inline <script> of the page; left there, the extractor would scan its ~100 KB of our
// own code for embedded JSON on every run and the Chromium figures would measure that instead of the page.
document.currentScript?.remove();

// The floor for pages whose orders exist only as embedded JSON: one native JSON.parse of that data (already
// decoded from its JS string literal, so this is less work than any extractor can do).
const embeddedData = findEmbeddedJsonInDocument(document)
  .map((e) => JSON.stringify(e.value))
  .filter((text) => text.length >= 2_000);

(globalThis as unknown as { __kefuBench: unknown }).__kefuBench = {
  extractOnce,
  treeWalk: (doc: Document = document) => treeWalkerTextPass(doc),
  hasEmbeddedData: embeddedData.length > 0,
  jsonParseFloor: () => embeddedData.reduce((n, text) => n + (JSON.parse(text) ? 1 : 0), 0),
};
