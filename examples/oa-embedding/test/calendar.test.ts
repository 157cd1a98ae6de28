import { china, createCalendar, schedule2022, shippedSchedules } from '@zwgk/calendar';
import { SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { demoApplications, demoOfficers } from '../src/demo-xiji.js';
import { OaService } from '../src/oa-service.js';
import { useTempStore } from './temp-store.js';

const newStoreFile = useTempStore();

// December 2021 replayed as if the 2022 holidays had not been announced yet (they were, on 2021-10-25):
// the OA counts provisionally, then loads the year and sees which cases moved.
describe('an OA counting into a year not yet announced', () => {
  it('shows the due date as 暂定, and moves it when the year is loaded', async () => {
    const clock = new SimulatedClock('2021-12-20T10:00:00+08:00');
    const before2022 = createCalendar({
      schedules: shippedSchedules.filter((s) => s.year < 2022),
      provisional: true,
      id: 'china-2021+provisional',
    });
    const oa = new OaService({ storeFile: newStoreFile(), clock, calendar: before2022 });
    const row = await oa.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    // By the law alone: 2022-01-01 (Sat, 元旦) is made up on Monday 01-03; 15 working days end on 01-11.
    expect(row).toMatchObject({ due: '2022-01-11（周二）24:00（暂定）', provisional: true });
    clock.set('2021-12-27T09:00:00+08:00');
    // 国办发明电〔2021〕11号: 元旦 01-01…03 — the same working days as the law, so nothing moves.
    expect(await oa.loadCalendarYear([schedule2022])).toEqual([]);
    expect(await oa.caseRow(row.caseId)).toMatchObject({ due: '2022-01-11（周二）24:00', provisional: false });
    await oa.close();
  });

  it('reports a case whose due date the announced year moves', async () => {
    const clock = new SimulatedClock('2022-01-10T10:00:00+08:00');
    const before2022 = createCalendar({ schedules: shippedSchedules.filter((s) => s.year < 2022), provisional: true });
    const oa = new OaService({ storeFile: newStoreFile(), clock, calendar: before2022 });
    const row = await oa.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    // The law: 春节 01-31 (除夕)…02-03, no 调休: 15 working days after 01-10 end on Friday 02-04.
    expect(row).toMatchObject({ due: '2022-02-04（周五）24:00（暂定）' });
    clock.set('2022-01-12T09:00:00+08:00');
    // The notice: 01-31…02-06 off, Saturday 01-29 and Sunday 01-30 worked: the 15th working day is Saturday 01-29.
    const moved = await oa.loadCalendarYear([schedule2022]);
    expect(moved).toEqual([
      {
        caseId: row.caseId,
        name: 'reply',
        previousDueAt: '2022-02-05T00:00:00+08:00',
        dueAt: '2022-01-30T00:00:00+08:00',
        moved: 'earlier',
        provisional: false,
      },
    ]);
    expect(await oa.caseRow(row.caseId)).toMatchObject({ due: '2022-01-29（周六）24:00', provisional: false });
    const audit = await oa.engine.history(row.caseId);
    expect(audit.at(-1)).toMatchObject({
      kind: 'deadline.recomputed',
      data: { moved: 'earlier', warning: expect.stringContaining('提前') },
    });
    expect(china.isWorkingDay('2022-01-29')).toBe(true);
    await oa.close();
  });
});
