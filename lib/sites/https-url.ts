/**
 * An href on a shop page made absolute and https, or undefined. Both shops serve everything over https, so an
 * `http:` or protocol-relative link is upgraded; any other scheme (`javascript:`, `mailto:`, `data:`) gives
 * undefined: the panel only ever opens https links. (Length is the receiver's business: it drops over-long URLs.)
 */
export function absoluteHttpsUrl(href: string | null | undefined, base: URL | string): string | undefined {
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
