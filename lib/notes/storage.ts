/** The part of `navigator.storage` we use; injectable because the service worker and tests differ. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

const defaultStorage = (): StorageManagerLike | undefined =>
  (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;

/**
 * Asks the browser not to evict our IndexedDB under storage pressure (notes are the user's only record of what
 * an agent promised). Returns whether storage is persistent; false when the API is missing or refuses.
 */
export async function requestPersistence(storage: StorageManagerLike | undefined = defaultStorage()): Promise<boolean> {
  try {
    if (await storage?.persisted?.()) return true;
    return (await storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

export interface StorageUsage {
  usage: number;
  quota: number;
  /** usage / quota, 0–1 (0 when the quota is unknown). */
  ratio: number;
}

/** Bytes used and available for this origin, or null where `navigator.storage.estimate` does not exist. */
export async function storageUsage(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<StorageUsage | null> {
  try {
    const estimate = await storage?.estimate?.();
    if (!estimate) return null;
    const usage = estimate.usage ?? 0;
    const quota = estimate.quota ?? 0;
    return { usage, quota, ratio: quota > 0 ? usage / quota : 0 };
  } catch {
    return null;
  }
}
