const PLAIN_HTTPS = /^(https:)?\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}\/[\w\-.~/?#@!$&()*+,;=%:]*$/;

/**
 * An href on a shop page made absolute and https, or undefined. Both shops serve everything over https, so an
 * `http:` or protocol-relative link is upgraded; any other scheme (`javascript:`, `mailto:`, `data:`) gives
 * undefined: the panel only ever opens https links. (Length is the receiver's business: it drops over-long URLs.)
 */
export function absoluteHttpsUrl(href: string | null | undefined, base: URL | string): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  // Most links on both shops are `//host/path?query` or `https://…` in plain ASCII, which the URL parser would
  // return unchanged (one per item and order: measurable on a 50-order list). Anything it might rewrite — upper-case
  // host, dot segments, characters it percent-encodes — goes to the parser.
  const plain = PLAIN_HTTPS.exec(trimmed);
  if (plain && !trimmed.includes('/.') && !/%2e/i.test(trimmed)) return plain[1] ? trimmed : `https:${trimmed}`;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol === 'http:') url.protocol = 'https:';
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
