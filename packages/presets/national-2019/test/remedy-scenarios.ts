// national-remedy's answer periods once a remedy is filed: the agency's written reply to a
// reconsideration (行政复议法第四十八条: 10 days, working days by 第八十八条第二款), the body's decision
// (第六十二条: 60 days, once extendable by up to 30), and the agency's defence to a lawsuit
// (行政诉讼法第六十七条: 15 days). Calendar-day periods start the day after and roll past a last
// day that is a weekend or holiday (《民法典》第二百零一条、第二百零三条). Table-driven: events and
// times in, states, deadlines, notices and breaches out. 2025: 端午节 31 May–2 June, 国庆节/中秋节 1–8 October.
import type { Scenario, ScenarioStep } from '@zwgk/scenarios';

const officer = { id: 'legal-li', role: 'legalOfficer' };
const subject = { description: '2025年3月作出的不予公开答复' };
const send = (at: string, type: string, payload: unknown, expect?: ScenarioStep['expect']): ScenarioStep => ({
  at,
  send: { case: 'r', type, payload, actor: officer },
  ...(expect === undefined ? {} : { expect }),
});
const tick = (at: string, expect: Omit<NonNullable<Extract<ScenarioStep['expect'], { case?: string }>>, 'case'>): ScenarioStep => ({
  at,
  tick: true,
  expect: { case: 'r', ...expect },
});

const reconsideration: ScenarioStep = {
  at: '2025-05-20T09:00:00+08:00',
  open: {
    as: 'r',
    module: 'national-remedy',
    input: { kind: 'reconsideration', body: '市人民政府', subject, knewOn: '2025-04-02', filedOn: '2025-05-20' },
    actor: officer,
  },
  expect: { state: 'pending', deadlines: { reconsiderationWindow: { outcome: 'met' }, reconsiderationReply: 'absent' } },
};
/** Copy received Monday 26 May, accepted Wednesday 21 May. */
const copyReceived = send(
  '2025-05-26T10:00:00+08:00',
  'reconsideration.copyReceived',
  { acceptedOn: '2025-05-21' },
  {
    deadlines: {
      // 27–30 May, 3–6 June, 9–10 June (端午节 2 June not counted): 10 working days
      reconsiderationReply: { status: 'running', dueAt: '2025-06-11T00:00:00+08:00' },
      // 22 May + 60 days = Sunday 20 July, rolled to Monday 21 July
      reconsiderationDecision: { status: 'running', dueAt: '2025-07-22T00:00:00+08:00' },
    },
  },
);
const reply = { answer: '原答复认定事实清楚，适用依据正确', evidence: ['申请登记表', '检索记录', '答复书及送达回证'] };

const litigation: ScenarioStep = {
  at: '2025-09-15T09:00:00+08:00',
  open: {
    as: 'r',
    module: 'national-remedy',
    input: { kind: 'litigation', body: '县人民法院', afterReconsideration: false, subject, knewOn: '2025-08-01', filedOn: '2025-09-15' },
    actor: officer,
  },
};
/** Copy of the complaint received Monday 22 September: 23 September + 15 days = 7 October, a holiday; the holiday ends on 8 October, so 9 October. */
const complaintCopy = send(
  '2025-09-22T15:00:00+08:00',
  'litigation.copyReceived',
  {},
  {
    deadlines: { litigationDefence: { status: 'running', dueAt: '2025-10-10T00:00:00+08:00' } },
  },
);
const defence = { answer: '被诉答复合法', evidence: ['答复书', '检索记录'] };

