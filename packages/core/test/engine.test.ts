import { createCalendar, shippedSchedules } from '@zwgk/calendar';
import { verifyChain, ZwgkError, type ZwgkErrorCode } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { toyEngine } from './fixtures/engine.js';
import { applicant, clerk, head, reviewer } from './fixtures/toy-modules.js';

async function rejection(promise: Promise<unknown>): Promise<ZwgkError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZwgkError);
  return error as ZwgkError;
}

const RECEIVED = '2019-09-27T10:00:00+08:00'; // a Friday before the 2019 National Day holiday

describe('engine.open', () => {
  it('opens a case in its initial state and starts the deadlines its entry asks for', async () => {
    const { engine } = toyEngine(RECEIVED);
    const opened = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, agency: '县政务公开办公室' });
    expect(opened).toMatchObject({ caseId: 'id-1', version: 1, state: 'answering.working', status: 'open', duplicate: false });
    const view = await engine.getCase('id-1');
    expect(view.case.agency).toBe('县政务公开办公室');
    expect(view.deadlines).toHaveLength(1);
    expect(view.deadlines[0]).toMatchObject({
      name: 'reply',
      clause: 'A8',
      citation: '《测试申请制度》第八条',
      // 15 working days: 2019-09-29 and 2019-10-12 are worked (调休), 2019-10-01…07 are 国庆 holidays.
      dueAt: '2019-10-24T00:00:00+08:00',
      warnAt: '2019-10-19T00:00:00+08:00',
      calendarVersion: engine.calendar.version,
    });
    expect(view.acceptedEvents).toEqual(expect.arrayContaining(['reply.extended', 'answer.given', 'application.withdrawn']));
  });

  it('counts from occurredAt, the legal receipt, when it is given', async () => {
    const { engine } = toyEngine('2019-09-30T09:00:00+08:00');
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, occurredAt: RECEIVED });
    expect((await engine.getCase(caseId)).deadlines[0]?.dueAt).toBe('2019-10-24T00:00:00+08:00');
  });

  it.each<[string, () => Parameters<ReturnType<typeof toyEngine>['engine']['open']>, ZwgkErrorCode, RegExp]>([
    [
      'an unknown module',
      () => ['no-such-module', { input: {}, actor: clerk }],
      'UNKNOWN_MODULE',
      /no rule module no-such-module is loaded/,
    ],
    ['invalid input', () => ['toy-request', { input: { applicant: '' }, actor: clerk }], 'INVALID_PAYLOAD', /input\.applicant/],
    [
      'a role the module does not have',
      () => ['toy-request', { input: { applicant: '张三' }, actor: { id: 'x', role: 'mayor' } }],
      'ROLE_NOT_ALLOWED',
      /role mayor/,
    ],
    [
      'a malformed actor',
      () => ['toy-request', { input: { applicant: '张三' }, actor: { id: '', role: 'clerk' } }],
      'INVALID_ARGUMENT',
      /actor must be/,
    ],
    [
      'a start date outside the period in force',
      () => ['toy-request', { input: { applicant: '张三' }, actor: clerk, occurredAt: '2018-03-31T10:00:00+08:00' }],
      'NOT_IN_FORCE',
      /in force on 2018-03-31/,
    ],
    [
      'a future occurredAt',
      () => ['toy-request', { input: { applicant: '张三' }, actor: clerk, occurredAt: '2019-09-28T10:00:00+08:00' }],
      'INVALID_ARGUMENT',
      /in the future/,
    ],
    [
      'an occurredAt without offset',
      () => ['toy-request', { input: { applicant: '张三' }, actor: clerk, occurredAt: '2019-09-27 10:00' }],
      'INVALID_ARGUMENT',
      /with an offset/,
    ],
  ])('refuses %s with a typed error and stores nothing', async (_what, args, code, message) => {
    const { engine } = toyEngine(RECEIVED);
    const error = await rejection(engine.open(...args()));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await engine.listCases()).toEqual([]);
  });

  it('refuses a case whose deadline runs into a year the calendar has no schedule for', async () => {
    const upTo2021 = createCalendar({ schedules: shippedSchedules.filter((s) => s.year <= 2021) });
    const { engine } = toyEngine('2021-12-20T10:00:00+08:00', { calendar: upTo2021 });
    const error = await rejection(engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk }));
    expect(error.code).toBe('CALENDAR');
    expect(error.message).toContain('2022');
    expect(await engine.listCases()).toEqual([]);
  });
});

