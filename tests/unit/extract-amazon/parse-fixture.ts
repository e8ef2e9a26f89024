import { readFileSync } from 'node:fs';
import { parseFixtureHtml } from '../../../bench/extract/fixture-doc';
import type { PageKind } from '../../../lib/extract/types';
import { amazonSite } from '../../../lib/sites/amazon/index';
import type { SiteExtraction } from '../../../lib/sites/types';

/** A page of tests/fixtures/real/expected.json, as the table tests read it. */
export interface ExpectedPage {
  file: string;
  url: string;
  platform: string;
  marketplace: string;
  pageKind: string;
  orderCount: number;
  orderIds: string[];
  aliases?: Record<string, string>;
  orders?: { orderId: string; orderDate?: string; total?: { amount: number; currency: string } }[];
  decoys: string[];
  notes?: string[];
}

/** Saved page HTML as a document that never runs anything (the bench's parser). */
export const parseHtml = parseFixtureHtml;

export interface AmazonRun extends SiteExtraction {
  pageKind: PageKind;
  marketplace: string | null;
}

/** Runs the Amazon site module on a fixture file the way the dispatcher will. */
export function runAmazon(path: string, url: string): Promise<AmazonRun> {
  return runAmazonHtml(readFileSync(path, 'utf8'), url);
}

/** Runs the Amazon site module on page HTML the way the dispatcher will. */
export async function runAmazonHtml(html: string, url: string): Promise<AmazonRun> {
  const { doc, close } = parseHtml(html, url);
  try {
    const parsed = new URL(url);
    const site = amazonSite.match(parsed);
    const pageKind = amazonSite.pageKind(parsed, doc);
    if (!site) return { orders: [], diagnostics: [], pageKind, marketplace: null };
    return { ...amazonSite.extract(doc, parsed, site, pageKind), pageKind, marketplace: site.marketplace };
  } finally {
    await close();
  }
}

/** Runs the Amazon site module on a page body written in a test. */
export function extractAmazonBody(url: string, body: string): SiteExtraction {
  const { doc } = parseHtml(`<!doctype html><html><body>${body}</body></html>`, url);
  const u = new URL(url);
  const site = amazonSite.match(u);
  if (!site) throw new Error(`not an Amazon URL: ${url}`);
  return amazonSite.extract(doc, u, site, amazonSite.pageKind(u, doc));
}
