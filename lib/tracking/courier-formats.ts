// Matches a normalised candidate against the tracking_number_data formats (generated data).
// Formats are indexed by length so a candidate only meets the few regexes that can match it.
import { validateChecksum } from './checksums';
import { COURIER_FORMATS } from './data/couriers.generated';
import type { CourierFormatData } from './types';

export type FormatMatch = {
  format: CourierFormatData;
  /** null when the format has no checksum. */
  checksumValid: boolean | null;
  /** Every lookup listed in validation.additional.exists found a row (S10: known operator). */
  lookupsOk: boolean;
  /** Lookup results by table name ("Service Type", "Courier", …). */
  lookups: Record<string, string>;
  /**
   * Enumerations (tables of 5+ rows: USPS service types, DPD country codes…) the number's field is missing from.
   * The dataset does not require them, but an all-digit number whose service code is unknown is usually another
   * carrier's number that happens to fit (a DHL Paket `00340434…` read as USPS 20).
   */
  enumerationsMissed: number;
};

type CompiledFormat = { data: CourierFormatData; regex: RegExp; prependIf?: RegExp };

const COMPILED: CompiledFormat[] = COURIER_FORMATS.map((data) => ({
  data,
  regex: new RegExp(`^(?:${data.pattern})$`),
  prependIf: data.prependIf ? new RegExp(data.prependIf.matchesRegex) : undefined,
}));

const MAX_INDEXED_LENGTH = 64;
const BY_LENGTH: CompiledFormat[][] = Array.from({ length: MAX_INDEXED_LENGTH + 1 }, (_, length) =>
  COMPILED.filter((f) => f.data.minLength <= length && length <= f.data.maxLength),
);

/** Lengths some dataset format accepts; lets the text scanner skip hopeless candidates cheaply. */
export function datasetAcceptsLength(length: number): boolean {
  return length <= MAX_INDEXED_LENGTH && (BY_LENGTH[length]?.length ?? 0) > 0;
}

const lookupRegexCache = new Map<string, RegExp>();
function lookupRegex(source: string): RegExp {
  let re = lookupRegexCache.get(source);
  if (!re) {
    // Anchored: the Ruby gem uses `=~` (unanchored), but every lookup regex in the data describes the whole group.
    re = new RegExp(`^(?:${source})$`);
    lookupRegexCache.set(source, re);
  }
  return re;
}

function lookupRow(rows: readonly { name: string; matches?: string; matchesRegex?: string }[], value: string) {
  return rows.find((row) =>
    row.matches !== undefined
      ? row.matches === value
      : row.matchesRegex
        ? lookupRegex(row.matchesRegex).test(value)
        : false,
  );
}

/** All dataset formats whose regex matches `normalised` (already upper-case, no whitespace). */
export function matchCourierFormats(normalised: string): FormatMatch[] {
  const candidates = normalised.length <= MAX_INDEXED_LENGTH ? (BY_LENGTH[normalised.length] ?? []) : [];
  const out: FormatMatch[] = [];
  for (const f of candidates) {
    const m = f.regex.exec(normalised);
    if (!m) continue;
    const groups = m.groups ?? {};
    let checksumValid: boolean | null = null;
    if (f.data.checksum) {
      let serial = groups.SerialNumber ?? '';
      if (f.prependIf && f.data.prependIf && f.prependIf.test(serial)) serial = f.data.prependIf.content + serial;
      checksumValid = validateChecksum(f.data.checksum, serial, groups.CheckDigit ?? '');
    }
    const lookups: Record<string, string> = {};
    let enumerationsMissed = 0;
    for (const table of f.data.additional ?? []) {
      const value = groups[table.group];
      if (value === undefined) continue;
      const row = lookupRow(table.lookup, value);
      if (row) lookups[table.name] = row.name;
      else if (table.lookup.length >= 5) enumerationsMissed++;
    }
    const lookupsOk = (f.data.requiredLookups ?? []).every((name) => lookups[name] !== undefined);
    out.push({ format: f.data, checksumValid, lookupsOk, lookups, enumerationsMissed });
  }
  return out;
}
