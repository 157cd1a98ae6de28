import { SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { demoApplications, demoOfficers } from '../src/demo-xiji.js';
import { OaService } from '../src/oa-service.js';
import type { TodoItem } from '../src/todo.js';
import { useTempStore } from './temp-store.js';

const newStoreFile = useTempStore();

describe('restarting the service on the same SQLite file', () => {
  it('keeps the cases, and the first tick after start fires what fell due while it was down, once', async () => {
    const storeFile = newStoreFile();
    const firstClock = new SimulatedClock('2020-09-29T10:00:00+08:00');
    const before = new OaService({ storeFile, clock: firstClock });
    const housing = await before.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    firstClock.set('2020-09-30T15:30:00+08:00');
    const seedSubsidy = await before.receiveApplication(demoApplications.seedSubsidy, demoOfficers.clerk);
    await before.recordDecision(housing.caseId, { kind: 'extend', reason: '需调取档案' }, demoOfficers.head);
    await before.close();

    // Down from 2020-09-29 until Monday 2020-11-02 09:00: past the cooperative's warning (end of
    // 10-23) and due instant (end of 10-28); the extended housing case warns only at the end of 11-12.
    const clock = new SimulatedClock('2020-11-02T09:00:00+08:00');
    const todos: TodoItem[] = [];
    let allArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (allArrived = resolve));
    const after = new OaService({
      storeFile,
      clock,
      onTodo: (item) => {
        todos.push(item);
        if (todos.length === 2) allArrived();
      },
    });

    const listed = await after.caseList();
    expect(listed.map((r) => r.caseId)).toEqual([housing.caseId, seedSubsidy.caseId]);
    // The list judges from the clock, so it is right before the scheduler has run…
    expect(listed[1]).toMatchObject({ overdue: true, breaches: [] });
    expect(listed[0]).toMatchObject({ due: '2020-11-17（周二）24:00', warning: false, overdue: false });

    after.start();
    await arrived;
    // …and the scheduler's first tick catches up, in due order, each firing late by the downtime.
    const at = (instant: string) => clock.now() - Date.parse(instant);
    expect(todos.map(({ kind, caseId, lateMs }) => ({ kind, caseId, lateMs }))).toEqual([
      { kind: 'warning', caseId: seedSubsidy.caseId, lateMs: at('2020-10-24T00:00:00+08:00') },
      { kind: 'overdue', caseId: seedSubsidy.caseId, lateMs: at('2020-10-29T00:00:00+08:00') },
    ]);
    expect((await after.caseRow(seedSubsidy.caseId)).breaches).toEqual(['逾期未答复（《西吉县政府信息依申请公开制度》第八条）']);
    expect(await after.caseRow(housing.caseId)).toMatchObject({ warning: false, overdue: false, workingDaysLeft: 11 });

    // Another tick at the same instant finds nothing new.
    expect(await after.runScheduler()).toEqual([]);
    expect(todos).toHaveLength(2);

    // A late answer after the restart: the case closes, the list keeps the case marked as late.
    await after.recordDecision(seedSubsidy.caseId, { kind: 'refuse', reasons: '涉及个人隐私，第三方不同意公开' }, demoOfficers.clerk);
    expect(await after.caseRow(seedSubsidy.caseId)).toMatchObject({
      state: '已答复：不予公开',
      closed: true,
      overdue: true,
      due: '逾期答复（2020-11-02 09:00）',
    });
    expect(await after.engine.verifyAudit()).toMatchObject({ ok: true });
    await after.close();
  });
});
