import { AMAZON_MARKETPLACES } from '../sites/amazon/marketplaces';
import { TAOBAO_ORDER_MATCH_PATTERNS } from '../sites/taobao/hosts';

/**
 * Exactly the hosts our orders content scripts are injected into (their match patterns' hosts). Hosts, not
 * paths: a page that navigated in place (SPA) away from an order path still holds our script and must be able
 * to report that it now shows no orders.
 */
const INJECTED_HOSTS: ReadonlySet<string> = new Set([
  ...AMAZON_MARKETPLACES.map((m) => `www.${m.domain}`),
  ...TAOBAO_ORDER_MATCH_PATTERNS.map((pattern) => new URL(pattern.replace('*', '')).hostname),
]);

/** Whether a content-script message may come from this URL; from anywhere else it is dropped. */
export function isShopUrl(url: URL): boolean {
  return INJECTED_HOSTS.has(url.hostname.toLowerCase());
}
