import { describe, expect, it, vi } from 'vitest';
import { requestPersistence, storageUsage } from '../../../lib/notes';

describe('storage', () => {
  it('asks for persistence only when not yet persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => false, persist })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    const persist2 = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => true, persist: persist2 })).toBe(true);
    expect(persist2).not.toHaveBeenCalled();
    expect(await requestPersistence({ persist: async () => false })).toBe(false);
    expect(await requestPersistence({})).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) })).toBe(false);
  });

  it('reports usage and quota, or null without the API', async () => {
    expect(await storageUsage({ estimate: async () => ({ usage: 250, quota: 1000 }) })).toEqual({
      usage: 250,
      quota: 1000,
      ratio: 0.25,
    });
    expect(await storageUsage({ estimate: async () => ({}) })).toEqual({ usage: 0, quota: 0, ratio: 0 });
    expect(await storageUsage({})).toBeNull();
    expect(await storageUsage(undefined)).toBeNull();
  });
});
