import { describe, expect, it } from 'vitest';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../components/notes/datetime-local';
import { isStorableTime } from '../../../lib/notes/limits';

describe('datetime-local values', () => {
  it('round-trips a local time', () => {
    const ms = fromDateTimeLocal('2024-05-01T10:00');
    expect(ms).toBe(new Date(2024, 4, 1, 10, 0).getTime());
    expect(toDateTimeLocal(ms as number)).toBe('2024-05-01T10:00');
  });

  it('refuses what the notes could not store or the calendar does not have', () => {
    // "0024" for "2024": the Date constructor would have read it as 1924, which no backup could restore.
    expect(fromDateTimeLocal('0024-05-01T10:00')).toBeNull();
    expect(fromDateTimeLocal('1969-12-31T10:00')).toBeNull();
    expect(fromDateTimeLocal('2024-02-31T10:00')).toBeNull();
    expect(fromDateTimeLocal('')).toBeNull();
  });

  it('uses the same rule as the import: times from 1970 on', () => {
    expect(isStorableTime(0)).toBe(true);
    expect(isStorableTime(-1)).toBe(false);
    expect(isStorableTime(Number.NaN)).toBe(false);
    expect(isStorableTime(8.64e15 + 1)).toBe(false);
  });
});
