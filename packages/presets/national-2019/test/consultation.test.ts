// national-consultation's receipt of the letter (第三十二条, 第三十四条: the party's period runs 自收到
// 征求意见书之日起): table-driven scenarios, events and times in, states, deadlines and notices out.
// March 2025 has no holiday: Monday 3 March to Monday 24 March is 15 working days.
import { national2019 } from '@zwgk/preset-national-2019';
import { nationalConsultation } from '@zwgk/rule-national-consultation';
import type { Scenario, ScenarioStep } from '@zwgk/scenarios';
import { runScenario } from '@zwgk/testing';
import { describe, it } from 'vitest';

const clerk = { id: 'clerk-wang', role: 'clerk' };
const M = 'national-consultation';
const party = { party: '甲公司', information: '供货合同', concern: '可能涉及商业秘密' };
const sent = '2025-03-03T10:00:00+08:00'; // Monday
const openWith = (input: Record<string, unknown>, expect?: ScenarioStep['expect']): ScenarioStep => ({
  at: sent,
  open: { as: 'c', module: M, input: { kind: 'thirdParty', ...party, ...input }, actor: clerk },
  ...(expect === undefined ? {} : { expect }),
});
const received = (at: string, receivedAt?: string, expect?: ScenarioStep['expect']): ScenarioStep => ({
  at,
  send: { case: 'c', type: 'letter.received', payload: receivedAt === undefined ? {} : { receivedAt }, actor: clerk },
  ...(expect === undefined ? {} : { expect }),
});
/** Posted on Monday 3 March, no receipt recorded: presumed received when 5 working days have run (24:00 on Monday 10 March). */
const presumed: ScenarioStep = {
  at: '2025-03-11T00:00:00+08:00',
  tick: true,
  expect: {
    case: 'c',
    fired: ['receiptPresumed:warning', 'receiptPresumed:due'],
    state: 'awaitingOpinion',
    deadlines: {
      receiptPresumed: { outcome: 'deemed' },
      // counted from the day after the presumed receipt: 12 March … 1 April (15 working days)
      thirdPartyOpinion: { status: 'running', dueAt: '2025-04-02T00:00:00+08:00' },
    },
  },
};

