import fc from 'fast-check';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { endOfBeijingDay, toBeijingDate, toInstant } from '@zwgk/calendar';

// The fixed +08:00 arithmetic (China has had no daylight saving since 1991-09-15) must agree
// with the zone database on every instant it is used for.
const inShanghai = tz('Asia/Shanghai');
const from = Date.UTC(1991, 8, 15);
const to = Date.UTC(2031, 0, 1);

describe('Beijing time on the fixed-offset path', () => {
  it('agrees with @date-fns/tz for random instants 1991-09-15…2030', () => {
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        expect(toInstant(ms)).toBe(format(Math.floor(ms / 1000) * 1000, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: inShanghai }));
        expect(toBeijingDate(ms)).toBe(format(ms, 'yyyy-MM-dd', { in: inShanghai }));
      }),
      { numRuns: 2000 },
    );
  });

  it('still uses the zone database before 1991, when China kept summer time', () => {
    expect(toInstant(Date.UTC(1988, 6, 1, 0, 0, 0))).toBe('1988-07-01T09:00:00+09:00');
    expect(endOfBeijingDay('2024-10-23')).toBe('2024-10-24T00:00:00+08:00');
  });
});