/** The table: each row a scenario of one remedy case (modules added by the test that runs it). */
export const remedyScenarios: Omit<Scenario, 'modules'>[] = [
  {
    name: 'reconsideration: the reply with its evidence goes in within 10 working days, the body decides within 60 days (upheld)',
    steps: [
      reconsideration,
      copyReceived,
      send('2025-06-05T16:00:00+08:00', 'reconsideration.replySubmitted', reply, {
        notices: ['writtenReply'],
        deadlines: { reconsiderationReply: { outcome: 'met' } },
      }),
      send(
        '2025-07-10T10:00:00+08:00',
        'remedy.decided',
        { result: 'upheld', decision: '维持' },
        {
          status: 'done',
          deadlines: { reconsiderationDecision: { outcome: 'met' } },
          breaches: [],
        },
      ),
    ],
  },
  {
    name: 'reconsideration: no reply by 10 June 24:00 records the breach; the late reply is still recorded (missed)',
    steps: [
      reconsideration,
      copyReceived,
      tick('2025-06-11T00:00:00+08:00', {
        fired: ['reconsiderationReply:warning', 'reconsiderationReply:due'],
        breaches: ['reconsiderationReplyLate'],
      }),
      send('2025-06-12T10:00:00+08:00', 'reconsideration.replySubmitted', reply, {
        notices: ['writtenReply'],
        deadlines: { reconsiderationReply: { outcome: 'missed' } },
      }),
    ],
  },
  {
    name: 'reconsideration: the body extends once by 30 days (第六十二条); a second extension is refused',
    steps: [
      reconsideration,
      copyReceived,
      send(
        '2025-07-15T10:00:00+08:00',
        'reconsideration.extended',
        { days: 30, reasons: '情况复杂' },
        {
          // 21 July + 30 days = 20 August
          deadlines: { reconsiderationDecision: { dueAt: '2025-08-21T00:00:00+08:00', extensionsUsed: 1 } },
        },
      ),
      send('2025-07-16T10:00:00+08:00', 'reconsideration.extended', { days: 10, reasons: '仍需调查' }, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2025-07-16T10:01:00+08:00', 'reconsideration.extended', { days: 31, reasons: '情况复杂' }, { rejected: 'INVALID_PAYLOAD' }),
    ],
  },
  {
    name: 'reconsideration: the body’s period runs out undecided — its deadline is missed, no breach of the agency; the late decision corrects',
    steps: [
      reconsideration,
      copyReceived,
      send('2025-06-05T16:00:00+08:00', 'reconsideration.replySubmitted', reply),
      tick('2025-07-22T00:00:00+08:00', { fired: ['reconsiderationDecision:due'], state: 'pending', breaches: [] }),
      send(
        '2025-07-30T10:00:00+08:00',
        'remedy.decided',
        { result: 'corrected', decision: '责令重新答复' },
        {
          status: 'done',
          deadlines: { reconsiderationDecision: { outcome: 'missed' } },
          breaches: [],
        },
      ),
    ],
  },
  {
    name: 'reconsideration decided before the reply: the reply period no longer applies',
    steps: [
      reconsideration,
      copyReceived,
      send(
        '2025-06-03T10:00:00+08:00',
        'remedy.decided',
        { result: 'other', decision: '申请人撤回申请，终止行政复议' },
        {
          status: 'done',
          deadlines: { reconsiderationReply: { status: 'cancelled' } },
        },
      ),
    ],
  },
  {
    name: 'bad input changes nothing: dates out of order, the wrong remedy’s event, a reply before the copy or without evidence',
    steps: [
      reconsideration,
      send('2025-05-21T10:00:00+08:00', 'reconsideration.replySubmitted', reply, { rejected: 'EVENT_NOT_ALLOWED' }),
      // accepted before the filing
      send('2025-05-26T10:00:00+08:00', 'reconsideration.copyReceived', { acceptedOn: '2025-05-19' }, { rejected: 'EVENT_NOT_ALLOWED' }),
      // accepted after the copy reached the agency
      send('2025-05-26T10:01:00+08:00', 'reconsideration.copyReceived', { acceptedOn: '2025-05-27' }, { rejected: 'EVENT_NOT_ALLOWED' }),
      // received after the moment it is recorded
      send(
        '2025-05-26T10:02:00+08:00',
        'reconsideration.copyReceived',
        { acceptedOn: '2025-05-21', receivedAt: '2025-05-27T10:00:00+08:00' },
        {
          rejected: 'EVENT_NOT_ALLOWED',
        },
      ),
      send('2025-05-26T10:03:00+08:00', 'litigation.copyReceived', {}, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2025-05-26T10:04:00+08:00', 'reconsideration.copyReceived', { acceptedOn: '21 May' }, { rejected: 'INVALID_PAYLOAD' }),
      send(
        '2025-05-26T10:05:00+08:00',
        'reconsideration.copyReceived',
        { acceptedOn: '2025-05-21', receivedAt: '2025-05-23T09:00:00+08:00' },
        {
          // a copy signed for on Friday 23 May and entered on Monday: 26 May … 6 June, 9 June (端午节 not counted)
          deadlines: { reconsiderationReply: { dueAt: '2025-06-10T00:00:00+08:00' } },
        },
      ),
      send('2025-05-27T10:00:00+08:00', 'reconsideration.copyReceived', { acceptedOn: '2025-05-21' }, { rejected: 'EVENT_NOT_ALLOWED' }),
      send(
        '2025-05-27T10:01:00+08:00',
        'reconsideration.replySubmitted',
        { answer: '答复', evidence: [] },
        { rejected: 'INVALID_PAYLOAD' },
      ),
    ],
  },
  {
    name: 'lawsuit: the defence within 15 days, rolled past the National Day holiday to 9 October (诉讼法第六十七条, 民法典第二百零三条)',
    steps: [
      litigation,
      complaintCopy,
      send('2025-10-09T16:00:00+08:00', 'litigation.defenceSubmitted', defence, {
        notices: ['defenceStatement'],
        deadlines: { litigationDefence: { outcome: 'met' } },
        breaches: [],
      }),
      send('2025-12-10T10:00:00+08:00', 'remedy.decided', { result: 'upheld', decision: '判决驳回诉讼请求' }, { status: 'done' }),
    ],
  },
  {
    name: 'lawsuit: no defence by 9 October 24:00 records the breach (late evidence counts as none, 诉讼法第三十四条); the late defence is recorded',
    steps: [
      litigation,
      complaintCopy,
      tick('2025-10-10T00:00:00+08:00', { fired: ['litigationDefence:warning', 'litigationDefence:due'], breaches: ['defenceLate'] }),
      send('2025-10-11T10:00:00+08:00', 'litigation.defenceSubmitted', defence, {
        notices: ['defenceStatement'],
        deadlines: { litigationDefence: { outcome: 'missed' } },
      }),
    ],
  },
  {
    name: 'a complaint has no answer period of these laws: the copy events are refused, the outcome still recorded',
    steps: [
      {
        at: '2025-05-20T09:00:00+08:00',
        open: {
          as: 'r',
          module: 'national-remedy',
          input: { kind: 'complaint', body: '县政务公开办', subject, knewOn: '2025-05-10', filedOn: '2025-05-20' },
          actor: officer,
        },
      },
      send('2025-05-22T10:00:00+08:00', 'reconsideration.copyReceived', { acceptedOn: '2025-05-21' }, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2025-05-22T10:01:00+08:00', 'litigation.copyReceived', {}, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2025-06-20T10:00:00+08:00', 'remedy.decided', { result: 'corrected', decision: '责令改正' }, { status: 'done' }),
    ],
  },
];
