import { describe, expect, it } from 'vitest';
import { runXijiDemo } from '../src/demo-xiji.js';
import { useTempStore } from './temp-store.js';

const newStoreFile = useTempStore();

describe('the --demo --preset xiji-2018-47 run', () => {
  it('counts the reply periods in working days over the 2020 National Day holiday and delivers each warning and overdue once', async () => {
    const lines: string[] = [];
    const { caseIds, todos, snapshots } = await runXijiDemo({ storeFile: newStoreFile(), print: (line) => lines.push(line) });
    const row = (snapshot: number, caseId: string) => snapshots[snapshot]!.rows.find((r) => r.caseId === caseId)!;

    // 第八条: 15 working days from receipt, the day of receipt not counted. Received Tuesday
    // 2020-09-29: 09-30 (1); 10-01…10-08 are the National Day and Mid-Autumn holiday; 10-09 (2),
    // Saturday 10-10 a 调休 working day (3), 10-12…16 (4–8), 10-19…23 (9–13), 10-26 (14), 10-27 (15).
    expect(row(0, caseIds.housing)).toMatchObject({
      dueAt: '2020-10-28T00:00:00+08:00',
      due: '2020-10-27（周二）24:00',
      workingDaysLeft: 14,
    });
    // Received Wednesday 2020-09-30, the last working day before the holiday: 10-09 (1) … 10-28 (15).
    expect(row(0, caseIds.seedSubsidy)).toMatchObject({
      dueAt: '2020-10-29T00:00:00+08:00',
      due: '2020-10-28（周三）24:00',
      workingDaysLeft: 15,
    });
    expect(snapshots[0]!.rows.every((r) => !r.warning && !r.overdue)).toBe(true);
    // The office head's extension adds 15 working days after 10-27: 10-28 (1) … 11-17 (15).
    expect(lines).toContain('  新的答复期限 2020-11-17（周二）24:00');

    // Answered before its period ran out: met, no flags.
    expect(row(1, caseIds.housing)).toMatchObject({
      state: '已答复：信息不存在',
      closed: true,
      dueAt: null,
      warning: false,
      overdue: false,
      breaches: [],
    });

    // The warning comes 3 working days before the last day: at the end of Friday 10-23.
    expect(row(2, caseIds.seedSubsidy)).toMatchObject({ state: '办理中', warning: true, overdue: false, workingDaysLeft: 2 });
    expect(row(3, caseIds.seedSubsidy)).toMatchObject({ state: '办理中', warning: false, overdue: true, workingDaysLeft: null });
    expect(row(3, caseIds.seedSubsidy).breaches).toEqual(['逾期未答复（《西吉县政府信息依申请公开制度》第八条）']);

    // The scheduler ticked every hour for a month; the hook saw each firing exactly once, on time.
    expect(todos.map(({ kind, caseId, scheduledAt, lateMs }) => ({ kind, caseId, scheduledAt, lateMs }))).toEqual([
      { kind: 'warning', caseId: caseIds.seedSubsidy, scheduledAt: '2020-10-24T00:00:00+08:00', lateMs: 0 },
      { kind: 'overdue', caseId: caseIds.seedSubsidy, scheduledAt: '2020-10-29T00:00:00+08:00', lateMs: 0 },
    ]);
    expect(todos.every((t) => t.citation === '《西吉县政府信息依申请公开制度》第八条' && t.deadlineLabel === '答复期限')).toBe(true);
  });
});
