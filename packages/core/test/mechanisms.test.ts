import { china } from '@zwgk/calendar';
import {
  type CaseCountQuery,
  type CaseQuery,
  type CaseRecord,
  type CaseStore,
  createEngine,
  defineRuleModule,
  type EngineEffect,
  type FactsAnswer,
  type MachineEvent,
  type MachineInput,
  MemoryStore,
  recordBreach,
  SimulatedClock,
  startDeadline,
  ZwgkError,
} from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import { toyEngine } from './fixtures/engine.js';
import { toyPublication } from './fixtures/mechanism-modules.js';
import { clerk } from './fixtures/toy-modules.js';

// Issue 14's core mechanisms, on a toy module whose rules stand in for the regulation's:
// 第十条 (several third parties, silence deemed consent), a display period that elapses,
// a pause waiting on the applicant, facts after closure (第十二条), and time order.

const applicantActor = { id: 'zhang-san', role: 'applicant' } as const;
const OPENED = '2019-09-02T09:00:00+08:00'; // a Monday

function publicationEngine(
  options: { store?: CaseStore; parameters?: Record<string, Record<string, unknown>>; modules?: (typeof toyPublication)[] } = {},
) {
  const clock = new SimulatedClock(OPENED);
  const store = options.store ?? new MemoryStore();
  let n = 0;
  const engine = createEngine({
    modules: options.modules ?? [toyPublication],
    calendar: china,
    clock,
    store,
    newId: () => `p-${++n}`,
    ...(options.parameters ? { parameters: options.parameters } : {}),
  });
  return { engine, clock, store };
}

async function errorOf(promise: Promise<unknown>): Promise<ZwgkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZwgkError) return error;
    throw error;
  }
  throw new Error('expected a ZwgkError');
}

describe('several parties: a keyed deadline family', () => {
  it('gives each party its own clock and outcome; one silent party neither blocks nor breaches the others', async () => {
    const { engine, clock } = publicationEngine();
    const { caseId } = await engine.open('toy-publication', { input: { applicant: '张三' }, actor: clerk });
    await engine.send(caseId, { type: 'thirdParty.consulted', payload: { party: 'acme' }, actor: clerk });
    clock.set('2019-09-03T09:00:00+08:00');
    await engine.send(caseId, { type: 'thirdParty.consulted', payload: { party: 'beta' }, actor: clerk });
    clock.set('2019-09-04T10:00:00+08:00');
    await engine.send(caseId, { type: 'thirdParty.replied', payload: { party: 'beta' }, actor: clerk });
    clock.set('2019-09-12T00:00:00+08:00');
    const fired = await engine.tick();
    expect(fired.map((f) => `${f.name}:${f.kind}`)).toEqual(['consult:acme:due']);
    const { deadlines, acceptedEvents } = await engine.getCase(caseId);
    const byName = Object.fromEntries(deadlines.map((d) => [d.name, d]));
    // 5 working days from Mon 2 Sep: due at the end of Mon 9 Sep; beta's from Tue 3 Sep, answered.
    expect(byName['consult:acme']).toMatchObject({
      dueAt: '2019-09-10T00:00:00+08:00',
      status: 'completed',
      outcome: 'deemed',
      label: { zh: '第三方答复期限（acme）' },
    });
    expect(byName['consult:beta']).toMatchObject({ dueAt: '2019-09-11T00:00:00+08:00', status: 'completed', outcome: 'met' });
    expect(byName.answer).toMatchObject({ status: 'running' });
    expect(acceptedEvents).toContain('answer.given');
  });

  it('refuses a family started without a key, or a key of a deadline not declared keyed, as the module’s fault', async () => {
    const named = (name: (party: string) => string) => {
      const machine = setup({
        types: { events: {} as MachineEvent<typeof toyPublication.events>, input: {} as MachineInput, emitted: {} as EngineEffect },
      }).createMachine({
        id: 'toy-publication',
        initial: 'handling',
        states: {
          handling: {
            on: { 'thirdParty.consulted': { actions: startDeadline(({ event }) => name(event.payload.party)), meta: { clause: 'P10' } } },
          },
        },
      });
      return defineRuleModule({ ...toyPublication, afterClosure: {}, machine });
    };
    for (const [module, asked] of [
      [named(() => 'consult'), 'consult'],
      [named((party) => `answer:${party}`), 'answer:acme'],
      [named(() => 'consult:'), 'consult:'],
    ] as const) {
      const { engine } = publicationEngine({ modules: [module as unknown as typeof toyPublication] });
      const { caseId } = await engine.open('toy-publication', { input: { applicant: '张三' }, actor: clerk });
      const error = await errorOf(engine.send(caseId, { type: 'thirdParty.consulted', payload: { party: 'acme' }, actor: clerk }));
      expect(error).toMatchObject({ code: 'MODULE_FAULT', message: expect.stringContaining(`deadline ${asked},`) });
      expect((await engine.getCase(caseId)).deadlines).toEqual([]);
    }
  });
});

