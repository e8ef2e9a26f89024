import type { ExtractionDiagnostic, SiteModule } from '../sites/types';
import type { PageExtraction } from './types';

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
  try {
    pageKind = site.pageKind(url, doc);
    const { orders, diagnostics } = site.extract(doc, url, match, pageKind);
    return { platform: match.platform, marketplace: match.marketplace, pageKind, orders, diagnostics };
  } catch {
    return {
      platform: match.platform,
      marketplace: match.marketplace,
      pageKind,
      orders: [],
      diagnostics: [{ field: 'page', strategy: null }],
    };
  }
}