describe('engine.send', () => {
  it('applies an allowed event, bumps the version and returns the notices it sent', async () => {
    const { engine, clock } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-10-15T09:00:00+08:00');
    const result = await engine.send(caseId, { type: 'reply.extended', payload: { reason: '需要调取档案' }, actor: head });
    expect(result).toMatchObject({ version: 2, state: 'answering.working', duplicate: false });
    expect(result.notices).toEqual([
      expect.objectContaining({
        name: 'extension',
        recipient: 'applicant',
        citation: '《测试申请制度》第八条',
        data: { reason: '需要调取档案' },
      }),
    ]);
    // 15 more working days after 2019-10-23: 2019-11-13 is the last.
    expect((await engine.getCase(caseId)).deadlines[0]).toMatchObject({ dueAt: '2019-11-14T00:00:00+08:00', extensionsUsed: 1 });
  });

  it.each<
    [
      string,
      { type: string; payload?: unknown; actor: typeof clerk | typeof head | typeof applicant | typeof reviewer },
      ZwgkErrorCode,
      RegExp,
    ]
  >([
    [
      'an event the state does not accept',
      { type: 'thirdParty.replied', payload: { agrees: true }, actor: clerk },
      'EVENT_NOT_ALLOWED',
      /state answering\.working, which does not accept thirdParty\.replied here \(it accepts: .*reply\.extended/,
    ],
    [
      'an event whose guard fails (answer before a passed review)',
      { type: 'answer.given', payload: { text: '公开' }, actor: clerk },
      'EVENT_NOT_ALLOWED',
      /does not accept answer\.given/,
    ],
    [
      'a role not allowed to send it',
      { type: 'reply.extended', payload: { reason: 'x' }, actor: clerk },
      'ROLE_NOT_ALLOWED',
      /role clerk may not send reply\.extended \(allowed: officeHead\)/,
    ],
    [
      'a malformed payload',
      { type: 'reply.extended', payload: { reason: 42 }, actor: head },
      'INVALID_PAYLOAD',
      /reply\.extended payload\.reason/,
    ],
    ['an undeclared event', { type: 'case.teleported', actor: clerk }, 'UNKNOWN_EVENT', /has no event case\.teleported/],
    [
      'an engine event sent from outside',
      { type: 'deadline.due', payload: { name: 'reply' }, actor: clerk },
      'UNKNOWN_EVENT',
      /has no event deadline\.due/,
    ],
  ])('rejects %s: typed error, case unchanged, rejection audited', async (_what, event, code, message) => {
    const { engine } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const before = await engine.getCase(caseId);
    const error = await rejection(engine.send(caseId, event));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    const after = await engine.getCase(caseId);
    expect({ ...after.case, auditSeq: 0, auditHash: '' }).toEqual({ ...before.case, auditSeq: 0, auditHash: '' });
    expect(after.deadlines).toEqual(before.deadlines);
    const history = await engine.history(caseId);
    expect(history.at(-1)).toMatchObject({ kind: 'event.rejected', actor: event.actor, data: { type: event.type, code } });
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
  });

  it('rejects an unknown case id', async () => {
    const { engine } = toyEngine(RECEIVED);
    const error = await rejection(engine.send('nope', { type: 'answer.given', payload: { text: 'x' }, actor: clerk }));
    expect(error).toMatchObject({ code: 'UNKNOWN_CASE', message: 'no case nope' });
  });

  it('answers UNKNOWN_CASE, records nothing and changes nothing when the sender may not see the case (visible)', async () => {
    const { engine, clock } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk, agency: '县政务公开办公室' });
    clock.set('2019-10-15T09:00:00+08:00');
    const extension = { type: 'reply.extended', payload: { reason: '调档' }, actor: head, eventId: 'oa-4711' };
    const otherAgency = (record: { agency: string | null }) => record.agency === '县卫健局';
    const before = await engine.history(caseId);
    // Hidden: as if there were no such case, a payload it would refuse included; the audit stays as it was.
    for (const request of [extension, { ...extension, payload: {} }]) {
      const error = await rejection(engine.send(caseId, { ...request, visible: otherAgency }));
      expect(error).toMatchObject({ code: 'UNKNOWN_CASE', message: `no case ${caseId}` });
    }
    expect(await engine.history(caseId)).toEqual(before);
    // Seen: applied; the same id sent again by someone who may not see the case is still hidden.
    const sameAgency = (record: { agency: string | null }) => record.agency === '县政务公开办公室';
    expect(await engine.send(caseId, { ...extension, visible: sameAgency })).toMatchObject({ version: 2, duplicate: false });
    expect(await rejection(engine.send(caseId, { ...extension, visible: otherAgency }))).toMatchObject({ code: 'UNKNOWN_CASE' });
    expect(await engine.send(caseId, { ...extension, visible: sameAgency })).toMatchObject({ version: 2, duplicate: true });
  });

  it('applies an event id once: sending it again changes nothing and says duplicate', async () => {
    const { engine, clock } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-10-15T09:00:00+08:00');
    const event = { type: 'reply.extended', payload: { reason: '调档' }, actor: head, eventId: 'oa-4711' };
    const first = await engine.send(caseId, event);
    const again = await engine.send(caseId, event);
    expect(again).toEqual({ ...first, duplicate: true });
    expect((await engine.getCase(caseId)).deadlines[0]?.extensionsUsed).toBe(1);
    expect((await engine.history(caseId)).filter((e) => e.kind === 'event.applied')).toHaveLength(1);
  });

  it('refuses a stale expected version without retrying', async () => {
    const { engine, clock } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-10-08T09:00:00+08:00');
    await engine.send(caseId, { type: 'thirdParty.consulted', payload: { party: '某公司' }, actor: clerk, expectedVersion: 1 });
    const error = await rejection(
      engine.send(caseId, { type: 'thirdParty.replied', payload: { agrees: true }, actor: clerk, expectedVersion: 1 }),
    );
    expect(error).toMatchObject({ code: 'VERSION_CONFLICT', details: { expectedVersion: 1, actualVersion: 2 } });
  });

  it('lets one of two concurrent writers win and retries the other on the new version', async () => {
    const { engine, clock } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-10-15T09:00:00+08:00');
    const results = await Promise.allSettled([
      engine.send(caseId, { type: 'reply.extended', payload: { reason: 'a' }, actor: head }),
      engine.send(caseId, { type: 'reply.extended', payload: { reason: 'b' }, actor: head }),
    ]);
    // The second, retried on the new version, finds the one extension used.
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect((failed.reason as ZwgkError).code).toBe('EVENT_NOT_ALLOWED');
    expect((await engine.getCase(caseId)).deadlines[0]?.extensionsUsed).toBe(1);
  });

  it('refuses events on a closed case', async () => {
    const { engine } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    await engine.send(caseId, { type: 'application.withdrawn', actor: applicant });
    const error = await rejection(engine.send(caseId, { type: 'application.withdrawn', actor: applicant }));
    expect(error.code).toBe('CASE_CLOSED');
  });
});

