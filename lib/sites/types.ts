import type { ExtractedOrder, PageKind, Platform } from '../extract/types';

/**
 * Which strategy found a field, or that none did. Kept per order and field so a layout change shows up
 * as a miss in the CLI and debug view instead of a silent "0 orders" (the lesson of azad's issues).
 */
export interface ExtractionDiagnostic {
  /** Order the diagnostic is about; absent for page-level fields such as the order list itself. */
  orderId?: string;
  field: string;
  /** Name of the strategy that matched, or null for a miss. */
  strategy: string | null;
}

export interface SiteMatch {
  platform: Platform;
  marketplace: string;
}

/** Every site has this shape, so adding a shop is adding a folder under lib/sites/. */
export interface SiteModule {
  /** Null when the URL's host is not this site. */
  match(url: URL): SiteMatch | null;
  pageKind(url: URL, doc: Document): PageKind;
  extract(doc: Document, url: URL, site: SiteMatch, pageKind: PageKind): SiteExtraction;
}

export interface SiteExtraction {
  orders: ExtractedOrder[];
  diagnostics: ExtractionDiagnostic[];
}
