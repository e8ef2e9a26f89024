/** The longest URL the message schema accepts (longer ones are left out of the report). */
const MAX_URL_LENGTH = 2048;

/**
 * An href on a shop page made absolute and https, or undefined. Both shops serve everything over https, so an
 * `http:` or protocol-relative link is upgraded; any other scheme (`javascript:`, `mailto:`, `data:`) and
 * over-long URLs give undefined: the panel only ever opens https links.
 */
export function absoluteHttpsUrl(href: string | null | undefined, base: URL | string): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return undefined;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol === 'http:') url.protocol = 'https:';
    return url.protocol === 'https:' && url.href.length <= MAX_URL_LENGTH ? url.href : undefined;
  } catch {
    return undefined;
  }
}
