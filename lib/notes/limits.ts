/**
 * Caps shared by writes and by import: whatever the API lets a user store must survive export → import, so the
 * import validator and the write path enforce the same numbers.
 */
export const LIMITS = {
  /** Characters of any free-text field. */
  text: 10_000,
  /** Characters of a template's body: the first builds allowed any length, and their backups must still import. */
  templateBody: 100_000,
  /** Characters of IDs, keys, marketplace, short codes. */
  id: 200,
  /** Characters of a URL. */
  url: 2_000,
  /** Most pieces of the one item of a manual order (a typing slip of 10000 for 1 is refused, not saved). */
  quantity: 9_999,
  cases: 20_000,
  entries: 200_000,
  templates: 2_000,
  settings: 500,
  /** Characters of one setting value once serialised. */
  settingJson: 100_000,
  /** Characters of a whole import file (checked before parsing). */
  fileChars: 100_000_000,
  /** Nesting depth of any JSON value in an import file. */
  depth: 32,
} as const;

/** The last time a Date can hold (ECMAScript: ±8.64e15 ms). */
export const MAX_TIME_MS = 8.64e15;

/**
 * A time the notes can store: epoch ms from 1970 to the end of what a Date can hold. Writes and import use this same
 * rule, so a backup never holds a time its own import would refuse (a "0024-05-01" typing slip was saved as 1924).
 */
export function isStorableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_TIME_MS;
}

/**
 * A contact's time or a follow-up that builds before the 1970 rule stored (they refused only non-finite times, e.g. a
 * year typed as "24"): any time a Date can hold. Import takes these so a backup of such a database still restores,
 * and an edit that leaves the time as it is keeps it; a new time must still be storable.
 */
export function isLegacyTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= -MAX_TIME_MS && ms <= MAX_TIME_MS;
}
