import type { ExtractionDiagnostic, SiteModule } from '../sites/types';
import type { ExtractedOrder, PageExtraction } from './types';

export type DetailedExtraction = PageExtraction & { diagnostics: ExtractionDiagnostic[] };

export const NOTHING: PageExtraction = { platform: null, marketplace: null, pageKind: 'other', orders: [] };

/**
 * Runs one site module on a page, or returns null when the URL is not that site's. Never throws: a module that
 * fails on an unexpected layout yields no orders and a visible `page` miss instead of breaking the caller.
 */
export function extractWithSite(site: SiteModule, doc: Document, url: URL): DetailedExtraction | null {
  const match = site.match(url);
  if (!match) return null;
  let pageKind: PageExtraction['pageKind'] = 'other';
  let orders: ExtractedOrder[] = [];
  let diagnostics: ExtractionDiagnostic[] = [{ field: 'page', strategy: null }];
  try {
    pageKind = site.pageKind(url, doc);
    ({ orders, diagnostics } = site.extract(doc, url, match, pageKind));
  } catch {
    // No orders, and the page's miss (with its kind, when that was read).
  }
  return { platform: match.platform, marketplace: match.marketplace, pageKind, orders, diagnostics };
}
