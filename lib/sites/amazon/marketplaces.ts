/**
 * Amazon's retail marketplaces: one row per storefront domain.
 * The single source for the content-script match patterns (wxt.config.ts), help links and extraction
 * (currency and language of dates and totals on that storefront).
 */
export interface AmazonMarketplace {
  /** Registrable domain without `www.`, e.g. `amazon.co.uk`. */
  domain: string;
  /** ISO 4217 currency that storefront prices in. */
  currency: string;
  /** BCP 47 language the order pages use by default. */
  language: string;
}

/** One row per storefront, `domain currency language`: strings, as every content script carries the table (smaller). */
export const AMAZON_MARKETPLACES: readonly AmazonMarketplace[] = [
  'amazon.com USD en-US',
  'amazon.ca CAD en-CA',
  'amazon.com.mx MXN es-MX',
  'amazon.com.br BRL pt-BR',
  'amazon.co.uk GBP en-GB',
  'amazon.de EUR de-DE',
  'amazon.fr EUR fr-FR',
  'amazon.it EUR it-IT',
  'amazon.es EUR es-ES',
  'amazon.nl EUR nl-NL',
  'amazon.se SEK sv-SE',
  'amazon.pl PLN pl-PL',
  'amazon.com.be EUR fr-BE',
  'amazon.ie EUR en-IE',
  'amazon.com.tr TRY tr-TR',
  'amazon.ae AED en-AE',
  'amazon.sa SAR ar-SA',
  'amazon.eg EGP ar-EG',
  'amazon.co.za ZAR en-ZA', // opened 2024
  'amazon.in INR en-IN',
  'amazon.co.jp JPY ja-JP',
  'amazon.com.au AUD en-AU',
  'amazon.sg SGD en-SG',
  'amazon.cn CNY zh-CN',
].map((row) => {
  const [domain, currency, language] = row.split(' ') as [string, string, string];
  return { domain, currency, language };
});

/** The marketplace a hostname belongs to (`www.amazon.de`, `amazon.de`, `smile.amazon.com`), or null. */
export function amazonMarketplaceForHost(hostname: string): AmazonMarketplace | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const m of AMAZON_MARKETPLACES) {
    if (host === m.domain || host.endsWith(`.${m.domain}`)) {
      // `amazon.com` must not claim `amazon.com.au`: endsWith(".amazon.com") is false for it, and the
      // exact comparison above handles the bare domain, so the order of the table does not matter.
      return m;
    }
  }
  return null;
}

/**
 * URL paths (match-pattern syntax) of the pages the orders content script runs on.
 * Only order and help pages: never the whole site. Seen 2024–2026.
 */
export const AMAZON_ORDER_PATHS: readonly string[] = [
  '/your-orders/*', // 2024+ order list and detail (`/your-orders/orders`, `/your-orders/order-details`)
  '/gp/your-account/order-history*', // classic order list
  '/gp/your-account/order-details*', // classic order detail
  '/gp/css/order-history*', // older order list, still redirected to
  '/gp/css/order-details*', // older order detail
  '/gp/css/summary/print.html*', // printable invoice
  '/gp/css/summary/edit.html*', // order detail as linked from the transactions page
  '/gp/digital/your-account/order-summary.html*', // digital order detail
  '/fopo/order-details*', // Whole Foods in-store purchase detail
  '/uff/your-account/order-details*', // Amazon Fresh order detail (the Fresh list cards' link, 2025)
  '/gp/legacy/order-history*', // legacy digital order list
  // Mobile web order detail, linked from the phone's "View your item" page (`/gp/aw/ya?ac=od&ref=…&oid=…`, 2025–2026);
  // the rest of `/gp/aw/ya` is the phone's account hub, which is not an order page.
  '/gp/aw/ya*ac=od*',
  '/hz/pwo/*', // "Problem with order" help flow (carries ?orderId=)
  '/gp/help/customer/*', // help and contact-us pages
];

/** URL paths of the package tracker, where the tracking content script runs (its own script: see site.ts). */
export const AMAZON_TRACKING_PATHS: readonly string[] = [
  '/progress-tracker/package*', // package tracking, 2017–2026 (also `/package?itemId=…`: e-mail links, Business cards)
  '/gp/your-account/ship-track*', // older package tracking
  '/gp/css/shiptrack/view.html*', // "Track your package" link of shipping e-mails (`?orderID=…&orderingShipmentId=…`)
];

/**
 * Match patterns for every marketplace × path, each also under a language prefix: a shopper who picks another UI
 * language gets `/-/en/…` paths (e.g. `www.amazon.de/-/en/gp/your-account/order-history`, seen 2024). A pattern's
 * `*` also spans slashes and the query, so `/-/*` matches more than a prefix: scripts that must not act elsewhere
 * check the URL with {@link onAmazonPath}.
 */
export function amazonMatchPatterns(paths: readonly string[]): string[] {
  return AMAZON_MARKETPLACES.flatMap((m) =>
    paths.flatMap((p) => [`https://www.${m.domain}${p}`, `https://www.${m.domain}/-/*${p}`]),
  );
}

/** `/-/en/…`, `/-/zh_TW/…`: the UI-language prefix of some storefronts' paths. */
export const LANGUAGE_PREFIX = /^\/-\/[a-z]{2}(?:_[A-Z]{2})?(?=\/)/;

/** Whether the URL's path (after any language prefix) and query match one of the paths (match-pattern syntax). */
export function onAmazonPath(url: URL, paths: readonly string[]): boolean {
  const rest = url.pathname.replace(LANGUAGE_PREFIX, '') + url.search;
  return paths.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(rest));
}
