import { amazonSite } from '../sites/amazon';
import { taobaoSite } from '../sites/taobao';
import type { SiteModule } from '../sites/types';
import { enrichShipments } from '../tracking/enrich';
import { type DetailedExtraction, extractWithSite, NOTHING } from './extract-with-site';
import type { PageExtraction } from './types';

export type { ExtractionDiagnostic } from '../sites/types';
export type { DetailedExtraction } from './extract-with-site';
export type * from './types';

/** Every shop Kefu reads. Adding a shop is adding a folder under lib/sites/ and a line here. */
const SITES: readonly SiteModule[] = [amazonSite, taobaoSite];

/**
 * What the page tells us about its orders, with which strategy found each field (null = a visible miss).
 * Never throws. Used by the CLI, the tests and the benches; each content script bundles only its own site
 * (`extractWithSite`) to stay small, and the background names carriers (`enrichShipments`) as done here.
 */
export function extractPageDetailed(doc: Document, url: string): DetailedExtraction {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ...NOTHING, diagnostics: [{ field: 'url', strategy: null }] };
  }
  for (const site of SITES) {
    const result = extractWithSite(site, doc, parsed);
    if (result) return { ...result, orders: enrichShipments(result.orders, result.platform) };
  }
  return { ...NOTHING, diagnostics: [] };
}

/** The orders on a page: `extractPageDetailed` without the diagnostics. */
export function extractPage(doc: Document, url: string): PageExtraction {
  const { diagnostics: _diagnostics, ...extraction } = extractPageDetailed(doc, url);
  return extraction;
}
