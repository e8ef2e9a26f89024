import type { ProblemKind } from '../templates';
import type { Localized } from '../templates/types';

/**
 * One row of a help-link table: a page on the shop's own https host. `orderParam` names the query parameter that
 * carries the order ID (the page is then order-specific); `fallback` is the row used when no order ID is known.
 */
export interface LinkRow {
  id: string;
  label: Localized;
  /** Host, or `{amazon}` for the marketplace's `www.` host. */
  host: string;
  path: string;
  query?: Readonly<Record<string, string>>;
  orderParam?: string;
  fallback?: string;
}

export type ProblemLinks = Readonly<Record<ProblemKind, readonly string[]>>;