describe('child cases', () => {
  it('opens a child, delivers its outcome to the parent, and links both ways', async () => {
    const { engine, clock } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-10-08T09:00:00+08:00');
    await engine.send(caseId, { type: 'review.requested', payload: { subject: '某文件' }, actor: clerk });
    const parent = await engine.getCase(caseId);
    const childId = parent.case.children.review!;
    const child = await engine.getCase(childId);
    expect(child.case).toMatchObject({
      moduleId: 'toy-review',
      parentId: caseId,
      childKey: 'review',
      state: 'reviewing',
      openedAt: '2019-10-08T09:00:00+08:00',
    });
    expect(await engine.listCases({ parentId: caseId })).toHaveLength(1);

    clock.set('2019-10-09T09:00:00+08:00');
    await engine.send(childId, { type: 'review.decided', payload: { approved: true }, actor: reviewer });
    expect((await engine.getCase(childId)).case.status).toBe('done');
    expect((await engine.getCase(caseId)).case.state).toBe('answering.working');
    const done = (await engine.history(caseId)).find((e) => e.kind === 'engine.event');
    expect(done?.data).toMatchObject({
      delivered: true,
      event: { type: 'child.done', payload: { key: 'review', output: { approved: true } } },
    });

    await engine.send(caseId, { type: 'answer.given', payload: { text: '予以公开' }, actor: clerk });
    expect((await engine.getCase(caseId)).case.status).toBe('done');
  });

  it('ends the open children of a withdrawn case and cancels their deadlines', async () => {
    const { engine } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    await engine.send(caseId, { type: 'review.requested', payload: { subject: '某文件' }, actor: clerk });
    await engine.send(caseId, { type: 'application.withdrawn', actor: applicant });
    const childId = (await engine.getCase(caseId)).case.children.review!;
    const child = await engine.getCase(childId);
    expect(child.case.status).toBe('ended');
    expect(child.deadlines[0]).toMatchObject({ status: 'cancelled', outcome: 'cancelled' });
    expect((await engine.history(childId)).at(-1)).toMatchObject({
      kind: 'case.ended',
      data: { output: { reason: `parent ${caseId} done` } },
    });
  });
});

