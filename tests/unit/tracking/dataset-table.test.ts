// Every test number of tracking_number_data (the half kept in shared/reference, copied to fixtures).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyTrackingNumber } from '../../../lib/tracking/index';

type CourierFile = {
  name: string;
  courier_code: string;
  tracking_numbers: {
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
const invalidRows = couriers.flatMap((c) =>
  c.tracking_numbers.flatMap((t) =>
    t.test_numbers.invalid.map((number) => ({ code: c.courier_code, format: t.name, number })),
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
  // length, unknown S10 country). Rejected = null, another carrier, or reported with checksumValid false.
  it.each(invalidRows)('$code / $format: "$number"', ({ code, number }) => {
    const match = identifyTrackingNumber(number);
    const reportedAsValidForCourier = match !== null && match.courierCode === code && match.checksumValid !== false;
    expect(reportedAsValidForCourier).toBe(false);
  });
});