type Row = Omit<Scenario, 'modules'>;
const rows: Row[] = [
  {
    name: 'handed over in person: received the day it is sent, 15 working days run at once (第三十二条)',
    steps: [
      openWith(
        { delivery: 'inPerson' },
        {
          state: 'awaitingOpinion',
          notices: ['consultationLetter'],
          deadlines: { thirdPartyOpinion: { status: 'running', dueAt: '2025-03-25T00:00:00+08:00' }, receiptPresumed: 'absent' },
        },
      ),
    ],
  },
  {
    name: 'sent online to a co-making agency: received the day it is sent (第三十四条)',
    steps: [
      {
        at: sent,
        open: { as: 'c', module: M, input: { kind: 'coMaker', ...party, delivery: 'online' }, actor: clerk },
        expect: { state: 'awaitingOpinion', deadlines: { coMakerOpinion: { dueAt: '2025-03-25T00:00:00+08:00' } } },
      },
    ],
  },
  {
    name: 'posted (the default): the period waits for the receipt; the presumption runs from the sending',
    steps: [
      openWith(
        {},
        {
          state: 'awaitingReceipt',
          notices: ['consultationLetter'],
          deadlines: { receiptPresumed: { status: 'running', dueAt: '2025-03-11T00:00:00+08:00', length: 5 }, thirdPartyOpinion: 'absent' },
        },
      ),
    ],
  },
  {
    name: 'posted, signed for on Wednesday, recorded on Thursday: the 15 working days run from the signature',
    steps: [
      openWith({ delivery: 'post' }),
      received('2025-03-06T09:00:00+08:00', '2025-03-05T15:00:00+08:00', {
        state: 'awaitingOpinion',
        deadlines: {
          receiptPresumed: { outcome: 'met' },
          // 6 March … 26 March
          thirdPartyOpinion: { status: 'running', dueAt: '2025-03-27T00:00:00+08:00' },
        },
      }),
      {
        at: '2025-03-20T10:00:00+08:00',
        send: { case: 'c', type: 'opinion.received', payload: { consents: true }, actor: clerk },
        expect: { status: 'done', deadlines: { thirdPartyOpinion: { outcome: 'met' } } },
      },
    ],
  },
  {
    name: 'a receipt recorded without a date is dated when it is recorded',
    steps: [
      openWith({}),
      received('2025-03-04T16:00:00+08:00', undefined, {
        state: 'awaitingOpinion',
        // 5 March … 25 March
        deadlines: { thirdPartyOpinion: { dueAt: '2025-03-26T00:00:00+08:00' } },
      }),
    ],
  },
  {
    name: 'no receipt recorded: presumed after 5 working days, then the silent third party leaves the decision to the agency',
    steps: [
      openWith({}),
      presumed,
      {
        at: '2025-04-02T00:00:00+08:00',
        tick: true,
        expect: { case: 'c', fired: ['thirdPartyOpinion:due'], status: 'done' },
      },
    ],
  },
  {
    name: 'a real receipt recorded after the presumption replaces it: later than presumed, the period runs from it',
    steps: [
      openWith({}),
      presumed,
      received('2025-03-14T10:00:00+08:00', '2025-03-12T16:00:00+08:00', {
        state: 'awaitingOpinion',
        // 13 March … 2 April
        deadlines: { thirdPartyOpinion: { status: 'running', dueAt: '2025-04-03T00:00:00+08:00' } },
      }),
      { at: '2025-04-02T00:00:00+08:00', tick: true, expect: { case: 'c', fired: [], state: 'awaitingOpinion' } },
    ],
  },
  {
    name: 'a real receipt recorded after the presumption replaces it: earlier than presumed, the period runs from it',
    steps: [
      openWith({}),
      presumed,
      received('2025-03-14T10:00:00+08:00', '2025-03-07T10:00:00+08:00', {
        // 10 March … 28 March
        deadlines: { thirdPartyOpinion: { status: 'running', dueAt: '2025-03-29T00:00:00+08:00' } },
      }),
      { at: '2025-03-29T00:00:00+08:00', tick: true, expect: { case: 'c', fired: ['thirdPartyOpinion:due'], status: 'done' } },
    ],
  },
  {
    name: 'a real receipt recorded so late that the real period has already run out: the silence follows at the next tick',
    steps: [
      openWith({}),
      presumed,
      // signed for on Tuesday 4 March: 5 March … 25 March, already past when recorded on 31 March
      received('2025-03-31T10:00:00+08:00', '2025-03-04T10:00:00+08:00', {
        deadlines: { thirdPartyOpinion: { dueAt: '2025-03-26T00:00:00+08:00' } },
      }),
      { at: '2025-03-31T10:01:00+08:00', tick: true, expect: { case: 'c', fired: ['thirdPartyOpinion:due'], status: 'done' } },
    ],
  },
  {
    name: 'a receipt dated before the letter was sent, or after it is recorded, or malformed, is refused and changes nothing',
    steps: [
      openWith({}),
      received('2025-03-04T10:00:00+08:00', '2025-03-02T10:00:00+08:00', { rejected: 'EVENT_NOT_ALLOWED', state: 'awaitingReceipt' }),
      received('2025-03-04T10:01:00+08:00', '2025-03-05T10:00:00+08:00', { rejected: 'EVENT_NOT_ALLOWED', state: 'awaitingReceipt' }),
      received('2025-03-04T10:02:00+08:00', '2025-03-04', { rejected: 'INVALID_PAYLOAD', state: 'awaitingReceipt' }),
      received('2025-03-04T10:03:00+08:00', '2025-03-04T09:00:00+08:00', { state: 'awaitingOpinion' }),
      // the receipt is one fact: a second one is refused
      received('2025-03-05T10:00:00+08:00', '2025-03-05T09:00:00+08:00', { rejected: 'EVENT_NOT_ALLOWED' }),
    ],
  },
  {
    name: 'an opinion that comes before any receipt is recorded shows the letter arrived: recorded, the presumption ends',
    steps: [
      openWith({}),
      {
        at: '2025-03-06T10:00:00+08:00',
        send: { case: 'c', type: 'opinion.received', payload: { consents: false, reasons: '合同含商业秘密' }, actor: clerk },
        expect: { status: 'done', deadlines: { receiptPresumed: { outcome: 'met' }, thirdPartyOpinion: 'absent' } },
      },
    ],
  },
  {
    name: 'a return receipt that arrives after the consultation ended is recorded, not refused; the case stays done',
    steps: [
      openWith({}),
      presumed,
      { at: '2025-04-02T00:00:00+08:00', tick: true, expect: { case: 'c', status: 'done' } },
      received('2025-04-03T10:00:00+08:00', '2025-03-13T10:00:00+08:00', { status: 'done' }),
    ],
  },
  {
    name: 'a co-making agency never signs nor answers: receipt presumed, then deemed consent (第三十四条)',
    steps: [
      {
        at: sent,
        open: { as: 'c', module: M, input: { kind: 'coMaker', ...party }, actor: clerk },
        expect: { state: 'awaitingReceipt' },
      },
      {
        at: '2025-03-11T00:00:00+08:00',
        tick: true,
        expect: { case: 'c', deadlines: { coMakerOpinion: { dueAt: '2025-04-02T00:00:00+08:00' } } },
      },
      { at: '2025-04-02T00:00:00+08:00', tick: true, expect: { case: 'c', fired: ['coMakerOpinion:due'], status: 'done' } },
    ],
  },
];