describe('audit trail', () => {
  async function caseWithHistory() {
    const ctx = toyEngine(RECEIVED);
    const { caseId } = await ctx.engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    ctx.clock.set('2019-10-08T09:00:00+08:00');
    await ctx.engine.send(caseId, { type: 'thirdParty.consulted', payload: { party: '某公司' }, actor: clerk });
    await ctx.engine.send(caseId, { type: 'answer.given', payload: { text: 'x' }, actor: clerk }).catch(() => undefined);
    ctx.clock.set('2019-10-14T09:00:00+08:00');
    await ctx.engine.send(caseId, { type: 'thirdParty.replied', payload: { agrees: true }, actor: clerk });
    ctx.clock.set('2019-11-20T09:00:00+08:00');
    await ctx.engine.tick();
    return { ...ctx, caseId };
  }

  it('chains every entry and verifies', async () => {
    const { engine, caseId } = await caseWithHistory();
    const history = await engine.history(caseId);
    expect(history.map((e) => e.kind)).toEqual([
      'case.opened',
      'deadline.changed',
      'event.applied',
      'deadline.changed',
      'event.rejected',
      'event.applied',
      'deadline.changed',
      'deadline.warned',
      'engine.event',
      'deadline.fell-due',
      'engine.event',
      'breach.recorded',
    ]);
    expect(history[2]).toMatchObject({ actor: clerk, data: { event: { type: 'thirdParty.consulted', payload: { party: '某公司' } } } });
    expect(await engine.verifyAudit()).toEqual({ ok: true, entries: history.length });
  });

  it('names the first entry that was changed after it was written', async () => {
    const { engine, store, caseId } = await caseWithHistory();
    const entries = await store.audit(caseId);
    expect(await engine.verifyAudit(caseId)).toMatchObject({ ok: true });
    const tampered = { ...entries[2]!, data: { ...entries[2]!.data, event: { type: 'answer.given' } } };
    expect(verifyChain(caseId, [entries[0]!, entries[1]!, tampered, ...entries.slice(3)])).toMatchObject({
      ok: false,
      caseId,
      seq: 3,
      reason: expect.stringContaining('changed after it was written'),
    });
    expect(verifyChain(caseId, [entries[0]!, entries[2]!])).toMatchObject({
      ok: false,
      seq: 3,
      reason: expect.stringContaining('sequence'),
    });
  });

  it('replays the audited inputs through the machine to the stored snapshot', async () => {
    const { engine, caseId } = await caseWithHistory();
    const replay = await engine.replay(caseId);
    expect(replay.matches).toBe(true);
    // Two external events and the due event; the machine has no transition for the warning, so it was recorded but not delivered.
    expect(replay.replayedEvents).toBe(3);
    expect(replay.replayed).toEqual(replay.stored);
  });
});

describe('rejections the audit must still be able to record', () => {
  it('records a payload JSON cannot carry (found by the fast-check property) as JSON sees it', async () => {
    const { engine } = toyEngine(RECEIVED);
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const error = await rejection(
      engine.send(caseId, { type: 'reply.extended', payload: { reason: 'x', days: Number.NEGATIVE_INFINITY }, actor: head }),
    );
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect((await engine.history(caseId)).at(-1)).toMatchObject({ kind: 'event.rejected', data: { payload: { reason: 'x', days: null } } });
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
  });
});
