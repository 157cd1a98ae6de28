import { china } from '@zwgk/calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import { eachDate, loadReference, type Reference } from './_chineseDays.js';

const allDays = eachDate('2018-01-01', '2026-12-31');
let reference: Reference;
beforeAll(async () => {
  reference = await loadReference();
});

/**
 * Days where chinese-days and the State Council's notices disagree on working or not. The notice
 * decides; each entry says which notice and why. None were found for chinese-days 1.5.7 over
 * 2018–2026 (checked against each notice by hand too); the table stays so that a future upgrade of
 * the reference that drifts shows up as a named case.
 */
const knownDisagreements: { date: string; ours: boolean; chineseDays: boolean; why: string }[] = [];

describe('the shipped calendar agrees with chinese-days', () => {
  it('on whether each of the 3287 days from 2018-01-01 to 2026-12-31 is a working day', () => {
    expect(allDays).toHaveLength(3287);
    const known = new Set(knownDisagreements.map((d) => d.date));
    const differing = allDays.filter((d) => !known.has(d) && china.isWorkingDay(d) !== reference.isWorkday.get(d));
    expect(differing).toEqual([]);
  });

  it.each(knownDisagreements)('except on $date, where the notice decides: $why', ({ date, ours, chineseDays }) => {
    expect(china.isWorkingDay(date)).toBe(ours);
    expect(reference.isWorkday.get(date)).toBe(chineseDays);
  });

  it('on the holiday each day off or 调休 day belongs to', () => {
    const mismatched: string[] = [];
    for (const d of allDays) {
      const info = china.dayInfo(d);
      if (info.kind !== 'holiday' && info.kind !== 'adjusted-workday') continue;
      const theirs = reference.dayName.get(d);
      // Our names are the notices' ('清明节', '国庆节、中秋节'); chinese-days shortens and splits them
      // ('清明'; 2023-09-29 '中秋' and 2023-09-30… '国庆节' where the notice has one '中秋节、国庆节' holiday).
      if (!theirs || !info.holiday!.includes(theirs)) mismatched.push(`${d}: ${info.holiday} vs ${theirs}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("on the 15th working day after every day of 2018–2026 but the last month (chinese-days' findWorkday)", () => {
    const starts = eachDate('2018-01-01', '2026-11-30');
    const theirs = reference.findWorkday(15, starts);
    const differing = starts.filter((d) => china.addWorkingDays(d, 15) !== theirs.get(d));
    expect(differing).toEqual([]);
  });
});

describe('days where chinese-days files a day under a different holiday than the notice', () => {
  it.each([
    // 国办发明电〔2022〕16号 gives one holiday "中秋节、国庆节：9月29日至10月6日"; chinese-days calls 9-29 中秋 alone.
    { date: '2023-09-29', notice: '国办发明电〔2022〕16号', holiday: '中秋节、国庆节' },
    // 国办发明电〔2024〕12号 "国庆节、中秋节：10月1日至8日"; chinese-days calls 10-06 中秋 alone.
    { date: '2025-10-06', notice: '国办发明电〔2024〕12号', holiday: '国庆节、中秋节' },
    // The 2019 New Year holiday began in 2018, by the 2019 notice 国办发明电〔2018〕15号.
    { date: '2018-12-31', notice: '国办发明电〔2018〕15号', holiday: '元旦' },
    // The 2023 New Year holiday began on 2022-12-31, by the 2023 notice 国办发明电〔2022〕16号.
    { date: '2022-12-31', notice: '国办发明电〔2022〕16号', holiday: '元旦' },
  ])('$date is $holiday by $notice', ({ date, notice, holiday }) => {
    expect(china.dayInfo(date)).toMatchObject({ kind: 'holiday', holiday, notice });
  });
});
