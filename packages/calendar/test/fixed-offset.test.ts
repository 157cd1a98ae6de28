import { tz } from '@date-fns/tz';
import { endOfBeijingDay, instantToMs, toBeijingDate, toInstant } from '@zwgk/calendar';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

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

  it("reads the library's own instant form exactly as the full ISO 8601 grammar does", () => {
    // Strings of the shape 'YYYY-MM-DDTHH:mm:ss+08:00' (digits anywhere, so impossible dates and
    // times too) take the fast path; the same instant written with fractions, which only the full
    // grammar reads, must give the same answer or the same refusal.
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const shaped = fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), two(19), two(39), two(29), two(69), two(69))
      .map(([y, mo, d, h, mi, s]) => `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`);
    const read = (text: string) => {
      try {
        return instantToMs(text);
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    fc.assert(
      fc.property(shaped, (text) => {
        expect(read(text)).toBe(read(text.replace('+08:00', '.000+08:00')));
      }),
      { numRuns: 5000 },
    );
    expect(instantToMs('2019-10-08T24:00:00+08:00')).toBe(instantToMs('2019-10-09T00:00:00+08:00'));
    expect(read('2019-02-29T10:00:00+08:00')).toBe('INVALID_DATE');
    expect(read('2019-1a-01T10:00:00+08:00')).toBe('INVALID_DATE');
    expect(instantToMs('1969-12-31T23:00:00+08:00')).toBe(Date.UTC(1969, 11, 31, 15));
  });
});