describe('national-consultation: the period runs from the party’s receipt of the letter (第三十二条, 第三十四条)', () => {
  for (const row of rows) {
    it(row.name, async () => {
      await runScenario({ ...row, modules: [nationalConsultation] });
    });
  }

  it('the agency sets its own presumption (parameter presumedReceiptWorkingDays) and another agency’s time (agencyOpinionWorkingDays)', async () => {
    await runScenario({
      name: 'parameters',
      modules: [nationalConsultation],
      parameters: { [M]: { presumedReceiptWorkingDays: 3, agencyOpinionWorkingDays: 10 } },
      steps: [
        {
          at: sent,
          open: { as: 'c', module: M, input: { kind: 'agency', ...party }, actor: clerk },
          expect: { deadlines: { receiptPresumed: { dueAt: '2025-03-07T00:00:00+08:00', length: 3 } } },
        },
        // presumed received 7 March 00:00; 10 working days counted from 8 March: 10 March … 21 March
        {
          at: '2025-03-07T00:00:00+08:00',
          tick: true,
          expect: { case: 'c', deadlines: { agencyOpinion: { dueAt: '2025-03-22T00:00:00+08:00', length: 10 } } },
        },
        { at: '2025-03-22T00:00:00+08:00', tick: true, expect: { case: 'c', fired: ['agencyOpinion:due'], status: 'done' } },
      ],
    });
  });

  it('an application’s reply clock stops when the letters are sent (第三十三条第二款) and each party runs from its own receipt', async () => {
    await runScenario({
      name: 'application',
      modules: national2019.modules,
      steps: [
        {
          at: '2025-03-03T09:30:00+08:00',
          open: {
            as: 'app',
            module: 'national-disclosure-request',
            input: {
              applicant: { kind: 'naturalPerson', name: '张某', identityDocument: '居民身份证', contact: '13800000000' },
              submittedAt: '2025-03-03T09:00:00+08:00',
              receipt: { channel: 'inPerson' },
              description: '某项目供货合同',
              form: '纸质',
            },
            actor: clerk,
          },
        },
        {
          at: sent,
          send: {
            case: 'app',
            type: 'thirdParties.consulted',
            payload: { parties: [{ ...party }, { ...party, party: '乙公司', delivery: 'inPerson' }] },
            actor: clerk,
          },
          expect: [
            { case: 'app', state: 'consulting', deadlines: { reply: { status: 'paused' } } },
            { case: 'app/consultation-1', state: 'awaitingReceipt', deadlines: { receiptPresumed: { status: 'running' } } },
            {
              case: 'app/consultation-2',
              state: 'awaitingOpinion',
              deadlines: { thirdPartyOpinion: { dueAt: '2025-03-25T00:00:00+08:00' } },
            },
          ],
        },
        {
          at: '2025-03-06T09:00:00+08:00',
          send: { case: 'app/consultation-1', type: 'letter.received', payload: { receivedAt: '2025-03-05T15:00:00+08:00' }, actor: clerk },
          expect: [
            {
              case: 'app/consultation-1',
              state: 'awaitingOpinion',
              deadlines: { thirdPartyOpinion: { dueAt: '2025-03-27T00:00:00+08:00' } },
            },
            { case: 'app', state: 'consulting', deadlines: { reply: { status: 'paused' } } },
          ],
        },
      ],
    });
  });
});
