import type { ExtractedOrder, PageKind } from '../../extract/types';
import type { SiteExtraction, SiteMatch } from '../types';
import { type AmazonPageContext, note } from './context';
import { amazonMarketplaceForHost } from './marketplaces';

/** Reads the orders of one kind of page. */
export type AmazonReader = (ctx: AmazonPageContext, doc: Document) => ExtractedOrder[];

/**
 * The readers a content script bundles, by page kind. Each script carries only its own (the tracker's reader and
 * labels stay out of the orders script, 2026-11: −640 B gzipped); the CLI, tests and benches use them all.
 */
export type AmazonReaders = Partial<Record<PageKind, AmazonReader>>;

/** A reader's one order, or none, as the list a reader returns. */
export const one = <T>(value: T | null): T[] => (value ? [value] : []);

function contextFor(url: URL, site: SiteMatch): AmazonPageContext {
  const marketplace = amazonMarketplaceForHost(site.marketplace) ?? amazonMarketplaceForHost(url.hostname);
  return {
    url,
    marketplace,
    currency: marketplace?.currency ?? 'USD',
    language: marketplace?.language ?? 'en-US',
    diagnostics: [],
  };
}

/** Everything an Amazon page says about orders. Never throws: a failure is an empty, diagnosed result. */
export function extractAmazonPage(
  doc: Document,
  url: URL,
  site: SiteMatch,
  pageKind: PageKind,
  readers: AmazonReaders,
): SiteExtraction {
  const ctx = contextFor(url, site);
  try {
    return { orders: readers[pageKind]?.(ctx, doc) ?? [], diagnostics: ctx.diagnostics };
  } catch {
    note(ctx, undefined, 'page', null);
    return { orders: [], diagnostics: ctx.diagnostics };
  }
}
