import { applyHolidayNotice, china, createCalendar, parseHolidayNotice } from '@zwgk/calendar';
import { createEngine, MemoryStore, SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { clerk, toyRequest, toyReview } from './fixtures/toy-modules.js';

// Two made-up 2027 notices (the real one is not out on 2026-12-02): one that takes working days
// away from the provisional projection, one that gives one back.
const notice2027 = (item: string) =>
  parseHolidayNotice(`国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕99号\n${item}\n2026年12月10日`);
const provisional = createCalendar({ base: china, provisional: true, id: 'china+provisional' });
const announced = (item: string) =>
  createCalendar({ base: provisional, schedules: applyHolidayNotice(provisional.schedules, notice2027(item)).changed, id: 'china+2027' });

async function runningCase() {
  const clock = new SimulatedClock('2026-12-21T10:00:00+08:00');
  // The toy module as if still in force in 2026.
  const modules = [{ ...toyRequest, inForce: { ...toyRequest.inForce, to: '2099-12-31' } }, toyReview];
  let n = 0;
  const engine = createEngine({ modules, calendar: provisional, clock, store: new MemoryStore(), newId: () => `id-${++n}` });
  const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
  const reply = async () => (await engine.getCase(caseId)).deadlines.find((d) => d.name === 'reply')!;
  return { engine, clock, caseId, reply };
}

describe('a deadline counted into a year whose holidays are not yet announced', () => {
  it('is counted provisionally, and says so on the record and in the audit', async () => {
    const { engine, caseId, reply } = await runningCase();
    // 15 working days after 2026-12-21: 12-22…25, 12-28…31, 2027-01-04…08, 01-11, 01-12 (元旦 01-01 by the law).
    expect(await reply()).toMatchObject({ dueAt: '2027-01-13T00:00:00+08:00', provisional: true, calendarVersion: provisional.version });
    expect((await reply()).explanation).toMatchObject({ provisional: { years: [2027] } });
    expect((await engine.history(caseId)).find((e) => e.kind === 'deadline.changed')).toMatchObject({
      data: { op: 'start', provisional: true },
    });
  });

  it('moves later when the notice takes a working day away, with an audited record of both instants', async () => {
    const { engine, clock, caseId, reply } = await runningCase();
    clock.set('2026-12-28T09:00:00+08:00');
    const calendar = announced('一、元旦：1月1日（周五）至4日（周一）放假，共4天。');
    const changed = await engine.useCalendar(calendar);
    expect(changed).toEqual([
      {
        caseId,
        name: 'reply',
        previousDueAt: '2027-01-13T00:00:00+08:00',
        dueAt: '2027-01-14T00:00:00+08:00',
        moved: 'later',
        provisional: false,
      },
    ]);
    expect(await reply()).toMatchObject({ dueAt: '2027-01-14T00:00:00+08:00', provisional: false, calendarVersion: calendar.version });
    const entry = (await engine.history(caseId)).at(-1)!;
    expect(entry).toMatchObject({
      kind: 'deadline.recomputed',
      data: {
        name: 'reply',
        previousDueAt: '2027-01-13T00:00:00+08:00',
        dueAt: '2027-01-14T00:00:00+08:00',
        moved: 'later',
        previousProvisional: true,
        provisional: false,
        previousCalendar: provisional.version,
        calendar: calendar.version,
      },
    });
    expect(entry.data).not.toHaveProperty('warning');
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
  });

  it('moves earlier when the notice adds a 调休 working Saturday, and the case is warned again', async () => {
    const { engine, clock, caseId, reply } = await runningCase();
    clock.set('2027-01-08T10:00:00+08:00'); // past the warning (3 working days before the end)
    expect((await engine.tick()).map((f) => f.kind)).toEqual(['warning']);
    const calendar = announced('一、元旦：1月1日（周五）放假，共1天。1月9日（周六）上班。');
    const [moved] = await engine.useCalendar(calendar);
    expect(moved).toMatchObject({
      previousDueAt: '2027-01-13T00:00:00+08:00',
      dueAt: '2027-01-12T00:00:00+08:00',
      moved: 'earlier',
      provisional: false,
    });
    expect((await engine.history(caseId)).at(-1)).toMatchObject({
      kind: 'deadline.recomputed',
      data: { moved: 'earlier', warning: '答复期限截止时间因节假日安排提前：2027-01-13T00:00:00+08:00 → 2027-01-12T00:00:00+08:00' },
    });
    expect(await reply()).toMatchObject({ warned: false });
    expect((await engine.tick()).map((f) => f.kind)).toEqual(['warning']);
    expect((await engine.history(caseId)).filter((e) => e.kind === 'deadline.warned')).toHaveLength(2);
  });

  it('does not move a deadline the notice leaves alone, and writes no audit entry for it', async () => {
    const { engine, clock, caseId } = await runningCase();
    clock.set('2026-12-28T09:00:00+08:00');
    const before = (await engine.history(caseId)).length;
    expect(await engine.useCalendar(announced('一、元旦：1月1日（周五）至3日（周日）放假，共3天。'))).toEqual([]);
    expect((await engine.history(caseId)).length).toBe(before);
  });
});
