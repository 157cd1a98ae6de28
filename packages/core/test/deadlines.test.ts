import { china, createCalendar, schedule2020AsFirstAnnounced, shippedSchedules } from '@zwgk/calendar';
import { MemoryStore } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { toyEngine } from './fixtures/engine.js';
import { clerk, head } from './fixtures/toy-modules.js';

const open = async (engine: ReturnType<typeof toyEngine>['engine']) =>
  (await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk })).caseId;
const reply = async (engine: ReturnType<typeof toyEngine>['engine'], caseId: string) =>
  (await engine.getCase(caseId)).deadlines.find((d) => d.name === 'reply')!;

describe('deadlines as data', () => {
  it('stops the clock while a third party is consulted and recounts the rest from the resume day (2007 条例 第二十四条)', async () => {
    const { engine, clock } = toyEngine('2019-11-04T10:00:00+08:00'); // a Monday
    const caseId = await open(engine);
    expect((await reply(engine, caseId)).dueAt).toBe('2019-11-26T00:00:00+08:00');
    clock.set('2019-11-08T16:00:00+08:00'); // Friday: 4 working days used, 11 left
    await engine.send(caseId, { type: 'thirdParty.consulted', payload: { party: '某公司' }, actor: clerk });
    expect(await reply(engine, caseId)).toMatchObject({ status: 'paused', remaining: 11, dueAt: null, nextFireAtMs: null });
    clock.set('2019-11-11T09:00:00+08:00'); // Monday after the weekend: the resume day is not counted
    await engine.send(caseId, { type: 'thirdParty.replied', payload: { agrees: true }, actor: clerk });
    expect(await reply(engine, caseId)).toMatchObject({
      status: 'running',
      anchor: '2019-11-11T09:00:00+08:00',
      anchorLength: 11,
      dueAt: '2019-11-27T00:00:00+08:00',
    });
  });

  it('restarts the period from a corrected application', async () => {
    const { engine, clock } = toyEngine('2019-11-04T10:00:00+08:00');
    const caseId = await open(engine);
    clock.set('2019-11-06T10:00:00+08:00');
    await engine.send(caseId, { type: 'application.corrected', actor: { id: 'zhang-san', role: 'applicant' } });
    expect(await reply(engine, caseId)).toMatchObject({
      startedAt: '2019-11-06T10:00:00+08:00',
      dueAt: '2019-11-28T00:00:00+08:00',
      extensionsUsed: 0,
    });
  });

  it('extends once, counting after the current due date, and refuses an extension after it passed', async () => {
    const { engine, clock } = toyEngine('2020-01-06T10:00:00+08:00');
    const caseId = await open(engine);
    // 2020-01-19 is a 调休 Sunday, worked; 2020-01-24…02-02 are the (extended) Spring Festival holidays.
    expect((await reply(engine, caseId)).dueAt).toBe('2020-02-04T00:00:00+08:00');
    clock.set('2020-02-03T17:00:00+08:00');
    await engine.send(caseId, { type: 'reply.extended', payload: { reason: '需要调取档案' }, actor: head });
    // 15 more working days after 2020-02-03.
    expect((await reply(engine, caseId)).dueAt).toBe('2020-02-25T00:00:00+08:00');

    const late = toyEngine('2020-01-06T10:00:00+08:00');
    const lateCase = await open(late.engine);
    late.clock.set('2020-02-04T09:00:00+08:00');
    await expect(late.engine.send(lateCase, { type: 'reply.extended', payload: { reason: '迟了' }, actor: head })).rejects.toMatchObject({
      code: 'EVENT_NOT_ALLOWED',
      message: expect.stringContaining('has passed; an extension must come before it'),
    });
  });

  it('fires warnings and due instants in due order across cases, including those missed while down', async () => {
    const { engine, clock } = toyEngine('2019-09-27T10:00:00+08:00');
    const a = await open(engine); // warns 2019-10-19, due 2019-10-24
    clock.set('2019-10-08T09:00:00+08:00');
    const b = await open(engine); // warns 2019-10-24, due 2019-10-29
    const fired = await engine.tick(Date.parse('2019-10-30T12:00:00+08:00'));
    expect(fired.map((f) => `${f.caseId}:${f.name}:${f.kind}@${f.scheduledAt}`)).toEqual([
      `${a}:reply:warning@2019-10-19T00:00:00+08:00`,
      `${a}:reply:due@2019-10-24T00:00:00+08:00`,
      `${b}:reply:warning@2019-10-24T00:00:00+08:00`,
      `${b}:reply:due@2019-10-29T00:00:00+08:00`,
    ]);
    expect(fired[0]).toMatchObject({
      firedAt: '2019-10-30T12:00:00+08:00',
      lateMs: Date.parse('2019-10-30T12:00:00+08:00') - Date.parse('2019-10-19T00:00:00+08:00'),
      delivered: false,
    });
    expect(fired[1]).toMatchObject({ delivered: true });
    // The overdue reply is recorded as a breach, and the case keeps going.
    const view = await engine.getCase(a);
    expect(view.case.breaches.map((x) => x.name)).toEqual(['replyOverdue']);
    expect(view.case.status).toBe('open');
    expect(view.deadlines[0]).toMatchObject({ warned: true, fellDue: true, nextFireAtMs: null, status: 'running' });
    // Nothing fires twice.
    expect(await engine.tick(Date.parse('2019-12-01T00:00:00+08:00'))).toEqual([]);
  });

  it('marks a duty done after its due instant as missed, and before it as met', async () => {
    const { engine, clock } = toyEngine('2019-09-27T10:00:00+08:00');
    const caseId = await open(engine);
    clock.set('2019-10-25T09:00:00+08:00');
    await engine.send(caseId, { type: 'review.requested', payload: { subject: 'x' }, actor: clerk });
    const review = (await engine.getCase(caseId)).case.children.review!;
    await engine.send(review, { type: 'review.decided', payload: { approved: true }, actor: { id: 'r', role: 'reviewer' } });
    await engine.send(caseId, { type: 'answer.given', payload: { text: '予以公开' }, actor: clerk });
    expect(await reply(engine, caseId)).toMatchObject({ status: 'completed', outcome: 'missed', completedAt: '2019-10-25T09:00:00+08:00' });
    expect((await engine.getCase(review)).deadlines[0]).toMatchObject({ outcome: 'met' });
  });

  // Closing a case cancels its open deadlines; one whose due instant had already passed was missed.
  it.each([
    ['before the reply was due: cancelled', '2019-10-22T09:00:00+08:00', { status: 'cancelled', outcome: 'cancelled' }],
    ['after the reply fell due unanswered: missed', '2019-10-25T09:00:00+08:00', { status: 'cancelled', outcome: 'missed', fellDue: true }],
  ])('a case withdrawn %s', async (_, at, expected) => {
    const { engine, clock } = toyEngine('2019-09-27T10:00:00+08:00'); // 15 working days: due at 24:00 on 2019-10-23 (国庆 skipped, 调休 09-29 and 10-12 worked)
    const caseId = await open(engine);
    clock.set(at);
    await engine.tick();
    await engine.send(caseId, { type: 'application.withdrawn', actor: { id: 'zhang-san', role: 'applicant' } });
    expect(await reply(engine, caseId)).toMatchObject({ dueAt: '2019-10-24T00:00:00+08:00', completedAt: at, ...expected });
  });

  it('lists what warns or falls due in a window for an OA screen', async () => {
    const { engine } = toyEngine('2019-09-27T10:00:00+08:00');
    const caseId = await open(engine);
    const week = await engine.upcoming({ from: Date.parse('2019-10-21T00:00:00+08:00'), to: Date.parse('2019-10-28T00:00:00+08:00') });
    expect(week.map((d) => [d.caseId, d.name, d.dueAt])).toEqual([[caseId, 'reply', '2019-10-24T00:00:00+08:00']]);
    expect(await engine.upcoming({ from: Date.parse('2019-11-01T00:00:00+08:00'), to: Date.parse('2019-11-08T00:00:00+08:00') })).toEqual(
      [],
    );
  });

  /** The calendar of 2020 as first announced, before 国办发明电〔2020〕1号 extended the Spring Festival. */
  const asFirstAnnounced = createCalendar({
    schedules: [...shippedSchedules.filter((s) => s.year !== 2020), schedule2020AsFirstAnnounced],
  });
  /** A reply opened on 2020-01-20 moves from 15 to 19 February when the extension is loaded. */
  const movedBySpringFestivalExtension = (caseId: string) => ({
    caseId,
    name: 'reply',
    previousDueAt: '2020-02-15T00:00:00+08:00',
    dueAt: '2020-02-19T00:00:00+08:00',
    moved: 'later',
    provisional: false,
  });

  it('recomputes open deadlines when a schedule changes after cases are running (国办发明电〔2020〕1号)', async () => {
    const { engine, clock } = toyEngine('2020-01-20T10:00:00+08:00', { calendar: asFirstAnnounced });
    const caseId = await open(engine);
    // As first announced: 2020-01-24…30 off, 2020-02-01 (Saturday) worked.
    expect(await reply(engine, caseId)).toMatchObject({ dueAt: '2020-02-15T00:00:00+08:00', calendarVersion: asFirstAnnounced.version });
    clock.set('2020-01-27T18:00:00+08:00');
    const changed = await engine.useCalendar(china);
    // Extended to 2020-02-02: 2020-01-31 and the Saturday 2020-02-01 are no longer worked.
    expect(changed).toEqual([movedBySpringFestivalExtension(caseId)]);
    expect(await reply(engine, caseId)).toMatchObject({ dueAt: '2020-02-19T00:00:00+08:00', calendarVersion: china.version });
    expect((await engine.history(caseId)).at(-1)).toMatchObject({
      kind: 'deadline.recomputed',
      data: {
        previousDueAt: '2020-02-15T00:00:00+08:00',
        dueAt: '2020-02-19T00:00:00+08:00',
        previousCalendar: asFirstAnnounced.version,
        calendar: china.version,
      },
    });
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
    expect(await engine.useCalendar(china)).toEqual([]);
  });

  it('never swaps the calendar under an operation in flight; recomputes what that operation wrote once it ends', async () => {
    // The new schedule arrives while an open is waiting on the store (between its start and its deadlines).
    let swap: Promise<unknown> | undefined;
    class SwappingStore extends MemoryStore {
      override async load(caseId: string) {
        if (!swap) swap = engine.useCalendar(china);
        return super.load(caseId);
      }
    }
    const { engine } = toyEngine('2020-01-20T10:00:00+08:00', { calendar: asFirstAnnounced, store: new SwappingStore() });
    const caseId = await open(engine);
    const changed = await swap;
    // The open counted with the calendar it began with (due 15 Feb), then the change recomputed it.
    expect(changed).toEqual([movedBySpringFestivalExtension(caseId)]);
    const deadline = await reply(engine, caseId);
    expect(deadline).toMatchObject({ dueAt: '2020-02-19T00:00:00+08:00', calendarVersion: china.version });
    expect(deadline.history.map((h) => h.op)).toEqual(['start', 'recomputed']);
  });

  it('keeps the calendar explanation with the deadline', async () => {
    const { engine } = toyEngine('2019-09-27T10:00:00+08:00');
    const caseId = await open(engine);
    const explanation = (await reply(engine, caseId)).explanation as {
      skipped: { date: string; reason: string }[];
      workedWeekendDays: { date: string }[];
      summary: string;
    };
    expect(explanation.workedWeekendDays.map((d) => d.date)).toEqual(['2019-09-29', '2019-10-12']);
    expect(explanation.skipped.filter((d) => d.reason === 'holiday')).toHaveLength(7);
    expect(explanation.summary).toContain('2019-10-23');
  });
});
