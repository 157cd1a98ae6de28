import { china } from '@zwgk/calendar';
import { createEngine, type KitTypes, SimulatedClock } from '@zwgk/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { toyClauses, type toyKit, toyKitModule, toyRegulation } from './toy-kit.js';

describe('defineRegulation', () => {
  it('derives every citation from the regulation name and the clause id (or its article)', () => {
    expect(toyClauses.第八条).toEqual({ citation: '《测试县依申请公开制度》第八条', text: '自收到申请之日起15个工作日内予以答复。' });
    expect(toyClauses.第九条.citation).toBe('《测试县依申请公开制度》第九条第一款');
    expect(toyRegulation.cite('第十条')).toBe('《测试县依申请公开制度》第十条');
  });

  it("gives a module's source and dates in force from the issuing notice", () => {
    expect(toyKitModule.source).toEqual({
      name: '测试县依申请公开制度',
      documentNumber: '测政办发〔2018〕1号',
      issuer: '测试县人民政府办公室',
      jurisdiction: '测试县',
    });
    expect(toyKitModule.inForce).toEqual({ from: '2018-04-01', to: '2022-04-30' });
  });
});

describe('createRuleKit', () => {
  it('infers input, output, parameters and clause ids from the declarations', () => {
    type T = KitTypes<typeof toyKit>;
    expectTypeOf<T['input']>().toEqualTypeOf<{ subject: string }>();
    expectTypeOf<T['output']>().toEqualTypeOf<{ answered: boolean }>();
    expectTypeOf<T['parameters']>().toEqualTypeOf<{ readonly replyInWriting: boolean }>();
    expectTypeOf<T['clause']>().toEqualTypeOf<'第八条' | '第九条'>();
    expectTypeOf<T['role']>().toEqualTypeOf<'clerk' | 'applicant'>();
  });

  it('types effect names by the declared deadlines, notices and breaches', () => {
    type Kit = typeof toyKit;
    expectTypeOf<Parameters<Kit['startDeadline']>[0]>().toEqualTypeOf<'reply'>();
    expectTypeOf<Parameters<Kit['sendNotice']>[0]>().toEqualTypeOf<'reply'>();
    expectTypeOf<Parameters<Kit['recordBreach']>[0]>().toEqualTypeOf<'replyOverdue'>();
    expectTypeOf<Parameters<Kit['deadlineDue']>[0]>().toEqualTypeOf<'reply'>();
    expectTypeOf<KitTypes<Kit>['event']['type']>().toEqualTypeOf<'reply.given' | 'deadline.warning' | 'deadline.due' | 'child.done'>();
  });

  it('defines a module whose transitions cite their clauses and whose deadlineDue guard has a readable name', () => {
    expect(toyKitModule.key).toBe('toy-kit@1.0.0');
    expect(toyKitModule.transitions.map((t) => [t.event, t.guard ?? null, t.clauses])).toEqual([
      ['reply.given', null, ['第八条']],
      ['deadline.due', 'deadlineDue(reply)', ['第八条']],
    ]);
    expect(toyKitModule.roles.applicant.inside).toBe(false);
  });

  it('runs in the engine: the deadline starts, falls due, and recordOverdue records the breach with its due instant', async () => {
    const clock = new SimulatedClock('2019-10-08T09:00:00+08:00');
    const engine = createEngine({ modules: [toyKitModule], calendar: china, clock });
    const { caseId } = await engine.open('toy-kit', { input: { subject: '某文件' }, actor: { id: 'c', role: 'clerk' } });
    const opened = await engine.getCase(caseId);
    expect(opened.deadlines[0]).toMatchObject({ name: 'reply', dueAt: '2019-10-29T00:00:00+08:00' });
    clock.set('2019-10-29T09:00:00+08:00');
    await engine.tick();
    const view = await engine.getCase(caseId);
    expect(view.case.breaches).toMatchObject([
      { name: 'replyOverdue', citation: '《测试县依申请公开制度》第八条', data: { deadline: 'reply', dueAt: '2019-10-29T00:00:00+08:00' } },
    ]);
    await engine.send(caseId, { type: 'reply.given', payload: { text: '答复' }, actor: { id: 'c', role: 'clerk' } });
    const closed = await engine.getCase(caseId);
    expect(closed.case.notices).toMatchObject([{ name: 'reply', data: { text: '答复' } }]);
    expect(closed.case.status).toBe('done');
  });
});
