// Every test number of tracking_number_data (the half kept in shared/reference, copied to fixtures).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyTrackingNumber } from '../../../lib/tracking/index';

type CourierFile = {
  name: string;
  courier_code: string;
  tracking_numbers: {
    id?: string;
    name: string;
    validation?: { checksum?: unknown };
    test_numbers: { valid: string[]; invalid: string[] };
  }[];
};

const dir = join(__dirname, '../../fixtures/tracking/tracking_number_data/couriers');
const couriers: CourierFile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CourierFile);

const validRows = couriers.flatMap((c) =>
  c.tracking_numbers.flatMap((t) =>
    t.test_numbers.valid.map((number) => ({
      code: c.courier_code,
      format: t.name,
      number,
      hasChecksum: !!t.validation?.checksum,
    })),
  ),
);
// Format ids as scripts/gen-tracking-data.mjs gives them (the dataset's id, else courier_code + index).
const invalidRows = couriers.flatMap((c) =>
  c.tracking_numbers.flatMap((t, index) =>
    t.test_numbers.invalid.map((number) => ({
      code: c.courier_code,
      format: t.name,
      formatId: t.id ?? `${c.courier_code}_${index}`,
      number,
    })),
  ),
);

describe('tracking_number_data: valid test numbers', () => {
  it('has a meaningful number of rows', () => {
    expect(validRows.length).toBeGreaterThan(60);
    expect(invalidRows.length).toBeGreaterThan(30);
  });
  it.each(validRows)('$code / $format: "$number"', ({ code, number, hasChecksum }) => {
    const match = identifyTrackingNumber(number);
    expect(match).not.toBeNull();
    expect(match?.courierCode).toBe(code);
    expect(match?.number).toBe(number.replace(/\s/g, '').toUpperCase());
    if (hasChecksum) expect(match?.checksumValid).toBe(true);
    expect(match?.confidence).toBeGreaterThan(0.2);
  });
});

describe('tracking_number_data: invalid test numbers', () => {
  // The dataset's "invalid" means "not a valid number of this format" (wrong check digit, wrong prefix or
  // length, unknown S10 country). Rejected = null, another format, or reported with checksumValid false. Another
  // format of the same courier may rightly claim it: upstream purolator.json lists 331426749957 as an invalid
  // "Purolator (alpha + 9)" number and as a valid "Purolator (12)" one.
  it.each(invalidRows)('$code / $format: "$number"', ({ code, formatId, number }) => {
    const match = identifyTrackingNumber(number);
    const reportedAsValidForFormat =
      match !== null && match.courierCode === code && match.formatId === formatId && match.checksumValid !== false;
    expect(reportedAsValidForFormat).toBe(false);
    // A rejected reading is still a reading: its confidence is low, never outside the documented 0..1.
    if (match) {
      expect(match.confidence).toBeGreaterThanOrEqual(0);
      expect(match.confidence).toBeLessThanOrEqual(1);
    }
  });
});