describe('honest outcomes', () => {
  it('a display period that runs out by design ends elapsed, and the case closes', async () => {
    const { engine, clock } = publicationEngine();
    const { caseId } = await engine.open('toy-publication', { input: { applicant: '张三' }, actor: clerk });
    await engine.send(caseId, { type: 'answer.given', actor: clerk });
    clock.set('2019-09-10T00:00:00+08:00');
    await engine.tick();
    const { case: record, deadlines } = await engine.getCase(caseId);
    expect(record).toMatchObject({ status: 'done', state: 'published' });
    // 5 calendar days from Mon 2 Sep end on Sat 7 Sep, a rest day: the period ends on Mon 9 Sep.
    expect(deadlines.find((d) => d.name === 'display')).toMatchObject({
      status: 'cancelled',
      outcome: 'elapsed',
      dueAt: '2019-09-10T00:00:00+08:00',
    });
    expect(deadlines.find((d) => d.name === 'answer')).toMatchObject({ outcome: 'met' });
  });
});

describe('a pause with no end of its own warns, and upcoming lists it', () => {
  it('warns after the spec’s working days, once; the machine is not told', async () => {
    const { engine, clock } = publicationEngine();
    const { caseId } = await engine.open('toy-publication', { input: { applicant: '张三' }, actor: clerk });
    await engine.send(caseId, { type: 'correction.requested', actor: clerk });
    const paused = (await engine.getCase(caseId)).deadlines.find((d) => d.name === 'answer')!;
    // 10 working days from Mon 2 Sep, across 中秋节 (13 Sep): the end of Tue 17 Sep.
    expect(paused).toMatchObject({ status: 'paused', pauseWarnAt: '2019-09-18T00:00:00+08:00', pauseWarned: false });
    const listed = await engine.upcoming({ from: clock.now(), to: clock.now() + 86_400_000 });
    expect(listed.map((d) => `${d.name}:${d.status}`)).toEqual(['answer:paused']);
    clock.set('2019-09-20T09:00:00+08:00');
    const fired = await engine.tick();
    expect(fired).toEqual([
      expect.objectContaining({ name: 'answer', kind: 'pauseWarning', scheduledAt: '2019-09-18T00:00:00+08:00', delivered: false }),
    ]);
    expect(await engine.tick()).toEqual([]);
    const history = await engine.history(caseId);
    expect(history.find((e) => e.kind === 'deadline.warned')?.data).toMatchObject({
      name: 'answer',
      pausedAt: '2019-09-02T09:00:00+08:00',
    });
    // Resuming clears the pause warning; the period runs again with what remained.
    await engine.send(caseId, { type: 'correction.received', actor: applicantActor });
    const resumed = (await engine.getCase(caseId)).deadlines.find((d) => d.name === 'answer')!;
    expect(resumed.status).toBe('running');
    expect(resumed).not.toHaveProperty('pauseWarnAt');
    expect((await engine.replay(caseId)).matches).toBe(true);
  });

  it('takes the warning time from a module parameter when the effect gives one', async () => {
    const { engine } = publicationEngine({ parameters: { 'toy-publication': { pauseWarnDays: 3 } } });
    const { caseId } = await engine.open('toy-publication', { input: { applicant: '张三' }, actor: clerk });
    await engine.send(caseId, { type: 'correction.requested', actor: clerk });
    expect((await engine.getCase(caseId)).deadlines[0]).toMatchObject({ pauseWarnAt: '2019-09-06T00:00:00+08:00' });
  });
});

