import type { PageExtraction } from '../extract/types';
import type { ExtractionDiagnostic } from '../sites/types';

/**
 * What each tab's content script last reported, kept in `storage.session` by the background. The service worker
 * can be stopped at any time, so this never lives only in a variable; session storage is cleared when the
 * browser closes and (by default) is not readable by content scripts.
 */
export interface TabOrders {
  tabId: number;
  url: string;
  extraction: PageExtraction;
  /** How each field was found (null strategy = a miss), for the panel's debug view. */
  diagnostics?: ExtractionDiagnostic[];
  updatedAt: number;
}

/** The subset of `storage.StorageArea` used here, so tests can pass the fake browser's area. */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tab:';

export const tabOrdersKey = (tabId: number): string => `${PREFIX}${tabId}`;

export function tabIdFromKey(key: string): number | null {
  if (!key.startsWith(PREFIX)) return null;
  const id = Number(key.slice(PREFIX.length));
  return Number.isInteger(id) && id >= 0 ? id : null;
}

export async function saveTabOrders(area: SessionArea, record: TabOrders): Promise<void> {
  await area.set({ [tabOrdersKey(record.tabId)]: record });
}

export async function readTabOrders(area: SessionArea, tabId: number): Promise<TabOrders | null> {
  const key = tabOrdersKey(tabId);
  const found = (await area.get(key))[key];
  return isTabOrders(found) ? found : null;
}

export async function clearTabOrders(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(tabOrdersKey(tabId));
}

/** Session storage is only written by our background, but a stale format from an older version must not crash the panel. */
function isTabOrders(value: unknown): value is TabOrders {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<TabOrders>;
  return (
    typeof r.tabId === 'number' &&
    typeof r.url === 'string' &&
    typeof r.extraction === 'object' &&
    r.extraction !== null &&
    Array.isArray(r.extraction.orders)
  );
}

/** How long after a "loading" signal a tab's content script has to report before its old record is dropped. */
export const NAVIGATION_GRACE_MS = 1500;

/**
 * Asks the tab's current top document to extract again; resolves true only if a Kefu orders content script there
 * answered. (A page without one, or with only the privacy guard, does not.)
 */
export type TabProbe = (tabId: number) => Promise<boolean>;

/**
 * Called NAVIGATION_GRACE_MS after a tab signalled "loading" at `loadingAt` (with the URL when the browser shows
 * it to us, i.e. on shop pages). Chrome signals "loading" for same-document navigations too, and without the
 * `tabs` permission it does not say where to, so the record is dropped if no report came after the signal:
 * a shop page reports again within the grace period, any other page never does.
 *
 * A report after the signal is not proof either: the page being left can still send one (a debounced rescan that
 * fires while the next page loads). So such a record is kept only if `probe` finds a content script in the tab now.
 */
export async function clearStaleTabOrders(
  area: SessionArea,
  tabId: number,
  loadingAt: number,
  loadingUrl: string | undefined,
  probe?: TabProbe,
): Promise<void> {
  const record = await readTabOrders(area, tabId);
  if (!record) return;
  const reportedSince = record.updatedAt >= loadingAt;
  const sameUrl = loadingUrl !== undefined && loadingUrl === record.url;
  if (!reportedSince && !sameUrl) {
    await clearTabOrders(area, tabId);
    return;
  }
  await verifyTabOrders(area, tabId, probe);
}

/**
 * Called a moment after a tab finished loading: by then the tab holds its new document for good, so a record
 * with no content script behind it (the page that reported is gone) is dropped. The probe also makes a page
 * restored from the back/forward cache report again.
 */
export async function verifyTabOrders(area: SessionArea, tabId: number, probe?: TabProbe): Promise<void> {
  if (!probe || !(await readTabOrders(area, tabId))) return;
  if (!(await probe(tabId))) await clearTabOrders(area, tabId);
}
