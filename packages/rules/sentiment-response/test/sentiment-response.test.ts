import { caseSteps, describeRuleModule, runScenario, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { responsibleBody, type Scope, sentimentResponse } from '../src/index.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: 'sentiment-response' });

const monitor = { id: 'monitor-1', role: 'monitor' } as const;
const office = { id: 'office-1', role: 'office' } as const;
const body = { id: 'health-bureau', role: 'responsibleBody' } as const;
const spokesperson = { id: 'spokesperson-1', role: 'spokesperson' } as const;

const township: Scope = { kind: 'singleTownship', township: '兴隆镇', department: '县卫生健康局' };
const weibo = { channels: ['weibo', 'wechat'], summary: '已组织救援，伤亡情况正在核实。' };
const website = { channels: ['governmentWebsite'], summary: '通报最新进展。' };
const results = { channels: ['governmentWebsite', 'weibo'], summary: '调查处置结果。' };
const conference = {
  spokesperson: '县卫生健康局局长',
  attendees: ['副县长', '兴隆镇镇长'],
  alsoVia: ['weibo'],
  summary: '介绍事件处置情况。',
};
const rumour = { endangers: ['socialOrder'], situation: '有人在微信群散布“死亡十余人”谣言', clues: ['微信号 abc123 的截图'] };

describeRuleModule(sentimentResponse, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios: [
    {
      name: 'a major incident found at 23:30 on the eve of National Day is first released by 00:30 and has its press conference by 23:30 on 1 October, counted on the clock',
      steps: [
        on('s').open(
          '2019-09-30T23:30:00+08:00' /* eve of 国庆 2019: hours run through the night and the holiday */,
          { subject: '兴隆镇校车侧翻', severity: 'major', scope: township, keyCriteria: ['emergencyOrDisaster'] },
          {
            actor: monitor,
            expect: {
              state: 'major.awaitingFirstRelease',
              deadlines: {
                firstRelease: { dueAt: '2019-10-01T00:30:00+08:00', warnAt: '2019-10-01T00:15:00+08:00', status: 'running' },
                pressConference: { dueAt: '2019-10-01T23:30:00+08:00', warnAt: '2019-10-01T20:30:00+08:00', status: 'running' },
                response: 'absent',
              },
            },
          },
        ),
        { at: '2019-10-01T00:15:00+08:00', tick: true, expect: { fired: ['firstRelease:warning'] } },
        on('s').send('2019-10-01T00:20:00+08:00', 'info.firstReleased', weibo, body, {
          state: 'major.informing',
          notices: ['publicRelease'],
          deadlines: { firstRelease: { status: 'completed', outcome: 'met' } },
        }),
        on('s').send('2019-10-01T03:00:00+08:00', 'info.updated', website, spokesperson, {
          state: 'major.informing',
          notices: ['publicRelease'],
        }),
        on('s').send('2019-10-01T10:00:00+08:00', 'rumour.referred', rumour, body, {
          state: 'major.informing',
          notices: ['policeReferral', 'networkRegulatorReferral'],
        }),
        { at: '2019-10-01T20:30:00+08:00', tick: true, expect: { fired: ['pressConference:warning'] } },
        on('s').send('2019-10-01T21:00:00+08:00', 'pressConference.held', conference, spokesperson, {
          notices: ['publicRelease'],
          deadlines: { pressConference: { status: 'completed', outcome: 'met' } },
        }),
        on('s').send('2019-10-02T09:00:00+08:00', 'pressConference.held', conference, spokesperson, {
          state: 'major.informing',
          notices: ['publicRelease'],
        }),
        on('s').send('2019-10-03T16:00:00+08:00', 'results.published', results, body, {
          state: 'closed',
          status: 'done',
          notices: ['publicRelease'],
          breaches: [],
        }),
      ],
    },
    {
      name: 'an other sentiment found the day before Spring Festival eve is answered within 48 hours, updated, and closed by its results',
      steps: [
        on('s').open(
          '2020-01-23T10:00:00+08:00' /* 2020-01-24 is 除夕: the 48 hours run through it */,
          { subject: '供暖不热', severity: 'other', scope: { kind: 'singleBody', body: '县住房和城乡建设局' } },
          {
            actor: monitor,
            expect: {
              state: 'other.awaitingResponse',
              deadlines: {
                response: { dueAt: '2020-01-25T10:00:00+08:00', warnAt: '2020-01-25T04:00:00+08:00' },
                firstRelease: 'absent',
                pressConference: 'absent',
              },
            },
          },
        ),
        on('s').send(
          '2020-01-24T15:00:00+08:00',
          'response.given',
          { channels: ['other'], otherChannel: '西吉县融媒体中心', summary: '已派员检修。' },
          body,
          {
            state: 'other.informing',
            notices: ['publicRelease'],
            deadlines: { response: { status: 'completed', outcome: 'met' } },
          },
        ),
        on('s').send('2020-01-26T09:00:00+08:00', 'info.updated', website, body, { notices: ['publicRelease'] }),
        on('s').send(
          '2020-01-26T10:00:00+08:00',
          'sentiment.classified',
          { severity: 'other', keyCriteria: ['publicInterest'], reason: '复核定级' },
          office,
          { state: 'other.informing' },
        ),
        on('s').send('2020-01-28T10:00:00+08:00', 'results.published', results, body, {
          status: 'done',
          notices: ['publicRelease'],
          breaches: [],
        }),
      ],
    },
    {
      name: 'a first release and a press conference made late record breaches, and the case goes on to its results',
      steps: [
        on('s').open(
          '2021-10-01T08:00:00+08:00' /* 国庆 2021 */,
          { subject: '山洪冲毁道路', severity: 'major', scope: township },
          {
            actor: monitor,
            expect: {
              deadlines: {
                firstRelease: { dueAt: '2021-10-01T09:00:00+08:00' },
                pressConference: { dueAt: '2021-10-02T08:00:00+08:00', warnAt: '2021-10-02T05:00:00+08:00' },
              },
            },
          },
        ),
        on('s').tick('2021-10-01T09:00:00+08:00', {
          fired: ['firstRelease:warning', 'firstRelease:due'],
          breaches: ['firstReleaseOverdue'],
          state: 'major.awaitingFirstRelease',
          status: 'open',
        }),
        on('s').send('2021-10-01T09:40:00+08:00', 'info.firstReleased', weibo, body, {
          state: 'major.informing',
          deadlines: { firstRelease: { status: 'completed', outcome: 'missed' } },
        }),
        on('s').tick('2021-10-02T08:00:00+08:00', {
          fired: ['pressConference:warning', 'pressConference:due'],
          breaches: ['firstReleaseOverdue', 'pressConferenceOverdue'],
        }),
        on('s').send('2021-10-02T10:00:00+08:00', 'pressConference.held', conference, spokesperson, {
          deadlines: { pressConference: { status: 'completed', outcome: 'missed' } },
        }),
        on('s').send('2021-10-05T10:00:00+08:00', 'results.published', results, body, {
          status: 'done',
          breaches: ['firstReleaseOverdue', 'pressConferenceOverdue'],
        }),
      ],
    },
    {
      name: 'a 48-hour response missed over the Qingming holiday records a breach and is still accepted late',
      steps: [
        on('s').open(
          '2018-04-04T16:00:00+08:00' /* eve of 清明 2018 */,
          { subject: '景区门票' },
          {
            actor: monitor,
            expect: {
              state: 'other.awaitingResponse',
              deadlines: { response: { dueAt: '2018-04-06T16:00:00+08:00', warnAt: '2018-04-06T10:00:00+08:00' } },
            },
          },
        ),
        on('s').tick('2018-04-06T16:00:00+08:00', {
          fired: ['response:warning', 'response:due'],
          breaches: ['responseOverdue'],
          state: 'other.awaitingResponse',
        }),
        on('s').send('2018-04-07T09:00:00+08:00', 'response.given', website, body, {
          state: 'other.informing',
          deadlines: { response: { outcome: 'missed' } },
        }),
      ],
    },
    {
      name: 'an unclassified item runs as other and, upgraded to major before any answer, gets 1 hour and 24 hours from the upgrade instead of 48 hours',
      steps: [
        on('s').open(
          '2020-10-01T09:00:00+08:00' /* 国庆 2020 */,
          { subject: '集市踩踏传闻', foundVia: '抖音' },
          {
            actor: monitor,
            expect: { state: 'other.awaitingResponse', deadlines: { response: { dueAt: '2020-10-03T09:00:00+08:00', status: 'running' } } },
          },
        ),
        on('s').send(
          '2020-10-01T10:30:00+08:00',
          'sentiment.classified',
          { severity: 'major', keyCriteria: ['emergencyOrDisaster'], reason: '核实发生踩踏，有人员受伤' },
          office,
          {
            state: 'major.awaitingFirstRelease',
            deadlines: {
              response: { status: 'cancelled', outcome: 'cancelled' },
              firstRelease: { dueAt: '2020-10-01T11:30:00+08:00', warnAt: '2020-10-01T11:15:00+08:00' },
              pressConference: { dueAt: '2020-10-02T10:30:00+08:00', warnAt: '2020-10-02T07:30:00+08:00' },
            },
          },
        ),
        on('s').send(
          '2020-10-01T11:00:00+08:00',
          'pressConference.held',
          { spokesperson: '副县长', summary: '通报踩踏事件' },
          spokesperson,
          {
            state: 'major.informing',
            notices: ['publicRelease'],
            deadlines: { firstRelease: { outcome: 'met' }, pressConference: { outcome: 'met' } },
          },
        ),
        on('s').send('2020-10-01T15:00:00+08:00', 'results.published', results, body, {
          rejected: 'EVENT_NOT_ALLOWED' /* no responsible body on record yet */,
        }),
        on('s').send(
          '2020-10-01T15:05:00+08:00',
          'responsibility.assigned',
          { scope: { kind: 'multipleTownships', townships: ['兴隆镇', '将台堡镇'], competentDepartment: '县市场监督管理局' } },
          office,
          { state: 'major.informing' },
        ),
        on('s').send('2020-10-01T15:10:00+08:00', 'results.published', results, body, { status: 'done', breaches: [] }),
      ],
    },
    {
      name: 'an item answered as other and upgraded to major afterwards needs only the press conference within 24 hours of the upgrade (the answer counts as the first release)',
      steps: [
        on('s').open('2022-01-31T20:00:00+08:00' /* 除夕 2022 */, { subject: '燃放烟花引发火情', severity: 'other' }, { actor: monitor }),
        on('s').send('2022-02-01T10:00:00+08:00', 'response.given', weibo, body, { state: 'other.informing' }),
        on('s').send(
          '2022-02-01T12:00:00+08:00',
          'sentiment.classified',
          { severity: 'especiallyMajor', reason: '火情蔓延至居民区' },
          office,
          {
            state: 'major.informing',
            deadlines: {
              firstRelease: 'absent',
              pressConference: { dueAt: '2022-02-02T12:00:00+08:00', warnAt: '2022-02-02T09:00:00+08:00' },
              response: { status: 'completed', outcome: 'met' },
            },
          },
        ),
        on('s').send('2022-02-01T13:00:00+08:00', 'sentiment.classified', { severity: 'major', reason: '火情已控制' }, office, {
          state: 'major.informing',
        }),
      ],
    },
    {
      name: 'with earlierResponseCountsAsFirstRelease false, an upgrade after the answer still requires a first release within 1 hour',
      parameters: { 'sentiment-response': { earlierResponseCountsAsFirstRelease: false } },
      steps: [
        on('s').open('2022-01-31T20:00:00+08:00', { subject: '燃放烟花引发火情', severity: 'other' }, { actor: monitor }),
        on('s').send('2022-02-01T10:00:00+08:00', 'response.given', weibo, body),
        on('s').send('2022-02-01T12:00:00+08:00', 'sentiment.classified', { severity: 'major', reason: '火情蔓延' }, office, {
          state: 'major.awaitingFirstRelease',
          deadlines: {
            firstRelease: { dueAt: '2022-02-01T13:00:00+08:00', warnAt: '2022-02-01T12:45:00+08:00' },
            pressConference: { dueAt: '2022-02-02T12:00:00+08:00' },
          },
        }),
      ],
    },
    {
      name: 'a rumour in an other sentiment is handed to the police and the network regulator with its clues',
      steps: [
        on('s').open(
          '2019-02-04T18:00:00+08:00' /* 除夕 2019 */,
          { subject: '自来水污染谣言', scope: { kind: 'countyGovernment' } },
          { actor: monitor },
        ),
        on('s').send(
          '2019-02-04T19:00:00+08:00',
          'rumour.referred',
          { endangers: ['socialOrder', 'nationalInterest'], situation: '散布自来水被投毒谣言', clues: ['账号甲', '账号乙'] },
          office,
          { state: 'other.awaitingResponse', notices: ['policeReferral', 'networkRegulatorReferral'] },
        ),
        on('s').send('2019-02-04T20:00:00+08:00', 'response.given', website, body, { notices: ['publicRelease'] }),
      ],
    },
    // 三(一): 最迟应24小时之内举行新闻发布会 and 调查处置结果应及时向社会公布 are two duties. Results are
    // recorded whether or not the conference was held; a conference still in time keeps the case open
    // until it is held or its 24 hours record the breach.
    ...(
      [
        {
          conferenceAt: null,
          resultsAt: '2020-10-02T15:00:00+08:00',
          state: 'closed',
          breaches: ['pressConferenceOverdue'],
          outcome: 'missed',
        },
        {
          conferenceAt: '2020-10-02T07:00:00+08:00',
          resultsAt: '2020-10-01T20:00:00+08:00',
          state: 'closed',
          breaches: [],
          outcome: 'met',
        },
        {
          conferenceAt: null,
          resultsAt: '2020-10-01T20:00:00+08:00',
          state: 'closed',
          breaches: ['pressConferenceOverdue'],
          outcome: 'missed',
        },
      ] as const
    ).map(
      ({ conferenceAt, resultsAt, state, breaches, outcome }): Omit<Scenario, 'modules'> => ({
        name: `三(一): results published at ${resultsAt} ${conferenceAt ? `and a press conference at ${conferenceAt}` : 'with no press conference'} are recorded (separate duties)`,
        steps: [
          on('s').open(
            '2020-10-01T08:00:00+08:00' /* 国庆 2020 */,
            { subject: '火石寨景区游客滞留', severity: 'major', scope: township },
            { actor: monitor, expect: { deadlines: { pressConference: { dueAt: '2020-10-02T08:00:00+08:00', status: 'running' } } } },
          ),
          on('s').send('2020-10-01T08:30:00+08:00', 'info.firstReleased', weibo, body),
          ...((resultsAt < '2020-10-02T08:00:00+08:00'
            ? [
                on('s').send(resultsAt, 'results.published', results, body, {
                  state: 'major.resultsPublished',
                  status: 'open' as const,
                  notices: ['publicRelease'],
                  breaches: [],
                }),
                on('s').send('2020-10-01T22:00:00+08:00', 'info.updated', website, spokesperson, {
                  state: 'major.resultsPublished',
                  notices: ['publicRelease'],
                }),
              ]
            : []) satisfies Scenario['steps']),
          ...((conferenceAt
            ? [
                on('s').send(conferenceAt, 'pressConference.held', conference, spokesperson, {
                  state,
                  status: 'done' as const,
                  notices: ['publicRelease'],
                }),
              ]
            : [
                {
                  at: '2020-10-02T08:00:00+08:00',
                  tick: true as const,
                  expect: {
                    case: 's',
                    fired: ['pressConference:warning', 'pressConference:due'],
                    breaches: ['pressConferenceOverdue'],
                    ...(resultsAt < '2020-10-02T08:00:00+08:00'
                      ? { state: 'closed', status: 'done' as const }
                      : { state: 'major.informing' }),
                  },
                },
              ]) satisfies Scenario['steps']),
          ...((resultsAt >= '2020-10-02T08:00:00+08:00'
            ? [
                // After a missed conference the results close the case; the breach stays on record.
                on('s').send(resultsAt, 'results.published', results, body, {
                  state,
                  status: 'done' as const,
                  notices: ['publicRelease'],
                  breaches: [...breaches],
                }),
              ]
            : []) satisfies Scenario['steps']),
          {
            at: '2020-10-03T10:00:00+08:00',
            tick: true as const,
            expect: { case: 's', status: 'done' as const, breaches: [...breaches], deadlines: { pressConference: { outcome } } },
          },
        ],
      }),
    ),
    // Reclassification of a major sentiment as other (a misregistered item): by the office, with its
    // reason (audited with the event); the 三(一) deadlines still running are cancelled, breaches already
    // recorded stay, and the 48 hours of 三(二) run from the time found unless a release was already made.
    ...(
      [
        {
          name: 'downgraded 20 minutes after registration, before any release: 48 hours from the time found',
          release: null,
          downgradeAt: '2021-05-01T09:20:00+08:00' /* 劳动节 2021 */,
          expect: {
            state: 'other.awaitingResponse',
            breaches: [],
            deadlines: {
              firstRelease: { status: 'cancelled', outcome: 'cancelled' },
              pressConference: { status: 'cancelled', outcome: 'cancelled' },
              response: { dueAt: '2021-05-03T09:00:00+08:00', status: 'running' },
            },
          },
        },
        {
          name: 'downgraded after its first release: the release is the response, only the press conference is cancelled',
          release: '2021-05-01T09:30:00+08:00',
          downgradeAt: '2021-05-01T11:00:00+08:00',
          expect: {
            state: 'other.informing',
            breaches: [],
            deadlines: {
              firstRelease: { status: 'completed', outcome: 'met' },
              pressConference: { status: 'cancelled', outcome: 'cancelled' },
              response: 'absent',
            },
          },
        },
        {
          name: 'downgraded after the 1-hour first release was missed: the breach stays, the 48 hours run from the time found',
          release: null,
          downgradeAt: '2021-05-01T12:00:00+08:00',
          expect: {
            state: 'other.awaitingResponse',
            breaches: ['firstReleaseOverdue'],
            deadlines: {
              firstRelease: { status: 'cancelled', outcome: 'missed' },
              pressConference: { status: 'cancelled', outcome: 'cancelled' },
              response: { dueAt: '2021-05-03T09:00:00+08:00', status: 'running' },
            },
          },
        },
      ] as const
    ).map(
      ({ name, release, downgradeAt, expect }): Omit<Scenario, 'modules'> => ({
        name: `reclassification: a major sentiment ${name}`,
        steps: [
          on('s').open(
            '2021-05-01T09:00:00+08:00',
            { subject: '网传某镇疫情', severity: 'major', scope: township },
            { actor: monitor, expect: { state: 'major.awaitingFirstRelease' } },
          ),
          ...((release ? [on('s').send(release, 'info.firstReleased', weibo, body)] : []) satisfies Scenario['steps']),
          on('s').send(downgradeAt, 'sentiment.classified', { severity: 'other' }, office, {
            rejected: 'INVALID_PAYLOAD' as const /* the reason is required */,
          }),
          on('s').send(downgradeAt, 'sentiment.classified', { severity: 'other', reason: '经核实为个别病例，非突发事件' }, office, expect),
          {
            at: '2021-05-02T09:00:00+08:00',
            tick: true as const,
            expect: { case: 's', fired: [] /* no press conference due any more */ },
          },
          ...((release
            ? [
                on('s').send('2021-05-02T10:00:00+08:00', 'results.published', results, body, {
                  state: 'closed',
                  status: 'done' as const,
                  breaches: [...expect.breaches],
                }),
              ]
            : [
                on('s').send('2021-05-02T10:00:00+08:00', 'response.given', weibo, body, {
                  state: 'other.informing',
                  deadlines: { response: { status: 'completed', outcome: 'met' } },
                }),
              ]) satisfies Scenario['steps']),
        ],
      }),
    ),
    {
      name: 'reclassification: a major sentiment downgraded after its results while the press conference was still in time closes without it',
      steps: [
        on('s').open('2021-05-01T09:00:00+08:00', { subject: '网传某镇疫情', severity: 'major', scope: township }, { actor: monitor }),
        on('s').send('2021-05-01T09:30:00+08:00', 'info.firstReleased', weibo, body),
        on('s').send('2021-05-01T15:00:00+08:00', 'results.published', results, body, { state: 'major.resultsPublished' }),
        on('s').send('2021-05-01T16:00:00+08:00', 'sentiment.classified', { severity: 'other', reason: '经核实非突发事件' }, office, {
          state: 'closed',
          status: 'done',
          breaches: [],
          deadlines: { pressConference: { status: 'cancelled', outcome: 'cancelled' } },
        }),
      ],
    },
    // majorDeadlinesFromFoundAt: the engine can start a deadline from an earlier instant (`from`); with the
    // parameter set, an upgrade counts the 1 hour and 24 hours from the time found.
    ...(
      [
        { fromFound: false, firstDue: '2020-10-01T13:00:00+08:00', conferenceDue: '2020-10-02T12:00:00+08:00', fired: [] },
        {
          fromFound: true,
          firstDue: '2020-10-01T10:00:00+08:00',
          conferenceDue: '2020-10-02T09:00:00+08:00',
          fired: ['firstRelease:warning', 'firstRelease:due'],
        },
      ] as const
    ).map(
      ({ fromFound, firstDue, conferenceDue, fired }): Omit<Scenario, 'modules'> => ({
        name: `an other sentiment found at 09:00 and upgraded at 12:00 on 国庆 2020: first release due ${firstDue}, press conference ${conferenceDue} (majorDeadlinesFromFoundAt ${fromFound})`,
        parameters: { 'sentiment-response': { majorDeadlinesFromFoundAt: fromFound } },
        steps: [
          on('s').open(
            '2020-10-01T09:00:00+08:00',
            { subject: '景区拥堵' },
            { actor: monitor, expect: { state: 'other.awaitingResponse' } },
          ),
          on('s').send('2020-10-01T12:00:00+08:00', 'sentiment.classified', { severity: 'major', reason: '发生踩踏' }, office, {
            state: 'major.awaitingFirstRelease',
            deadlines: {
              response: { status: 'cancelled', outcome: 'cancelled' },
              firstRelease: { dueAt: firstDue, status: 'running' },
              pressConference: { dueAt: conferenceDue, status: 'running' },
            },
          }),
          {
            at: '2020-10-01T12:00:01+08:00',
            tick: true as const,
            expect: { case: 's', fired: [...fired], breaches: fromFound ? ['firstReleaseOverdue'] : [] },
          },
        ],
      }),
    ),
    {
      name: 'events from the wrong role, in the wrong state or with an invalid payload are rejected',
      steps: [
        on('bad').open('2019-09-30T10:00:00+08:00', { subject: '' }, { actor: monitor, expect: { rejected: 'INVALID_PAYLOAD' } }),
        on('bad').open(
          '2019-09-30T10:00:00+08:00',
          { subject: '某事' },
          { actor: { id: 'x', role: 'clerk' }, expect: { rejected: 'ROLE_NOT_ALLOWED' } },
        ),
        on('s').open('2019-09-30T10:00:00+08:00', { subject: '医院收费', severity: 'major' }, { actor: monitor }),
        on('s').send('2019-09-30T10:01:00+08:00', 'info.firstReleased', weibo, monitor, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('s').send('2019-09-30T10:02:00+08:00', 'sentiment.classified', { severity: 'major', reason: 'x' }, body, {
          rejected: 'ROLE_NOT_ALLOWED',
        }),
        on('s').send('2019-09-30T10:03:00+08:00', 'response.given', weibo, body, {
          rejected: 'EVENT_NOT_ALLOWED' /* a major sentiment has a first release, not a 48-hour response */,
        }),
        on('s').send('2019-09-30T10:04:00+08:00', 'info.updated', website, body, {
          rejected: 'EVENT_NOT_ALLOWED' /* no update before the first release */,
        }),
        on('s').send('2019-09-30T10:05:00+08:00', 'sentiment.classified', { severity: 'other', reason: '误判' }, body, {
          rejected: 'ROLE_NOT_ALLOWED' /* only the office classifies, and reclassifies */,
        }),
        on('s').send('2019-09-30T10:06:00+08:00', 'info.firstReleased', { channels: [], summary: 'x' }, body, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('s').send('2019-09-30T10:07:00+08:00', 'info.firstReleased', { channels: ['other'], summary: 'x' }, body, {
          rejected: 'INVALID_PAYLOAD' /* other channel not named */,
        }),
        on('s').send('2019-09-30T10:08:00+08:00', 'info.firstReleased', { channels: ['fax'], summary: 'x' }, body, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('s').send('2019-09-30T10:09:00+08:00', 'rumour.referred', { endangers: ['socialOrder'], situation: '谣言', clues: [] }, body, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('s').send(
          '2019-09-30T10:10:00+08:00',
          'responsibility.assigned',
          { scope: { kind: 'multipleDepartments', departments: ['县卫生健康局', '县医疗保障局'], leadDepartment: '县教育局' } },
          office,
          { rejected: 'INVALID_PAYLOAD' },
        ),
        on('s').send('2019-09-30T10:11:00+08:00', 'pressConference.held', { spokesperson: '', summary: 'x' }, spokesperson, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('s').send('2019-09-30T10:12:00+08:00', 'sentiment.classified', { severity: 'urgent', reason: 'x' }, office, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('s').send('2019-09-30T10:13:00+08:00', 'case.withdrawn', {}, office, { rejected: 'UNKNOWN_EVENT' }),
        on('s').send('2019-09-30T10:20:00+08:00', 'info.firstReleased', weibo, body, { state: 'major.informing' }),
        on('s').send(
          '2019-09-30T10:21:00+08:00',
          'responsibility.assigned',
          {
            scope: { kind: 'multipleDepartments', departments: ['县卫生健康局', '县医疗保障局'], leadDepartment: '县卫生健康局' },
          },
          office,
        ),
        // 三(一): the results are a duty of their own; the press conference is still owed.
        on('s').send('2019-09-30T10:22:00+08:00', 'results.published', results, body, {
          state: 'major.resultsPublished',
          status: 'open',
          notices: ['publicRelease'],
        }),
        on('s').send('2019-09-30T11:00:00+08:00', 'pressConference.held', conference, spokesperson, {
          state: 'closed',
          status: 'done',
          deadlines: { pressConference: { status: 'completed', outcome: 'met' } },
        }),
        on('s').send('2019-09-30T12:01:00+08:00', 'info.updated', website, body, { rejected: 'CASE_CLOSED' }),
      ],
    },
    {
      name: 'an other sentiment rejects a first release, an update before its response, and results without a responsible body',
      steps: [
        on('s').open('2021-02-11T09:00:00+08:00' /* 除夕 2021 */, { subject: '物价', severity: 'other' }, { actor: monitor }),
        on('s').send('2021-02-11T09:01:00+08:00', 'info.firstReleased', weibo, body, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('s').send('2021-02-11T09:02:00+08:00', 'info.updated', weibo, body, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('s').send('2021-02-11T09:03:00+08:00', 'pressConference.held', conference, spokesperson, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('s').send('2021-02-11T09:04:00+08:00', 'response.given', weibo, body, { state: 'other.informing' }),
        on('s').send('2021-02-11T09:05:00+08:00', 'results.published', results, body, { rejected: 'EVENT_NOT_ALLOWED' }),
      ],
    },
  ],
});

describe('responsibleBody (《西吉县政府政务舆情回应制度》第一部分)', () => {
  it('gives the county government office for the county government itself (一(一))', () => {
    expect(responsibleBody({ kind: 'countyGovernment' }, 'other')).toEqual({
      firstResponsible: ['县政府办公室'],
      coordinators: [],
      leadDepartment: null,
      leadership: [],
      clauses: ['一(一)'],
    });
  });

  it('makes the department concerned the first body for one township, its township co-ordinating with the propaganda department (一(三))', () => {
    expect(responsibleBody(township, 'major')).toEqual({
      firstResponsible: ['县卫生健康局'],
      coordinators: ['兴隆镇人民政府', '县委宣传部'],
      leadDepartment: null,
      leadership: [],
      clauses: ['一(三)'],
    });
  });

  it('lets the higher authority of a vertically managed department co-ordinate instead of the township (一(三))', () => {
    expect(
      responsibleBody({ kind: 'singleTownship', township: '兴隆镇', department: '县税务局', superior: '固原市税务局' }, 'other')
        .coordinators,
    ).toEqual(['固原市税务局', '县委宣传部']);
  });

  it('makes the competent department the first body for several townships (一(四))', () => {
    expect(
      responsibleBody({ kind: 'multipleTownships', townships: ['兴隆镇', '将台堡镇'], competentDepartment: '县水务局' }, null)
        .firstResponsible,
    ).toEqual(['县水务局']);
  });

  it('has every department answer for its duties when several are concerned, the office and propaganda department co-ordinating (一(四))', () => {
    expect(
      responsibleBody({ kind: 'multipleDepartments', departments: ['县教育局', '县财政局'], leadDepartment: '县教育局' }, 'other'),
    ).toEqual({
      firstResponsible: ['县教育局', '县财政局'],
      coordinators: ['县政府政务公开办公室', '县委宣传部'],
      leadDepartment: '县教育局',
      leadership: [],
      clauses: ['一(四)'],
    });
  });

  it('puts the principal leaders of the bodies concerned in charge of an especially major sentiment (一(五))', () => {
    const r = responsibleBody(
      { kind: 'multipleTownships', townships: ['兴隆镇', '将台堡镇人民政府'], competentDepartment: '县水务局' },
      'especiallyMajor',
    );
    expect(r.leadership).toEqual(['县水务局', '兴隆镇人民政府', '将台堡镇人民政府']);
    expect(r.clauses).toEqual(['一(四)', '一(五)']);
  });

  it('does not change the scope it is given', () => {
    const scope = { kind: 'multipleDepartments', departments: ['县教育局', '县财政局'] } as const satisfies Scope;
    const copy = structuredClone(scope);
    const r = responsibleBody(scope, 'especiallyMajor');
    expect(scope).toEqual(copy);
    expect(r.firstResponsible).not.toBe(scope.departments);
  });
});

describe('the case record', () => {
  it('keeps the release channels (第四部分) and the responsible body, and recomputes it when the item becomes especially major', async () => {
    const { engine, cases } = await runScenario({
      name: 'record',
      modules: [sentimentResponse],
      steps: [
        on('s').open('2019-09-30T23:30:00+08:00', { subject: '校车侧翻', severity: 'major', scope: township }, { actor: monitor }),
        on('s').send('2019-10-01T00:20:00+08:00', 'info.firstReleased', weibo, body),
        on('s').send(
          '2019-10-01T00:30:00+08:00',
          'pressConference.held',
          { ...conference, alsoVia: ['pressConference', 'other'], otherChannel: '宁夏新闻网直播' },
          spokesperson,
        ),
        on('s').send('2019-10-01T01:00:00+08:00', 'sentiment.classified', { severity: 'especiallyMajor', reason: '死亡人数上升' }, office),
      ],
    });
    const view = await engine.getCase(cases.s!);
    expect(view.case.notices.map((n) => n.data)).toEqual([
      { kind: 'firstRelease', channels: ['weibo', 'wechat'], summary: weibo.summary },
      { kind: 'pressConference', channels: ['pressConference', 'other'], otherChannel: '宁夏新闻网直播', summary: conference.summary },
    ]);
    expect(view.case.notices[0]).toMatchObject({ recipient: 'public', citation: '《西吉县政府政务舆情回应制度》第四部分' });
    const context = (view.case.snapshot as { context: { severity: string; responsibility: { leadership: string[] } } }).context;
    expect(context.severity).toBe('especiallyMajor');
    expect(context.responsibility.leadership).toEqual(['县卫生健康局', '兴隆镇人民政府']);
  });

  it('hands the rumour notice the subject, situation and clues (第二部分)', async () => {
    const { engine, cases } = await runScenario({
      name: 'referral',
      modules: [sentimentResponse],
      steps: [
        on('s').open('2020-01-23T10:00:00+08:00', { subject: '疫情谣言' }, { actor: monitor }),
        on('s').send('2020-01-23T11:00:00+08:00', 'rumour.referred', rumour, office),
      ],
    });
    const notices = (await engine.getCase(cases.s!)).case.notices;
    expect(notices.map((n) => [n.name, n.recipient])).toEqual([
      ['policeReferral', 'publicSecurityBureau'],
      ['networkRegulatorReferral', 'networkRegulator'],
    ]);
    expect(notices[0]!.data).toEqual({ ...rumour, subject: '疫情谣言' });
  });
});
