/**
 * The guard's user settings, kept in `storage.local` under one key. Every guard is on by default; the user can
 * turn all guards off for a site, one guard off everywhere, or one guard off for one site.
 */

export type GuardKind = 'typing' | 'paste-scam' | 'password';
export const GUARD_KINDS: readonly GuardKind[] = ['typing', 'paste-scam', 'password'];

export interface GuardSettings {
  /** Hostnames where every guard is off. An entry also covers its subdomains (`amazon.de` covers `www.amazon.de`). */
  disabledSites: string[];
  /** Guards off on every site. */
  disabledGuards?: GuardKind[];
  /** Guards off on one site (hostname → guards), same host rule as `disabledSites`. */
  disabledGuardsBySite?: Record<string, GuardKind[]>;
}

export const GUARD_SETTINGS_KEY = 'guardSettings';
export const DEFAULT_GUARD_SETTINGS: GuardSettings = { disabledSites: [] };

/** The slice of `browser.storage.local` (or any StorageArea) the settings need; injected so this stays pure. */
export interface GuardStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const MAX_SITES = 500;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const ALLOWED_KEYS = new Set(['disabledSites', 'disabledGuards', 'disabledGuardsBySite']);

export function normalizeHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

function isGuardKind(value: unknown): value is GuardKind {
  return typeof value === 'string' && (GUARD_KINDS as readonly string[]).includes(value);
}

function parseHostList(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_SITES) return null;
  const out = new Set<string>();
  for (const entry of raw) {
    if (typeof entry !== 'string') return null;
    const host = normalizeHostname(entry);
    if (!HOSTNAME.test(host)) return null;
    out.add(host);
  }
  return [...out];
}

function parseGuardList(raw: unknown): GuardKind[] | null {
  if (!Array.isArray(raw) || raw.length > GUARD_KINDS.length * 2) return null;
  if (!raw.every(isGuardKind)) return null;
  return [...new Set(raw)];
}

/**
 * Validates stored settings: returns a clean copy, or null for any bad shape (unknown keys, wrong types,
 * malformed hostnames). Never throws.
 */
export function parseGuardSettings(raw: unknown): GuardSettings | null {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const record = raw as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!ALLOWED_KEYS.has(key)) return null;
    const disabledSites = parseHostList(record.disabledSites);
    if (!disabledSites) return null;
    const settings: GuardSettings = { disabledSites };
    if (record.disabledGuards !== undefined) {
      const guards = parseGuardList(record.disabledGuards);
      if (!guards) return null;
      settings.disabledGuards = guards;
    }
    if (record.disabledGuardsBySite !== undefined) {
      const bySite = record.disabledGuardsBySite;
      if (typeof bySite !== 'object' || bySite === null || Array.isArray(bySite)) return null;
      const entries = Object.entries(bySite as Record<string, unknown>);
      if (entries.length > MAX_SITES) return null;
      const out: Record<string, GuardKind[]> = {};
      for (const [host, guards] of entries) {
        const normalized = normalizeHostname(host);
        const list = parseGuardList(guards);
        if (!HOSTNAME.test(normalized) || !list) return null;
        out[normalized] = [...new Set([...(out[normalized] ?? []), ...list])];
      }
      settings.disabledGuardsBySite = out;
    }
    return settings;
  } catch {
    // A getter on a hostile object, a Proxy: treat as bad shape.
    return null;
  }
}

/** Reads the settings; missing or invalid values give the defaults (all guards on). Never throws. */
export async function readGuardSettings(area: GuardStorageArea): Promise<GuardSettings> {
  try {
    const stored = await area.get(GUARD_SETTINGS_KEY);
    return parseGuardSettings(stored[GUARD_SETTINGS_KEY]) ?? { ...DEFAULT_GUARD_SETTINGS };
  } catch {
    return { ...DEFAULT_GUARD_SETTINGS };
  }
}

/** Writes validated settings. Returns false (and writes nothing) when `settings` has a bad shape. */
export async function writeGuardSettings(area: GuardStorageArea, settings: GuardSettings): Promise<boolean> {
  const clean = parseGuardSettings(settings);
  if (!clean) return false;
  await area.set({ [GUARD_SETTINGS_KEY]: clean });
  return true;
}

function hostCovers(entry: string, hostname: string): boolean {
  return hostname === entry || hostname.endsWith(`.${entry}`);
}

export function isGuardEnabled(settings: GuardSettings, hostname: string, guard: GuardKind): boolean {
  const host = normalizeHostname(hostname);
  if (settings.disabledSites.some((entry) => hostCovers(entry, host))) return false;
  if (settings.disabledGuards?.includes(guard)) return false;
  for (const [entry, guards] of Object.entries(settings.disabledGuardsBySite ?? {})) {
    if (guards.includes(guard) && hostCovers(entry, host)) return false;
  }
  return true;
}

/** Returns new settings with `guard` (or, without one, every guard) turned on or off for `hostname`. */
export function setGuardEnabledForSite(
  settings: GuardSettings,
  hostname: string,
  enabled: boolean,
  guard?: GuardKind,
): GuardSettings {
  const host = normalizeHostname(hostname);
  const next: GuardSettings = {
    ...settings,
    disabledSites: [...settings.disabledSites],
    disabledGuardsBySite: { ...(settings.disabledGuardsBySite ?? {}) },
  };
  const bySite = next.disabledGuardsBySite as Record<string, GuardKind[]>;
  if (!guard) {
    next.disabledSites = enabled
      ? next.disabledSites.filter((h) => h !== host)
      : [...new Set([...next.disabledSites, host])];
    if (enabled) delete bySite[host];
  } else {
    const current = new Set(bySite[host] ?? []);
    if (enabled) current.delete(guard);
    else current.add(guard);
    if (current.size) bySite[host] = [...current];
    else delete bySite[host];
  }
  if (Object.keys(bySite).length === 0) delete next.disabledGuardsBySite;
  return next;
}
