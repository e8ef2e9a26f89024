import { type AmazonMarketplace, amazonMarketplaceForHost } from '../sites/amazon/marketplaces';
import { withLocalAToZName } from './a-to-z-name';
import { AMAZON_LINKS, AMAZON_PROBLEM_LINKS } from './amazon-links';
import { isLanguagePrefix } from './language-prefix';
import type { LinkRow, ProblemLinks } from './link-table';
import { TAOBAO_PROBLEM_LINKS, taobaoRowsFor } from './taobao-links';
import type { HelpLink, HelpLinkContext, HelpPlatform } from './types';

const DEFAULT_AMAZON: AmazonMarketplace = { domain: 'amazon.com', currency: 'USD', language: 'en-US' };

/** The storefront a marketplace string names (`amazon.co.uk`, `www.amazon.co.uk`); amazon.com when unknown. */
export function resolveAmazonMarketplace(marketplace?: string | null): AmazonMarketplace {
  const host =
    (marketplace ?? '')
      .trim()
      .replace(/^https?:\/\//i, '')
      .split('/')[0] ?? '';
  return (host && amazonMarketplaceForHost(host)) || DEFAULT_AMAZON;
}

/**
 * Help pages for one problem, most useful first, each a plain https URL on the platform's own host. Order-specific
 * pages carry the URL-encoded order ID; without an order ID they give way to their general page (or are left out).
 * For `other` shops only the user's own help URL is offered, and only when it is https.
 */
export function helpLinks(input: HelpLinkContext): HelpLink[] {
  if (input.platform === 'other') return manualLink(input.manualHelpUrl);
  // A Tmall order on Taobao's 已买到的宝贝 list: the list links its 订单详情 and 退款/退换货 to trade.tmall.com and
  // refund2.tmall.com (fixture taobao_orders.html, 2025), as its Tmall detail page does.
  const orderHost = parseHttps(input.orderUrl?.trim() ?? '')?.hostname.toLowerCase();
  const tmallOrder = input.platform === 'taobao' && orderHost !== undefined && hostIn(orderHost, 'tmall.com');
  const platform = tmallOrder ? 'tmall' : input.platform;
  const marketplace = tmallOrder ? 'tmall' : input.marketplace;
  const { rows, problems, host } = tableFor(platform, marketplace);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const orderId = input.orderId?.trim() || undefined;
  const prefix = isLanguagePrefix(input.pathPrefix) ? input.pathPrefix : undefined;
  const links: HelpLink[] = [];
  const push = (row: LinkRow, withOrder: boolean): void => {
    if (links.some((l) => l.id === row.id)) return;
    const url = buildUrl(row, host, withOrder ? orderId : undefined, platform === 'amazon' ? prefix : undefined);
    if (!isPlatformUrl(url, platform, marketplace)) return;
    const label =
      platform === 'amazon'
        ? {
            zh_CN: withLocalAToZName(row.label.zh_CN, 'zh_CN', marketplace),
            en: withLocalAToZName(row.label.en, 'en', marketplace),
          }
        : row.label;
    links.push({ id: row.id, label, url, orderSpecific: withOrder });
  };
  for (const id of problems[input.problem]) {
    const row = byId.get(id);
    if (!row) continue;
    if (!row.orderParam) push(row, false);
    else if (orderId) push(row, true);
    else if (row.fallback) {
      const fallback = byId.get(row.fallback);
      if (fallback) push(fallback, false);
    }
  }
  return links;
}

function tableFor(
  platform: Exclude<HelpPlatform, 'other'>,
  marketplace?: string,
): { rows: readonly LinkRow[]; problems: ProblemLinks; host: string } {
  if (platform === 'amazon') {
    return {
      rows: AMAZON_LINKS,
      problems: AMAZON_PROBLEM_LINKS,
      host: `www.${resolveAmazonMarketplace(marketplace).domain}`,
    };
  }
  return { rows: taobaoRowsFor(platform), problems: TAOBAO_PROBLEM_LINKS, host: '' };
}

function buildUrl(row: LinkRow, amazonHost: string, orderId: string | undefined, prefix?: string): string {
  const onAmazon = row.host === '{amazon}';
  const host = onAmazon ? amazonHost : row.host;
  const url = new URL(onAmazon && prefix ? `${prefix}${row.path}` : row.path, `https://${host}`);
  for (const [key, value] of Object.entries(row.query ?? {})) url.searchParams.set(key, value);
  if (orderId && row.orderParam) url.searchParams.set(row.orderParam, orderId);
  return url.href;
}

/**
 * The user's own help page, named with its host: the address was typed by hand or came in an imported file, and a
 * look-alike (`www.аmazon.com` with a Cyrillic а) must not hide behind a label Kefu wrote. The parser gives the host
 * as the browser resolves it, in punycode (`xn--…`) for a name in another script.
 */
function manualLink(manualHelpUrl: string | undefined): HelpLink[] {
  const url = parseHttps(manualHelpUrl?.trim() ?? '');
  if (!url) return [];
  return [
    {
      id: 'other.manual-help',
      label: { zh_CN: `商家的帮助页面（${url.hostname}）`, en: `The shop's help page (${url.hostname})` },
      url: url.href,
      orderSpecific: false,
    },
  ];
}

function parseHttps(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // Credentials in a link are a phishing trick (`https://amazon.com@evil.example/`); a port is never needed.
  if (url.protocol !== 'https:' || url.username || url.password || url.port || !url.hostname) return null;
  return url;
}

function hostIn(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/**
 * Whether `url` is a plain https URL on the platform's own domain: for Amazon the given storefront
 * (amazon.com when none), for Taobao taobao.com, for Tmall tmall.com or taobao.com (they share account, service
 * and logistics hosts); for `other`, any https URL, on `marketplace`'s host when one is given.
 */
export function isPlatformUrl(url: string, platform: HelpPlatform, marketplace?: string | null): boolean {
  const parsed = parseHttps(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase();
  switch (platform) {
    case 'amazon':
      return amazonMarketplaceForHost(host)?.domain === resolveAmazonMarketplace(marketplace).domain;
    case 'taobao':
      return hostIn(host, 'taobao.com');
    case 'tmall':
      return hostIn(host, 'tmall.com') || hostIn(host, 'taobao.com');
    case 'other': {
      const expected = (marketplace ?? '')
        .trim()
        .toLowerCase()
        .replace(/^www\./, '');
      return !expected || hostIn(host, expected);
    }
  }
}
