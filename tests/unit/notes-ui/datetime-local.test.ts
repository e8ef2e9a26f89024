import { afterEach, describe, expect, it } from 'vitest';
import { formatWhen, fromDateTimeLocal, toDateTimeLocal } from '../../../components/notes/datetime-local';
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

  describe('in zones with daylight saving time', () => {
    const machineZone = process.env.TZ;
    afterEach(() => {
      // Node reads TZ again whenever it is assigned.
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    });

    it('keeps the hour typed on an ordinary day that was a DST change in 2000', () => {
      // The value was once built in 2000 (a leap year) and then moved to its year: an hour 2000 skipped on that date
      // (Europe: 26 March 2000; New York: 2 April 2000; São Paulo, which has had no DST since 2019: 8 October 2000 at
      // midnight) came out an hour late in every other year.
      process.env.TZ = 'Europe/Berlin';
      expect(toDateTimeLocal(fromDateTimeLocal('2025-03-26T02:30') as number)).toBe('2025-03-26T02:30');
      expect(fromDateTimeLocal('2025-03-26T02:30')).toBe(Date.UTC(2025, 2, 26, 1, 30));
      process.env.TZ = 'America/New_York';
      expect(toDateTimeLocal(fromDateTimeLocal('2025-04-02T02:30') as number)).toBe('2025-04-02T02:30');
      process.env.TZ = 'America/Sao_Paulo';
      expect(toDateTimeLocal(fromDateTimeLocal('2025-10-08T00:30') as number)).toBe('2025-10-08T00:30');
    });

    it('09:00 the day before and the day of a DST change is 09:00 local', () => {
      process.env.TZ = 'Europe/Berlin';
      expect(fromDateTimeLocal('2025-03-29T09:00')).toBe(Date.UTC(2025, 2, 29, 8));
      expect(fromDateTimeLocal('2025-03-30T09:00')).toBe(Date.UTC(2025, 2, 30, 7));
      // A time the clocks skip that day reads as the same time after the change, as the browser's own Date does.
      expect(toDateTimeLocal(fromDateTimeLocal('2025-03-30T02:30') as number)).toBe('2025-03-30T03:30');
      process.env.TZ = 'America/New_York';
      expect(fromDateTimeLocal('2025-11-01T09:00')).toBe(Date.UTC(2025, 10, 1, 13));
      expect(fromDateTimeLocal('2025-11-02T09:00')).toBe(Date.UTC(2025, 10, 2, 14));
      process.env.TZ = 'Asia/Shanghai';
      expect(fromDateTimeLocal('2025-03-30T09:00')).toBe(Date.UTC(2025, 2, 30, 1));
    });
  });
});

// QA journey .tmp/s19/qa-intl: in an en-GB, en-IN or de-DE browser (English UI) the case timeline read
// "Nov 30, 2026, 09:25 PM" (US order, 12-hour clock) beside "30 Nov 2026" everywhere else in the panel.
describe('formatWhen', () => {
  const at = new Date(2026, 10, 30, 21, 25).getTime();
  it('writes English dates the way the browser’s English does, day first elsewhere', () => {
    expect(formatWhen(at, 'en', 'en-GB')).toBe('30 Nov 2026, 21:25');
    expect(formatWhen(at, 'en', 'de-DE')).toBe('30 Nov 2026, 21:25');
    expect(formatWhen(at, 'en', 'ja-JP')).toBe('30 Nov 2026, 21:25');
    expect(formatWhen(at, 'en', 'en-IN')).toMatch(/^30 Nov 2026, (09:25 pm|21:25)$/i);
    expect(formatWhen(at, 'en', 'en-US')).toBe('Nov 30, 2026, 09:25 PM');
    expect(formatWhen(at, 'zh_CN', 'en-GB')).toBe(formatWhen(at, 'zh_CN', 'zh-CN'));
    expect(formatWhen(at, 'zh_CN', 'de-DE')).toMatch(/^2026年11月30日/);
  });

  it('writes a traditional UI’s dates as Taiwan and Hong Kong do (a 12-hour clock)', () => {
    expect(formatWhen(at, 'zh_TW', 'zh-TW')).toBe('2026年11月30日 下午09:25');
    expect(formatWhen(at, 'zh_HK', 'en-GB')).toMatch(/^2026年11月30日 下午/);
    expect(formatWhen(at, 'zh_CN', 'zh-TW')).toBe('2026年11月30日 21:25');
  });
});