describe('facts after closure', () => {
  async function published() {
    const setup = publicationEngine();
    const { caseId } = await setup.engine.open('toy-publication', { input: { applicant: '张三' }, actor: clerk });
    await setup.engine.send(caseId, { type: 'answer.given', actor: clerk });
    setup.clock.set('2019-09-10T09:00:00+08:00');
    await setup.engine.tick();
    return { ...setup, caseId };
  }

  it('records a declared fact on a closed case: audited, with its breach, notice and deadline; the case stays closed', async () => {
    const { engine, clock, caseId } = await published();
    expect((await engine.getCase(caseId)).acceptedEvents).toEqual(['improperDisclosure.found']);
    const sent = await engine.send(caseId, { type: 'improperDisclosure.found', payload: { detail: '公开了身份证号' }, actor: clerk });
    expect(sent).toMatchObject({ status: 'done', state: 'corrected', notices: [expect.objectContaining({ name: 'correction' })] });
    const view = await engine.getCase(caseId);
    expect(view.case.breaches.map((b) => b.name)).toEqual(['improperDisclosure']);
    expect(view.deadlines.find((d) => d.name === 'correct')).toMatchObject({ status: 'running', dueAt: '2019-09-19T00:00:00+08:00' }); // 5 working days from 10 Sep, 中秋节 13 Sep skipped
    expect(view.acceptedEvents).toEqual(['correction.made']);
    const entry = (await engine.history(caseId)).find((e) => e.data.afterClosure === true)!;
    expect(entry).toMatchObject({
      kind: 'event.applied',
      data: { from: 'published', to: 'corrected', event: { type: 'improperDisclosure.found' } },
    });

    // A deadline started after closure falls due: the declared handler records the breach.
    clock.set('2019-09-19T09:00:00+08:00');
    expect((await engine.tick()).map((f) => `${f.name}:${f.kind}:${f.delivered}`)).toEqual(['correct:due:true']);
    expect((await engine.getCase(caseId)).case.breaches.map((b) => b.name)).toEqual(['improperDisclosure', 'correctionOverdue']);
    await engine.send(caseId, { type: 'correction.made', actor: clerk });
    expect((await engine.getCase(caseId)).deadlines.find((d) => d.name === 'correct')).toMatchObject({ outcome: 'missed' });

    expect(await engine.verifyAudit(caseId)).toMatchObject({ ok: true });
    expect(await engine.replay(caseId)).toMatchObject({ matches: true });
  });

  it('refuses undeclared events, and declared ones in other states, with CASE_CLOSED; role and payload are checked', async () => {
    const { engine, caseId } = await published();
    expect(await errorOf(engine.send(caseId, { type: 'answer.given', actor: clerk }))).toMatchObject({
      code: 'CASE_CLOSED',
      details: { accepted: ['improperDisclosure.found'] },
    });
    expect(await errorOf(engine.send(caseId, { type: 'correction.made', actor: clerk }))).toMatchObject({ code: 'CASE_CLOSED' });
    expect(await errorOf(engine.send(caseId, { type: 'improperDisclosure.found', payload: { detail: '' }, actor: clerk }))).toMatchObject({
      code: 'INVALID_PAYLOAD',
    });
    expect(
      await errorOf(engine.send(caseId, { type: 'improperDisclosure.found', payload: { detail: 'x' }, actor: applicantActor })),
    ).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    expect((await engine.getCase(caseId)).case.state).toBe('published');
  });

  it('replay reruns the handler and reports a module whose after-closure effects changed', async () => {
    const { engine, store, caseId } = await published();
    await engine.send(caseId, { type: 'improperDisclosure.found', payload: { detail: '公开了身份证号' }, actor: clerk });
    const changed = {
      ...toyPublication,
      afterClosure: {
        ...toyPublication.afterClosure,
        'improperDisclosure.found': { ...toyPublication.afterClosure!['improperDisclosure.found']!, effects: () => [] },
      },
    };
    const other = publicationEngine({ store, modules: [changed as typeof toyPublication] }).engine;
    const result = await other.replay(caseId);
    expect(result.matches).toBe(false);
    expect(result.problems).toEqual([expect.stringContaining('effects differ')]);
  });
});

