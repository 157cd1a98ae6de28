import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/demo.js';
import { useTempStore } from './temp-store.js';

const newStoreFile = useTempStore();
const LAW = '《中华人民共和国政府信息公开条例》';

describe('the --demo run (国务院令第711号, 2026)', () => {
  it('counts 20 working days over the 2026 National Day holiday, stops and restarts the clock, and delivers each warning and overdue once', async () => {
    const { caseIds, todos, snapshots, lines } = await runDemo({ storeFile: newStoreFile(), print: () => {} });
    const row = (snapshot: number, caseId: string) => snapshots[snapshot]!.rows.find((r) => r.caseId === caseId)!;

    // 第三十三条第二款: 20 working days after the day of receipt. Handed in Monday 09-28 (第三十一条第一项):
    // 09-29 (1), 09-30 (2); 10-01…07 国庆节; 10-08 (3), 10-09 (4), Saturday 10-10 调休 (5), 10-12…16 (6–10),
    // 10-19…23 (11–15), 10-26…30 (16–20).
    expect(row(0, caseIds.renovation)).toMatchObject({
      receivedAt: '2026-09-28 10:00',
      due: '2026-10-30（周五）24:00',
      workingDaysLeft: 18,
    });
    // Registered post, posted 09-27, signed for Tuesday 09-29 (第三十一条第二项): 09-30 (1), 10-08…10 (4),
    // 10-12…16 (9), 10-19…23 (14), 10-26…30 (19), 11-02 (20).
    expect(row(0, caseIds.elevator)).toMatchObject({ receivedAt: '2026-09-29 15:00', due: '2026-11-02（周一）24:00', workingDaysLeft: 19 });
    // Online, sent 09-29 evening, confirmed Wednesday 09-30 (第三十一条第三项): 10-08 (1) … 11-03 (20).
    expect(row(0, caseIds.roads)).toMatchObject({ receivedAt: '2026-09-30 11:00', due: '2026-11-03（周二）24:00', workingDaysLeft: 20 });

    // 补正 asked on 10-09, the 2nd working day after receipt (第三十条: within 7), so no breach.
    expect(lines).toContain(`  办理中（待申请人补正，${LAW}第三十条）；应出具：补正告知书（${LAW}第三十条）`);
    // The consultation stops the clock on 10-12 with the working days after that day left: 10-13…16 (4),
    // 10-19…23 (9), 10-26…30 (14), 11-02 (15).
    expect(lines).toContain(`  办理中（征求第三方意见中，${LAW}第三十二条）；答复期限 期限中止，剩余 15 个工作日`);
    // Corrected on Thursday 10-15: 20 working days afresh: 10-16 (1), 10-19…23 (6), 10-26…30 (11), 11-02…06 (16), 11-09…12 (20).
    expect(lines).toContain('  答复期限 2026-11-12（周四）24:00：自2026-10-15次日起算20个工作日，跳过周末8天，截止2026-11-12 24:00');
    // The objection on Monday 10-19 ends the consultation; 15 days after it: 10-20…23 (4), 10-26…30 (9), 11-02…06 (14), 11-09 (15).
    expect(lines).toContain('  办理中；答复期限恢复计算，2026-11-09（周一）24:00');
    // The head's extension: 20 working days after 10-30: 11-02…06 (5), 11-09…13 (10), 11-16…20 (15), 11-23…27 (20).
    expect(lines).toContain(`  办理中；应出具：延长答复期限告知书（${LAW}第三十三条）；新的答复期限 2026-11-27（周五）24:00`);

    // Both answered in time: closed, no flags.
    expect(row(1, caseIds.elevator)).toMatchObject({
      state: `已答复：不予公开（${LAW}第三十六条第三项）`,
      closed: true,
      due: '按期答复（2026-10-23 10:00）',
      overdue: false,
      breaches: [],
    });
    expect(row(1, caseIds.renovation)).toMatchObject({ state: `已答复：予以公开（${LAW}第三十六条第二项）`, closed: true, overdue: false });

    // 0003's warning: 3 working days before its last day (11-12), at the end of Monday 11-09; then overdue.
    expect(row(2, caseIds.roads)).toMatchObject({ state: '办理中', warning: true, overdue: false, workingDaysLeft: 2 });
    expect(row(3, caseIds.roads)).toMatchObject({ warning: false, overdue: true, breaches: [`逾期未答复（${LAW}第三十三条）`] });

    // The scheduler ticked every hour for seven weeks; the hook saw each firing exactly once, on time.
    expect(todos.map(({ kind, caseId, scheduledAt, lateMs }) => ({ kind, caseId, scheduledAt, lateMs }))).toEqual([
      { kind: 'warning', caseId: caseIds.roads, scheduledAt: '2026-11-10T00:00:00+08:00', lateMs: 0 },
      { kind: 'overdue', caseId: caseIds.roads, scheduledAt: '2026-11-13T00:00:00+08:00', lateMs: 0 },
    ]);
    expect(todos.every((t) => t.citation === `${LAW}第三十三条` && t.deadlineLabel === '答复期限')).toBe(true);
  });
});
