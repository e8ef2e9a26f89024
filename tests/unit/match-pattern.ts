/** Chrome's match-pattern semantics for https patterns with a literal host: `*` in the path matches anything. */
export function matches(pattern: string, url: string): boolean {
  const m = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const u = new URL(url);
  if (u.protocol !== 'https:' || u.hostname !== m[1]) return false;
  const path = m[2]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${path}$`).test(u.pathname + u.search);
}
