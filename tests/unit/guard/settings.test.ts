import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GUARD_SETTINGS,
  GUARD_SETTINGS_KEY,
  type GuardStorageArea,
  isGuardEnabled,
  parseGuardSettings,
  readGuardSettings,
  setGuardEnabledForSite,
  writeGuardSettings,
} from '../../../lib/guard';

function memoryArea(initial: Record<string, unknown> = {}): GuardStorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('parseGuardSettings', () => {
  it('accepts a full, valid shape and normalizes hostnames', () => {
    expect(
      parseGuardSettings({
        disabledSites: ['WWW.Amazon.DE.', 'www.amazon.de'],
        disabledGuards: ['paste-scam', 'paste-scam'],
        disabledGuardsBySite: { 'Refund2.Taobao.com': ['password'] },
      }),
    ).toEqual({
      disabledSites: ['www.amazon.de'],
      disabledGuards: ['paste-scam'],
      disabledGuardsBySite: { 'refund2.taobao.com': ['password'] },
    });
  });

  it.each([
    ['null', null],
    ['a string', 'off'],
    ['an array', []],
    ['missing disabledSites', {}],
    ['a non-string site', { disabledSites: [42] }],
    ['a URL instead of a hostname', { disabledSites: ['https://www.amazon.com/'] }],
    ['a path in the hostname', { disabledSites: ['amazon.com/gp'] }],
    ['an unknown guard', { disabledSites: [], disabledGuards: ['everything'] }],
    ['disabledGuards not an array', { disabledSites: [], disabledGuards: 'typing' }],
    ['a bad per-site list', { disabledSites: [], disabledGuardsBySite: { 'amazon.com': ['nope'] } }],
    ['a bad per-site host', { disabledSites: [], disabledGuardsBySite: { 'a b': ['typing'] } }],
    ['an unknown key', { disabledSites: [], extra: true }],
    ['too many sites', { disabledSites: Array.from({ length: 501 }, (_, i) => `h${i}.example.com`) }],
  ])('rejects %s', (_, raw) => {
    expect(parseGuardSettings(raw)).toBeNull();
  });

  it('never throws, even on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(parseGuardSettings(hostile)).toBeNull();
  });
});

describe('isGuardEnabled', () => {
  it('is on everywhere by default', () => {
    for (const g of ['typing', 'paste-scam', 'password'] as const) {
      expect(isGuardEnabled(DEFAULT_GUARD_SETTINGS, 'www.amazon.com', g)).toBe(true);
    }
  });

  it('a disabled site covers its subdomains but not look-alike domains', () => {
    const s = { disabledSites: ['amazon.com'] };
    expect(isGuardEnabled(s, 'www.amazon.com', 'typing')).toBe(false);
    expect(isGuardEnabled(s, 'amazon.com', 'password')).toBe(false);
    expect(isGuardEnabled(s, 'www.amazon.com.au', 'typing')).toBe(true);
    expect(isGuardEnabled(s, 'notamazon.com', 'typing')).toBe(true);
  });

  it('turns one guard off globally or for one site only', () => {
    const s = {
      disabledSites: [],
      disabledGuards: ['paste-scam' as const],
      disabledGuardsBySite: { 'www.amazon.de': ['typing' as const] },
    };
    expect(isGuardEnabled(s, 'www.amazon.com', 'paste-scam')).toBe(false);
    expect(isGuardEnabled(s, 'www.amazon.de', 'typing')).toBe(false);
    expect(isGuardEnabled(s, 'www.amazon.de', 'password')).toBe(true);
    expect(isGuardEnabled(s, 'www.amazon.com', 'typing')).toBe(true);
  });
});

describe('setGuardEnabledForSite', () => {
  it('toggles a whole site and one guard, and round-trips through the validator', () => {
    let s = setGuardEnabledForSite(DEFAULT_GUARD_SETTINGS, 'WWW.amazon.com', false);
    expect(isGuardEnabled(s, 'www.amazon.com', 'typing')).toBe(false);
    s = setGuardEnabledForSite(s, 'www.amazon.com', true);
    expect(isGuardEnabled(s, 'www.amazon.com', 'typing')).toBe(true);
    s = setGuardEnabledForSite(s, 'market.m.taobao.com', false, 'password');
    expect(isGuardEnabled(s, 'market.m.taobao.com', 'password')).toBe(false);
    expect(isGuardEnabled(s, 'market.m.taobao.com', 'typing')).toBe(true);
    expect(parseGuardSettings(s)).toEqual(s);
    s = setGuardEnabledForSite(s, 'market.m.taobao.com', true, 'password');
    expect(s.disabledGuardsBySite).toBeUndefined();
  });
});

describe('read/write', () => {
  it('reads defaults when nothing or garbage is stored', async () => {
    expect(await readGuardSettings(memoryArea())).toEqual(DEFAULT_GUARD_SETTINGS);
    expect(await readGuardSettings(memoryArea({ [GUARD_SETTINGS_KEY]: { disabledSites: 'x' } }))).toEqual(
      DEFAULT_GUARD_SETTINGS,
    );
    const failing: GuardStorageArea = {
      get: () => Promise.reject(new Error('no storage')),
      set: () => Promise.resolve(),
    };
    expect(await readGuardSettings(failing)).toEqual(DEFAULT_GUARD_SETTINGS);
  });

  it('writes valid settings under one key and refuses bad ones', async () => {
    const area = memoryArea();
    expect(await writeGuardSettings(area, { disabledSites: ['www.amazon.com'] })).toBe(true);
    expect(area.data).toEqual({ [GUARD_SETTINGS_KEY]: { disabledSites: ['www.amazon.com'] } });
    expect(await readGuardSettings(area)).toEqual({ disabledSites: ['www.amazon.com'] });
    // biome-ignore lint/suspicious/noExplicitAny: deliberately bad input
    expect(await writeGuardSettings(area, { disabledSites: [1] } as any)).toBe(false);
    expect(area.data).toEqual({ [GUARD_SETTINGS_KEY]: { disabledSites: ['www.amazon.com'] } });
  });
});
