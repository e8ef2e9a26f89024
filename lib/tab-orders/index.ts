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

/** How long after a tab finished loading it is asked whether a Kefu content script lives there. */
export const PROBE_DELAY_MS = 1500;

/**
 * Asks the tab's current top document to extract again; resolves true only if a Kefu orders content script there
 * answered. (A page without one, or with only the privacy guard, does not.)
 */
export type TabProbe = (tabId: number) => Promise<boolean>;

/**
 * Called a moment after a tab finished loading (Chrome says so for every navigation, without telling us where to
 * without the `tabs` permission). The probe settles both ways the panel could be wrong:
 * - the page that reported is gone (the tab now shows a page without Kefu): no answer, so its orders are dropped —
 *   unless a report arrived meanwhile (then a content script is there after all);
 * - the page came back from the back/forward cache, where its content script lives on but does not run again:
 *   the probe makes it report.
 * A navigation that never replaces the page (a download, a cancelled load) keeps the orders.
 */
export async function verifyTabOrders(area: SessionArea, tabId: number, probe: TabProbe): Promise<void> {
  const before = await readTabOrders(area, tabId);
  if (await probe(tabId)) return;
  if (!before) return;
  const now = await readTabOrders(area, tabId);
  if (now?.updatedAt === before.updatedAt) await clearTabOrders(area, tabId);
}

/**
 * Checks a tab (see verifyTabOrders) PROBE_DELAY_MS after it finished loading, one check at a time per tab. Chrome
 * says "complete" for every same-document navigation too, so an SPA stepping through its pages had its content script
 * extract again once per step, on top of the extraction each step brings. Loads that complete while a check is
 * pending get one more check, PROBE_DELAY_MS after it: the pending one may run before a newly loaded page has
 * reported, and a report saved while it asks could be cleared (verifyTabOrders' read-then-remove); the next check
 * asks that page itself.
 */
export function scheduleTabChecks(check: (tabId: number) => void, delayMs = PROBE_DELAY_MS): (tabId: number) => void {
  // Tab → whether another load completed while its check was pending.
  const pending = new Map<number, boolean>();
  const schedule = (tabId: number): void => {
    if (pending.has(tabId)) {
      pending.set(tabId, true);
      return;
    }
    pending.set(tabId, false);
    setTimeout(() => {
      const again = pending.get(tabId);
      pending.delete(tabId);
      check(tabId);
      if (again) schedule(tabId);
    }, delayMs);
  };
  return schedule;
}