describe('time order', () => {
  it('refuses an event dated before the case’s last recorded event, naming both instants', async () => {
    const { engine, clock } = publicationEngine();
    const { caseId } = await engine.open('toy-publication', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-09-04T09:00:00+08:00');
    await engine.send(caseId, {
      type: 'thirdParty.consulted',
      payload: { party: 'acme' },
      actor: clerk,
      occurredAt: '2019-09-03T09:00:00+08:00',
    });
    const error = await errorOf(engine.send(caseId, { type: 'answer.given', actor: clerk, occurredAt: '2019-09-02T15:00:00+08:00' }));
    expect(error).toMatchObject({
      code: 'OUT_OF_ORDER',
      details: { occurredAt: '2019-09-02T15:00:00+08:00', lastEventAt: '2019-09-03T09:00:00+08:00' },
    });
    expect((await engine.getCase(caseId)).case.state).toBe('handling');
    expect((await engine.history(caseId)).at(-1)).toMatchObject({ kind: 'event.rejected', data: { code: 'OUT_OF_ORDER' } });
  });

  it('refuses to change a deadline as of an instant before it already fell due', async () => {
    const { engine, clock } = publicationEngine();
    const { caseId } = await engine.open('toy-publication', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-09-25T09:00:00+08:00');
    await engine.tick(); // the answer period fell due at the end of 24 Sep (the machine does not handle it)
    const error = await errorOf(
      engine.send(caseId, { type: 'correction.requested', actor: clerk, occurredAt: '2019-09-19T09:00:00+08:00' }),
    );
    expect(error).toMatchObject({
      code: 'OUT_OF_ORDER',
      details: { deadline: 'answer', asOf: '2019-09-19T09:00:00+08:00', dueAt: '2019-09-25T00:00:00+08:00' },
    });
    expect((await engine.getCase(caseId)).deadlines[0]).toMatchObject({ status: 'running', fellDue: true });
  });

  it('fires the case’s due instants before applying a later event, as a tick between steps would', async () => {
    const { engine, clock } = toyEngine('2019-09-27T10:00:00+08:00');
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2019-11-01T10:00:00+08:00'); // past the reply's due instant; no tick ran
    await engine.send(caseId, { type: 'application.withdrawn', actor: { id: 'zhang-san', role: 'applicant' } });
    const { case: record, deadlines } = await engine.getCase(caseId);
    expect(record.breaches.map((b) => b.name)).toEqual(['replyOverdue']);
    expect(record.status).toBe('done');
    expect(deadlines[0]).toMatchObject({ outcome: 'missed', fellDue: true, warned: true });
    const kinds = (await engine.history(caseId)).map((e) => e.kind);
    expect(kinds.indexOf('deadline.fell-due')).toBeLessThan(kinds.indexOf('event.applied'));
    expect((await engine.replay(caseId)).matches).toBe(true);
  });
});

describe('facts from other cases', () => {
  // 网站制度第十五条 as a toy: a site may be taken offline at most once a year; a second take-down is
  // recorded all the same (it happened), with a breach, from the store's answer about earlier cases.
  const takedownEvents = {
    'takedown.confirmed': {
      schema: z.object({}),
      roles: ['webmaster'],
      label: { zh: '确认临时下线', en: 'take-down confirmed' },
      clause: 'W15',
      facts: ({ case: record }: { case: CaseRecord }) =>
        ({
          earlier: {
            kind: 'list',
            moduleId: 'toy-takedown',
            title: record.title ?? '',
            openedFrom: `${record.openedAt.slice(0, 4)}-01-01T00:00:00+08:00`,
            openedTo: record.openedAt,
          },
          year: {
            kind: 'count',
            moduleId: 'toy-takedown',
            openedFrom: `${record.openedAt.slice(0, 4)}-01-01T00:00:00+08:00`,
            openedTo: `${Number(record.openedAt.slice(0, 4)) + 1}-01-01T00:00:00+08:00`,
          },
        }) as const,
    },
  } as const;
  const earlierTakedowns = (event: { facts?: Readonly<Record<string, FactsAnswer>> }) =>
    (event.facts?.earlier as { cases: unknown[] } | undefined)?.cases.length ?? 0;
  const takedownMachine = setup({
    types: { events: {} as MachineEvent<typeof takedownEvents>, input: {} as MachineInput, emitted: {} as EngineEffect },
    guards: { secondThisYear: ({ event }) => earlierTakedowns(event) >= 1 },
  }).createMachine({
    id: 'toy-takedown',
    initial: 'offline',
    states: {
      offline: {
        on: {
          'takedown.confirmed': [
            {
              guard: 'secondThisYear',
              target: 'recorded',
              actions: recordBreach('tooManyTakedowns', ({ event }) => ({ earlier: earlierTakedowns(event) })),
              meta: { clause: 'W15' },
            },
            { target: 'recorded', meta: { clause: 'W15' } },
          ],
        },
      },
      recorded: { type: 'final' },
    },
  });
  const toyTakedown = defineRuleModule({
    id: 'toy-takedown',
    version: '1.0.0',
    title: { zh: '测试临时下线', en: 'Toy take-down' },
    source: { name: '测试制度', documentNumber: '测试〔2018〕3号', issuer: '测试县', jurisdiction: '测试县' },
    inForce: { from: '2018-04-01', to: '2022-04-30' },
    clauses: { W15: { citation: '《测试网站制度》第十五条', text: '临时下线每年不得超过1次。' } },
    roles: { webmaster: { zh: '网站管理员', en: 'webmaster' } },
    input: z.object({}),
    events: takedownEvents,
    breaches: { tooManyTakedowns: { label: { zh: '年内多次临时下线', en: 'taken offline more than once a year' }, clause: 'W15' } },
    machine: takedownMachine,
  });

  class CountingStore extends MemoryStore {
    queries = 0;
    override async listCases(query: CaseQuery) {
      this.queries++;
      return super.listCases(query);
    }
    override async countCases(query: CaseCountQuery) {
      this.queries++;
      return super.countCases(query);
    }
  }

  it('answers the event’s queries from the store, hands them to the machine and audits them; replay asks nothing', async () => {
    const store = new CountingStore();
    const clock = new SimulatedClock('2020-03-02T09:00:00+08:00');
    const engine = createEngine({ modules: [toyTakedown], calendar: china, clock, store });
    const webmaster = { id: 'w', role: 'webmaster' };
    const first = await engine.open('toy-takedown', { input: {}, actor: webmaster, title: '县政府网站', agency: '县政府办' });
    await engine.send(first.caseId, { type: 'takedown.confirmed', actor: webmaster });
    clock.set('2020-08-03T09:00:00+08:00');
    const other = await engine.open('toy-takedown', { input: {}, actor: webmaster, title: '县教育局网站', agency: '县教育局' });
    await engine.send(other.caseId, { type: 'takedown.confirmed', actor: webmaster });
    clock.set('2020-10-09T09:00:00+08:00');
    const second = await engine.open('toy-takedown', { input: {}, actor: webmaster, title: '县政府网站', agency: '县政府办' });
    await engine.send(second.caseId, { type: 'takedown.confirmed', actor: webmaster });

    expect((await engine.getCase(first.caseId)).case.breaches).toEqual([]);
    expect((await engine.getCase(other.caseId)).case.breaches).toEqual([]);
    expect((await engine.getCase(second.caseId)).case.breaches).toEqual([
      expect.objectContaining({ name: 'tooManyTakedowns', data: { earlier: 1 } }),
    ]);
    const applied = (await engine.history(second.caseId)).find((e) => e.kind === 'event.applied')!;
    expect(applied.data.event).toMatchObject({
      facts: {
        earlier: { cases: [expect.objectContaining({ id: first.caseId, title: '县政府网站', status: 'done', state: 'recorded' })] },
        year: { total: 3, byStatus: { done: 2, open: 1 } },
      },
    });
    const asked = store.queries;
    expect((await engine.replay(second.caseId)).matches).toBe(true);
    expect(store.queries).toBe(asked);
  });
});
