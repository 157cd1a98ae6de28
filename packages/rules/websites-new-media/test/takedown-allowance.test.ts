import { describe, expect, it } from 'vitest';
import { decideTakedown, type EarlierTakedown } from '../src/takedown-allowance.js';

describe('decideTakedown (第十五条)', () => {
  it('allows a first take-down of at most 30 days', () => {
    expect(decideTakedown({ plannedStart: '2019-01-06', plannedDays: 30 }, [])).toEqual({ allowed: true, reasons: [], countedThisYear: 0 });
  });
  it('refuses a take-down longer than 30 days', () => {
    expect(decideTakedown({ plannedStart: '2019-01-06', plannedDays: 31 }, []).reasons).toEqual(['tooLong']);
  });
  it('refuses a second counted take-down in the same calendar year, and gives every reason', () => {
    const earlier = [{ from: '2019-01-06', counted: true }];
    expect(decideTakedown({ plannedStart: '2019-12-30', plannedDays: 40 }, earlier)).toEqual({
      allowed: false,
      reasons: ['tooLong', 'alreadyTakenDownThisYear'],
      countedThisYear: 1,
    });
  });
  it('does not count force majeure or ordered emergency take-downs (第十五条第二款), nor last year’s', () => {
    const earlier = [
      { from: '2019-03-01', counted: false },
      { from: '2018-12-20', counted: true },
    ];
    expect(decideTakedown({ plannedStart: '2019-01-06', plannedDays: 10 }, earlier).allowed).toBe(true);
  });
  it('reads "每年" as the twelve months before the planned start when asked', () => {
    const earlier = [{ from: '2019-06-01', counted: true }];
    expect(decideTakedown({ plannedStart: '2020-03-01', plannedDays: 10 }, earlier, 'calendarYear').allowed).toBe(true);
    expect(decideTakedown({ plannedStart: '2020-03-01', plannedDays: 10 }, earlier, 'rolling12Months').allowed).toBe(false);
    expect(decideTakedown({ plannedStart: '2020-06-01', plannedDays: 10 }, earlier, 'rolling12Months').allowed).toBe(true);
    // 29 February: 28 February of the year before stands in for it, so the window opens on 1 March.
    expect(
      decideTakedown({ plannedStart: '2020-02-29', plannedDays: 10 }, [{ from: '2019-03-01', counted: true }], 'rolling12Months').allowed,
    ).toBe(false);
    expect(
      decideTakedown({ plannedStart: '2020-02-29', plannedDays: 10 }, [{ from: '2019-02-28', counted: true }], 'rolling12Months').allowed,
    ).toBe(true);
  });
  it('does not change its arguments', () => {
    const earlier: EarlierTakedown[] = [{ from: '2019-01-06', counted: true }];
    const copy = structuredClone(earlier);
    decideTakedown({ plannedStart: '2019-07-01', plannedDays: 5 }, earlier);
    expect(earlier).toEqual(copy);
  });
});
