/** Shared by the benches: a seeded random source (same inputs every run) and order statistics. */

/** mulberry32: small, fast, good enough to vary bench inputs reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The p-quantile (0..1) of the samples, nearest-rank on the sorted copy; NaN for none. */
export function quantile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

export function stats(samples: readonly number[]): { median: number; p95: number; max: number } {
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: Math.max(...samples) };
}
