/**
 * `//host/path…` or `http(s)://host/path…` that the URL parser returns unchanged apart from the scheme: a lower-case
 * host whose last label starts with a letter (so not an IPv4 number, never punycode), no port or user, and a path,
 * query and fragment of characters no component percent-encodes, with no dot segment (`/.`, `%2e`).
 */
const PLAIN_ABSOLUTE = /^(?:https?:)?\/\/(?!.*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(\/[\w\-~!$&()*+,;=:@%/?#.]*)?$/;
const DOT_SEGMENT = /\/\.|%2e/i;
/** `/path…` (not `//`) made of the same characters: relative to an https page, its origin plus the href. */
const PLAIN_PATH = /^\/(?!\/)[\w\-~!$&()*+,;=:@%/?#.]*$/;

/**
 * An href on a shop page made absolute and https, or undefined. Both shops serve everything over https, so an
 * `http:` or protocol-relative link is upgraded; any other scheme (`javascript:`, `mailto:`, `data:`) gives
 * undefined: the panel only ever opens https links. (Length is the receiver's business: it drops over-long URLs.)
 * Plain absolute links and paths skip the parser (a Chromium `new URL` cost ~3 µs, and a Taobao list has ~100 links).
 */
export function absoluteHttpsUrl(href: string | null | undefined, base: URL | string): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  const plain = PLAIN_ABSOLUTE.exec(trimmed);
  if (plain && !DOT_SEGMENT.test(trimmed)) {
    const slashes = trimmed.indexOf('//');
    return `https:${trimmed.slice(slashes)}${plain[1] ? '' : '/'}`;
  }
  if (typeof base !== 'string' && base.protocol === 'https:' && PLAIN_PATH.test(trimmed) && !DOT_SEGMENT.test(trimmed))
    return base.origin + trimmed;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol === 'http:') url.protocol = 'https:';
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
