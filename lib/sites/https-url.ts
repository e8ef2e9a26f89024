/**
 * A link the URL parser returns unchanged apart from the scheme: `//host/…` or `http(s)://host/…` with a lower-case
 * host whose last label starts with a letter (not an IPv4 number), no port or user, or a `/path…`; and a path, query
 * and fragment of characters no component percent-encodes. Dot segments (`/.`, `%2e`) and punycode go to the parser.
 */
const PLAIN = /^(?:(?:https?:)?\/\/((?:[a-z\d-]+\.)*[a-z][a-z\d-]*))?(\/[\w\-~!$&()*+,;=:@%/?#.]*)?$/;
/** Dot segments and punycode: the parser rewrites them. */
const PARSER_REWRITES = /\/\.|%2e|xn--/i;

/**
 * {@link parsedHttpsUrl} with plain links made absolute without the parser: a Chromium `new URL` cost ~3 µs, and an
 * Amazon list has 30–60 links, most of them `/gp/…` paths; a Taobao list ~150, all naming their host (0.25 → 0.03 ms,
 * 2026-11).
 */
export function absoluteHttpsUrl(href: string | null | undefined, base: URL): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  // The base too must be one the parser would not rewrite against: an http(s) page without user or password.
  // Read once per base object (each URL getter builds a new string: 5 % of an Amazon list's extraction, 2026-11);
  // a page's base URL object is made once per extraction and never changed.
  if (base !== lastBase) {
    lastBase = base;
    const http = /^https?:$/.test(base.protocol) && !base.username && !base.password;
    lastOrigin = http ? (base.protocol === 'https:' ? base.origin : '') : undefined;
  }
  const plain = lastOrigin !== undefined && !PARSER_REWRITES.test(trimmed) ? PLAIN.exec(trimmed) : null;
  if (plain?.[1]) return `https:${trimmed.slice(trimmed.indexOf('//'))}${plain[2] ? '' : '/'}`;
  if (plain && trimmed[1] !== '/' && lastOrigin) return lastOrigin + trimmed;
  return parsedHttpsUrl(trimmed, base);
}

/** The last base seen, and its origin: '' for an http page, undefined for one the fast path must not use. */
let lastBase: URL | undefined;
let lastOrigin: string | undefined;

/**
 * An href on a shop page made absolute and https, or undefined. Both shops serve everything over https, so an
 * `http:` or protocol-relative link is upgraded; any other scheme (`javascript:`, `mailto:`, `data:`) gives
 * undefined: the panel only ever opens https links. (Length is the receiver's business: it drops over-long URLs.)
 */
export function parsedHttpsUrl(href: string | null | undefined, base: URL): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol === 'http:') url.protocol = 'https:';
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
