import { endOfBeijingDay, instantToMs, toBeijingDate, toInstant } from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';

describe('instants are read and written in Beijing time whatever the machine zone', () => {
  it('runs in America/Los_Angeles, so any leak of the local zone would show', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
  });

  it.each([
    ['2024-10-23T17:30:00Z', '2024-10-24'],
    ['2024-10-23T15:59:59Z', '2024-10-23'],
    ['2024-10-23T16:00:00Z', '2024-10-24'],
    ['2024-10-24T00:00:00+08:00', '2024-10-24'],
    ['2024-10-23T09:00:00-07:00', '2024-10-24'],
  ])('toBeijingDate(%s) is %s', (instant, date) => {
    expect(toBeijingDate(instant)).toBe(date);
    expect(toBeijingDate(instantToMs(instant))).toBe(date);
    expect(toBeijingDate(new Date(instantToMs(instant)))).toBe(date);
  });

  it('round-trips toInstant and instantToMs at second precision', () => {
    expect(toInstant(1729699200000)).toBe('2024-10-24T00:00:00+08:00');
    expect(instantToMs('2024-10-24T00:00:00+08:00')).toBe(1729699200000);
    expect(toInstant(1729699200999)).toBe('2024-10-24T00:00:00+08:00');
    expect(instantToMs('2024-10-23T16:00:00.5Z')).toBe(1729699200500);
    expect(instantToMs('2024-10-24T00:00+0800')).toBe(1729699200000);
  });

  it('writes the end of a day as the next midnight, across month and year ends', () => {
    expect(endOfBeijingDay('2024-10-23')).toBe('2024-10-24T00:00:00+08:00');
    expect(endOfBeijingDay('2024-02-29')).toBe('2024-03-01T00:00:00+08:00');
    expect(endOfBeijingDay('2026-12-31')).toBe('2027-01-01T00:00:00+08:00');
  });

  it.each(['2024-10-24T00:00:00', '2024-10-24', '2024-02-30T00:00:00Z', '2024-10-24T25:00:00Z', 'yesterday'])(
    'instantToMs rejects %j with INVALID_DATE',
    (s) => {
      expect(() => instantToMs(s)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    },
  );

  it('rejects an invalid Date and a non-finite number', () => {
    expect(() => toBeijingDate(new Date(Number.NaN))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => toInstant(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => endOfBeijingDay('2024-13-01')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
