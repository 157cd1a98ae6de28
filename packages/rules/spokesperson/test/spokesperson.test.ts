import { china } from '@zwgk/calendar';
import { caseSteps, describeRuleModule } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import {
  emergencySpeaker,
  eventPlanSchema,
  leadWorkingDays,
  meetsAdvanceNotice,
  requiredPressApprovals,
  spokesperson,
  writtenReplyNoticeSchema,
} from '../src/index.js';

const organizer = { id: 'education-bureau', role: 'organizer' } as const;
const office = { id: 'gov-office', role: 'governmentOffice' } as const;
const foreignAffairs = { id: 'foreign-affairs', role: 'foreignAffairsOffice' } as const;
const government = { id: 'deputy-county-head', role: 'countyGovernment' } as const;
const countySpeaker = { id: 'office-director', role: 'countySpokesperson' } as const;
const deptSpeaker = { id: 'edu-spokesperson', role: 'departmentSpokesperson' } as const;
const townSpeaker = { id: 'xinglong-spokesperson', role: 'townshipSpokesperson' } as const;

const application = { kind: 'application', organizer: '县教育局', subject: '秋季学期招生政策' } as const;
const plan = (date: string, categories: readonly string[] = ['domestic']) => ({
  kind: 'pressConference',
  date,
  time: '10:00',
  venue: '县政府新闻发布厅',
  content: '介绍秋季学期招生政策',
  invitedPress: { categories, description: '宁夏日报、固原日报、西吉县融媒体中心' },
  participants: ['县教育局局长', '县教育局新闻发言人'],
});
const submit = (date: string, categories?: readonly string[]) => ({ reference: '西教函〔2019〕12号', plan: plan(date, categories) });
const approval = { replyReference: '西政办函〔2019〕30号' };
const held = { spokesperson: '县教育局新闻发言人', summary: '发布秋季学期招生政策' };
const release = { spokesperson: '新闻发言人', summary: '通报事件基本情况' };

/** The one-line steps of the case `as`. */
const on = (as: string) => caseSteps(as, { module: 'spokesperson' });

describeRuleModule(spokesperson, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios: [
    {
      name: 'an application on 2019-09-26 for a conference on 2019-10-08 gives 4 working days of lead across National Day, is answered within 2 working days and the conference is held',
      steps: [
        on('c').open('2019-09-26T09:00:00+08:00', application, { actor: organizer, expect: { state: 'application.drafting' } }),
        on('c').send(
          '2019-09-26T09:30:00+08:00' /* Thursday; 09-27, 09-29 (调休 Sunday), 09-30 and 10-08 are the working days of lead; 10-01…10-07 国庆 */,
          'application.submitted',
          submit('2019-10-08'),
          organizer,
          {
            state: 'application.underReview',
            deadlines: {
              writtenReply: {
                dueAt: '2019-09-30T00:00:00+08:00' /* 2 working days: 09-27, 09-29 调休 */,
                warnAt: '2019-09-28T00:00:00+08:00',
                status: 'running',
              },
            },
          },
        ),
        on('c').tick('2019-09-28T00:00:00+08:00', { fired: ['writtenReply:warning'] }),
        on('c').send('2019-09-29T10:00:00+08:00' /* 调休 Sunday, a working day */, 'application.approved', approval, office, {
          state: 'application.approved',
          notices: ['writtenReply'],
          deadlines: { writtenReply: { status: 'completed', outcome: 'met' } },
        }),
        on('c').send('2019-10-08T10:00:00+08:00', 'conference.held', held, deptSpeaker, { state: 'held', status: 'done', breaches: [] }),
      ],
    },
    {
      name: '第五条(四): an application on 2019-09-30 for 2019-10-08 gives only 1 working day of lead — recorded with its breach, not refused; the office approves it and the conference is held as approved',
      steps: [
        on('c').open('2019-09-30T09:00:00+08:00', application, { actor: organizer }),
        on('c').send(
          '2019-09-30T09:10:00+08:00',
          'application.submitted',
          submit('2019-10-08' /* only 10-08 counts: 10-01…10-07 国庆 */),
          organizer,
          {
            state: 'application.underReview',
            breaches: ['applicationLate'],
            deadlines: { writtenReply: { dueAt: '2019-10-10T00:00:00+08:00' /* 10-08, 10-09 */, warnAt: '2019-10-09T00:00:00+08:00' } },
          },
        ),
        on('c').send('2019-09-30T15:00:00+08:00', 'application.approved', approval, office, {
          state: 'application.approved',
          deadlines: { writtenReply: { outcome: 'met' } },
        }),
        on('c').send('2019-10-08T10:00:00+08:00', 'conference.held', held, organizer, {
          state: 'held',
          status: 'done',
          breaches: ['applicationLate'],
        }),
      ],
    },
    {
      name: '第五条(四) 经批准后方可举行: a conference approved for 2019-10-11 but held on 2019-10-10 is recorded with its breach',
      steps: [
        on('c').open('2019-09-30T09:00:00+08:00', application, { actor: organizer }),
        on('c').send('2019-09-30T09:20:00+08:00', 'application.submitted', submit('2019-10-11'), organizer, {
          state: 'application.underReview',
          breaches: [],
          deadlines: { writtenReply: { dueAt: '2019-10-10T00:00:00+08:00' /* 10-08, 10-09 */, warnAt: '2019-10-09T00:00:00+08:00' } },
        }),
        on('c').send('2019-10-09T15:00:00+08:00', 'application.approved', approval, office, {
          deadlines: { writtenReply: { outcome: 'met' } },
        }),
        on('c').send('2019-10-10T10:00:00+08:00', 'conference.held', held, organizer, {
          state: 'held',
          status: 'done',
          breaches: ['heldWithoutApproval'] /* not the approved date */,
        }),
      ],
    },
    {
      name: 'by default the conference day counts: an application on 2019-09-27 for 2019-10-08 has exactly 3 working days of lead and is accepted',
      steps: [
        on('c').open('2019-09-27T16:00:00+08:00', application, { actor: organizer }),
        on('c').send('2019-09-27T16:30:00+08:00' /* 09-29 调休, 09-30, 10-08 */, 'application.submitted', submit('2019-10-08'), organizer, {
          state: 'application.underReview',
          breaches: [],
          deadlines: { writtenReply: { dueAt: '2019-10-01T00:00:00+08:00' /* 09-29, 09-30 */ } },
        }),
      ],
    },
    {
      name: 'with conferenceDayCounts false the same application has only 2 working days strictly between: it is late, recorded with its breach',
      parameters: { spokesperson: { conferenceDayCounts: false } },
      steps: [
        on('c').open('2019-09-27T16:00:00+08:00', application, { actor: organizer }),
        on('c').send('2019-09-27T16:30:00+08:00', 'application.submitted', submit('2019-10-08'), organizer, {
          state: 'application.underReview',
          breaches: ['applicationLate'],
        }),
      ],
    },
    {
      name: 'over Spring Festival 2021 an application on 9 February is late for 18 February (its breach recorded) and in time for 19 February; refused, a conference held anyway is recorded on the closed case',
      steps: [
        on('late').open('2021-02-09T09:00:00+08:00', application, { actor: organizer }),
        on('late').send(
          '2021-02-09T09:05:00+08:00',
          'application.submitted',
          submit('2021-02-18' /* 02-11…02-17 春节: only 02-10, 02-18 */),
          organizer,
          { state: 'application.underReview', breaches: ['applicationLate'] },
        ),
        on('c').open('2021-02-09T09:06:00+08:00', application, { actor: organizer }),
        on('c').send('2021-02-09T09:10:00+08:00', 'application.submitted', submit('2021-02-19'), organizer, {
          breaches: [],
          deadlines: { writtenReply: { dueAt: '2021-02-19T00:00:00+08:00' /* 02-10, 02-18 */, warnAt: '2021-02-11T00:00:00+08:00' } },
        }),
        on('c').send(
          '2021-02-18T11:00:00+08:00',
          'application.refused',
          { replyReference: '西政办函〔2021〕5号', reason: '内容已由县政府统一发布' },
          office,
          { state: 'refused', status: 'done', notices: ['writtenReply'], deadlines: { writtenReply: { outcome: 'met' } } },
        ),
        on('c').send('2021-02-19T10:00:00+08:00', 'conference.held', held, organizer, {
          state: 'refused',
          status: 'done',
          breaches: ['heldWithoutApproval'],
        }),
      ],
    },
    {
      name: 'a conference inviting Hong Kong media and Taiwan reporters is held once the government office and the foreign affairs office have approved them (the government office cannot approve Taiwan press)',
      steps: [
        on('c').open('2020-09-21T09:00:00+08:00', application, { actor: organizer }),
        on('c').send(
          '2020-09-21T09:10:00+08:00',
          'application.submitted',
          submit('2020-09-25', ['domestic', 'hongKongMacao', 'taiwan']),
          organizer,
          { state: 'application.underReview' },
        ),
        on('c').send(
          '2020-09-21T10:00:00+08:00',
          'press.approved',
          { categories: ['hongKongMacao'], reference: '西政办外〔2020〕1号' },
          office,
          { state: 'application.underReview' },
        ),
        on('c').send('2020-09-22T10:00:00+08:00', 'application.approved', approval, office, { state: 'application.approved' }),
        on('c').send('2020-09-25T09:05:00+08:00', 'press.approved', { categories: ['taiwan'], reference: '外办批〔2020〕3号' }, office, {
          rejected: 'EVENT_NOT_ALLOWED' /* the government office does not approve Taiwan press */,
        }),
        on('c').send(
          '2020-09-25T09:10:00+08:00',
          'press.approved',
          { categories: ['foreignVisiting'], reference: '外办批〔2020〕3号' },
          foreignAffairs,
          { rejected: 'EVENT_NOT_ALLOWED' /* not the press the plan invites */ },
        ),
        on('c').send(
          '2020-09-25T09:15:00+08:00',
          'press.approved',
          { categories: ['taiwan'], reference: '外办批〔2020〕3号' },
          foreignAffairs,
          { state: 'application.approved' },
        ),
        on('c').send('2020-09-25T10:00:00+08:00', 'conference.held', held, deptSpeaker, { state: 'held', status: 'done', breaches: [] }),
      ],
    },
    {
      name: '第五条(七): a conference inviting a foreign news agency in China, held without the government office approving that press, is recorded with its breach',
      steps: [
        on('c').open('2018-04-02T09:00:00+08:00', application, { actor: organizer }),
        on('c').send(
          '2018-04-02T09:10:00+08:00',
          'application.submitted',
          submit('2018-04-09' /* 04-05…04-07 清明 2018, 04-08 调休 Sunday */, ['foreignResident']),
          organizer,
        ),
        on('c').send('2018-04-03T09:00:00+08:00', 'application.approved', approval, office),
        on('c').send('2018-04-09T09:00:00+08:00', 'conference.held', held, organizer, {
          state: 'held',
          status: 'done',
          breaches: ['pressInvitedWithoutApproval'],
        }),
      ],
    },
    {
      name: '第五条(四) 未经批准不得擅自组织: conferences held without any application, and while the application is under review, are recorded with their breach and end the cases',
      steps: [
        on('none').open('2019-09-23T09:00:00+08:00', application, { actor: organizer }),
        on('none').send('2019-09-23T10:00:00+08:00', 'conference.held', held, organizer, {
          state: 'held',
          status: 'done',
          breaches: ['heldWithoutApproval'],
        }),
        on('c').open('2019-09-23T10:05:00+08:00', application, { actor: organizer }),
        on('c').send('2019-09-23T10:10:00+08:00', 'application.submitted', submit('2019-09-30'), organizer),
        on('c').send('2019-09-24T10:00:00+08:00', 'conference.held', held, organizer, {
          state: 'held',
          status: 'done',
          breaches: ['heldWithoutApproval'],
          deadlines: { writtenReply: { status: 'cancelled' } },
        }),
      ],
    },
    {
      name: 'a written reply not given within 2 working days records a breach, and the late approval is marked missed',
      steps: [
        on('c').open('2018-04-02T09:00:00+08:00', application, { actor: organizer }),
        on('c').send('2018-04-02T09:10:00+08:00', 'application.submitted', submit('2018-04-10'), organizer, {
          deadlines: {
            writtenReply: { dueAt: '2018-04-05T00:00:00+08:00' /* 04-03, 04-04; 清明 from 04-05 */, warnAt: '2018-04-04T00:00:00+08:00' },
          },
        }),
        on('c').tick('2018-04-05T00:00:00+08:00', {
          fired: ['writtenReply:warning', 'writtenReply:due'],
          breaches: ['replyOverdue'],
          state: 'application.underReview',
        }),
        on('c').send('2018-04-08T10:00:00+08:00', 'application.approved', approval, office, {
          state: 'application.approved',
          deadlines: { writtenReply: { status: 'completed', outcome: 'missed' } },
        }),
        on('c').send('2018-04-09T10:00:00+08:00', 'application.withdrawn', { reason: '活动取消' }, organizer, {
          state: 'withdrawn',
          status: 'done',
          breaches: ['replyOverdue'],
        }),
      ],
    },
    {
      name: 'an application withdrawn while under review cancels the reply deadline; a draft may be withdrawn too',
      steps: [
        on('c').open('2020-09-28T09:00:00+08:00', application, { actor: organizer }),
        on('c').send('2020-09-28T09:10:00+08:00', 'application.submitted', submit('2020-10-12'), organizer, {
          deadlines: { writtenReply: { dueAt: '2020-10-01T00:00:00+08:00' /* 09-29, 09-30; 国庆 2020 from 10-01 */ } },
        }),
        on('c').send('2020-09-29T09:00:00+08:00', 'application.withdrawn', { reason: '改为网上发布' }, organizer, {
          state: 'withdrawn',
          deadlines: { writtenReply: { status: 'cancelled' } },
        }),
        on('d').open('2020-09-29T10:00:00+08:00', application, { actor: organizer }),
        on('d').send('2020-09-29T10:05:00+08:00', 'application.withdrawn', { reason: '不再举办' }, organizer, {
          state: 'withdrawn',
          status: 'done',
        }),
      ],
    },
    {
      name: 'news of a major emergency is released by the county government spokesperson, not a department spokesperson',
      steps: [
        on('e').open(
          '2019-10-01T08:00:00+08:00' /* 国庆: releases go on at any time */,
          { kind: 'emergency', subject: '山洪灾害', impact: 'major' },
          { actor: countySpeaker, expect: { state: 'emergency.awaitingRelease' } },
        ),
        on('e').send('2019-10-01T08:30:00+08:00', 'emergency.released', release, deptSpeaker, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('e').send('2019-10-01T08:40:00+08:00', 'emergency.released', release, countySpeaker, { state: 'released', status: 'done' }),
      ],
    },
    // 第五条(二)(三): 经(有关)领导同意 is an approval the case records; a conference held or a release
    // made without it is recorded (it happened) with its breach.
    ...(
      [
        { consent: 'consented', heldAt: '2020-09-30T15:00:00+08:00', state: 'held', breaches: [] },
        { consent: 'none', heldAt: '2020-09-30T15:00:00+08:00', state: 'held', breaches: ['adHocHeldWithoutConsent'] },
        { consent: 'declined', heldAt: null, state: 'refused', breaches: [] },
      ] as const
    ).map(({ consent, heldAt, state, breaches }) => ({
      name: `第五条(二): an ad-hoc press conference ${consent === 'consented' ? 'held after the leader consents' : consent === 'none' ? "held without the leader's consent is recorded with the breach" : 'the leader declines ends refused'}`,
      steps: [
        on('c').open(
          '2020-09-30T09:00:00+08:00' /* eve of 国庆 2020: no 3-working-day notice for an ad-hoc conference */,
          {
            kind: 'adHocConference',
            subject: '国庆假期疫情防控安排',
            proposedBy: ['县政府办公室', '县卫生健康局'],
            form: 'pressConference',
          },
          { actor: office, expect: { state: 'adHoc.awaitingConsent', deadlines: { writtenReply: 'absent' } } },
        ),
        ...(consent === 'consented'
          ? [
              on('c').send('2020-09-30T10:00:00+08:00', 'leader.consented', { approver: '常务副县长' }, office, {
                rejected: 'ROLE_NOT_ALLOWED' as const /* the leader consents, not the office */,
              }),
              on('c').send('2020-09-30T10:01:00+08:00', 'leader.consented', { approver: '常务副县长' }, government, {
                state: 'adHoc.leaderConsented',
              }),
            ]
          : consent === 'declined'
            ? [
                on('c').send(
                  '2020-09-30T10:01:00+08:00',
                  'leader.declined',
                  { approver: '常务副县长', reason: '以书面通报代替' },
                  government,
                  { state: 'refused', status: 'done' as const },
                ),
              ]
            : []),
        ...(heldAt
          ? [
              on('c').send(
                heldAt,
                'conference.held',
                { spokesperson: '县政府办公室主任', summary: '通报假期疫情防控安排' },
                countySpeaker,
                { state, status: 'done' as const, breaches: [...breaches] },
              ),
            ]
          : []),
      ],
    })),
    ...(
      [
        { consent: true, speaker: 'dept', breaches: [] },
        { consent: false, speaker: 'county', breaches: ['hotTopicReleasedWithoutConsent'] },
      ] as const
    ).map(({ consent, speaker, breaches }) => ({
      name: `第五条(三): a hot-topic clarification on the office's opinion ${consent ? 'released after the leader consents' : 'released without the consent is recorded with the breach'}, and its follow-up releases are recorded after closure`,
      steps: [
        on('h').open(
          '2021-10-04T09:00:00+08:00' /* 国庆 2021 */,
          { kind: 'hotTopic', subject: '网传西吉县城区限行', opinion: '由县公安局新闻发言人澄清限行传言' },
          { actor: office, expect: { state: 'hotTopic.awaitingConsent' } },
        ),
        ...(consent
          ? [
              on('h').send('2021-10-04T09:30:00+08:00', 'leader.consented', { approver: '副县长', reference: '电话同意' }, government, {
                state: 'hotTopic.awaitingRelease',
              }),
            ]
          : []),
        on('h').send('2021-10-04T10:00:00+08:00', 'hotTopic.released', release, townSpeaker, {
          rejected: 'ROLE_NOT_ALLOWED' as const /* 由政府新闻发言人或政府部门新闻发言人 */,
        }),
        on('h').send('2021-10-04T10:01:00+08:00', 'hotTopic.released', release, speaker === 'dept' ? deptSpeaker : countySpeaker, {
          state: 'released',
          status: 'done' as const,
          breaches: [...breaches],
        }),
        on('h').send(
          '2021-10-05T10:00:00+08:00',
          'release.followedUp',
          { spokesperson: '县公安局新闻发言人', summary: '公布传言来源调查结果' },
          deptSpeaker,
          { state: 'released', status: 'done' as const, breaches: [...breaches] },
        ),
      ],
    })),
    {
      name: '第五条(五)(六): an emergency closed at its first release records each follow-up release; a conference case does not',
      steps: [
        on('e').open(
          '2021-10-02T09:00:00+08:00',
          { kind: 'emergency', subject: '暴雨致道路塌陷', impact: 'general', township: '将台堡镇' },
          { actor: townSpeaker },
        ),
        on('e').send('2021-10-02T09:30:00+08:00', 'emergency.released', release, townSpeaker, { state: 'released', status: 'done' }),
        on('e').send('2021-10-02T12:00:00+08:00', 'release.followedUp', { spokesperson: '镇新闻发言人', summary: '' }, townSpeaker, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('e').send(
          '2021-10-02T12:01:00+08:00',
          'release.followedUp',
          { spokesperson: '镇新闻发言人', summary: '抢修进展：已设置绕行线路' },
          townSpeaker,
          { state: 'released', status: 'done', breaches: [] },
        ),
        on('e').send(
          '2021-10-03T08:00:00+08:00',
          'release.followedUp',
          { spokesperson: '镇新闻发言人', summary: '道路已恢复通行' },
          townSpeaker,
          { state: 'released', status: 'done' },
        ),
        on('e').send('2021-10-03T08:05:00+08:00', 'emergency.released', release, townSpeaker, { rejected: 'CASE_CLOSED' }),
      ],
    },
    // 第五条(五): news of a significant emergency (影响较大) is released by a department or township
    // spokesperson after the government consents; released without the consent, it is recorded with its breach.
    ...(
      [
        {
          name: '第五条(五): news of a significant emergency released before the government consents is recorded with the breach',
          consentedAt: null,
          refusedAt: '2022-02-01T09:05:00+08:00',
          releasedAt: '2022-02-01T09:10:00+08:00',
          released: { state: 'released', status: 'done', breaches: ['emergencyReleasedWithoutConsent'] },
        },
        {
          name: 'news of a significant emergency waits for the government’s consent and is released by the township spokesperson',
          consentedAt: '2022-02-01T09:20:00+08:00',
          refusedAt: '2022-02-01T09:30:00+08:00',
          releasedAt: '2022-02-01T09:40:00+08:00',
          released: { state: 'released', status: 'done' },
        },
      ] as const
    ).map(({ name, consentedAt, refusedAt, releasedAt, released }) => ({
      name,
      steps: [
        on('e').open(
          '2022-02-01T09:00:00+08:00' /* 春节 2022 */,
          { kind: 'emergency', subject: '燃气泄漏', impact: 'significant', township: '兴隆镇' },
          { actor: townSpeaker, expect: { state: 'emergency.awaitingConsent' } },
        ),
        ...(consentedAt
          ? [on('e').send(consentedAt, 'emergency.consented', { approver: '副县长' }, government, { state: 'emergency.awaitingRelease' })]
          : []),
        on('e').send(refusedAt, 'emergency.released', release, countySpeaker, {
          rejected: 'EVENT_NOT_ALLOWED' /* 影响较大: a department or township spokesperson */,
        }),
        on('e').send(releasedAt, 'emergency.released', release, townSpeaker, released),
      ],
    })),
    {
      name: 'news of a general emergency is released by the township spokesperson without consent',
      steps: [
        on('e').open(
          '2021-10-02T09:00:00+08:00',
          { kind: 'emergency', subject: '道路塌陷', impact: 'general', township: '将台堡镇' },
          { actor: townSpeaker, expect: { state: 'emergency.awaitingRelease' } },
        ),
        on('e').send('2021-10-02T09:05:00+08:00', 'emergency.consented', { approver: '副县长' }, government, {
          rejected: 'EVENT_NOT_ALLOWED',
        }),
        on('e').send('2021-10-02T09:10:00+08:00', 'emergency.released', release, townSpeaker, { state: 'released' }),
      ],
    },
    {
      name: 'events from the wrong role, in the wrong state or with an invalid payload are rejected',
      steps: [
        on('bad').open(
          '2019-09-23T09:00:00+08:00',
          { kind: 'application', organizer: '', subject: 'x' },
          { actor: organizer, expect: { rejected: 'INVALID_PAYLOAD' } },
        ),
        on('bad').open(
          '2019-09-23T09:00:00+08:00',
          { kind: 'emergency', subject: 'x', impact: 'catastrophic' },
          { actor: organizer, expect: { rejected: 'INVALID_PAYLOAD' } },
        ),
        on('c').open('2019-09-23T09:00:00+08:00', application, { actor: organizer }),
        on('c').send('2019-09-23T09:01:00+08:00', 'application.approved', approval, office, {
          rejected: 'EVENT_NOT_ALLOWED' /* nothing submitted yet */,
        }),
        on('c').send('2019-09-23T09:02:00+08:00', 'application.submitted', submit('2019-09-30'), office, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('c').send(
          '2019-09-23T09:03:00+08:00',
          'application.submitted',
          { reference: 'x', plan: { ...plan('2019-09-30'), venue: '' } },
          organizer,
          { rejected: 'INVALID_PAYLOAD' /* 地点 missing */ },
        ),
        on('c').send('2019-09-23T09:04:00+08:00', 'application.submitted', { reference: 'x', plan: plan('2019-09-30', []) }, organizer, {
          rejected: 'INVALID_PAYLOAD' /* 邀请记者范围 empty */,
        }),
        on('c').send('2019-09-23T09:05:00+08:00', 'application.submitted', { reference: 'x', plan: plan('30/09/2019') }, organizer, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('c').send('2019-09-23T09:07:00+08:00', 'application.submitted', submit('2019-09-30'), organizer, {
          state: 'application.underReview',
        }),
        on('c').send('2019-09-23T09:08:00+08:00', 'application.approved', approval, organizer, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('c').send('2019-09-23T09:09:00+08:00', 'application.refused', { replyReference: 'x', reason: '' }, office, {
          rejected: 'INVALID_PAYLOAD',
        }),
        on('c').send('2019-09-23T09:10:00+08:00', 'press.approved', { categories: ['domestic'], reference: 'x' }, office, {
          rejected: 'INVALID_PAYLOAD' /* domestic press needs no approval */,
        }),
        on('c').send('2019-09-23T09:11:00+08:00', 'press.approved', { categories: ['taiwan'], reference: 'x' }, foreignAffairs, {
          rejected: 'EVENT_NOT_ALLOWED' /* the plan invites no Taiwan press */,
        }),
        on('c').send('2019-09-23T09:12:00+08:00', 'emergency.released', release, countySpeaker, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('c').send('2019-09-23T09:13:00+08:00', 'case.cancelled', {}, office, { rejected: 'UNKNOWN_EVENT' }),
        on('c').send('2019-09-24T09:00:00+08:00', 'application.approved', approval, office),
        on('c').send('2019-09-30T09:00:00+08:00', 'conference.held', held, office, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('c').send('2019-09-30T09:01:00+08:00', 'conference.held', held, organizer, { status: 'done' }),
        on('c').send('2019-09-30T09:02:00+08:00', 'application.withdrawn', { reason: 'x' }, organizer, { rejected: 'CASE_CLOSED' }),
      ],
    },
  ],
});

describe('leadWorkingDays and meetsAdvanceNotice (第五条(四) 提前3个工作日)', () => {
  it('counts the working days after the application day up to the conference day, across National Day 2019', () => {
    expect(leadWorkingDays(china, '2019-09-26', '2019-10-08', true)).toBe(4);
    expect(leadWorkingDays(china, '2019-09-27', '2019-10-08', true)).toBe(3);
    expect(leadWorkingDays(china, '2019-09-30', '2019-10-08', true)).toBe(1);
  });

  it('leaves the conference day out when countConferenceDay is false', () => {
    expect(leadWorkingDays(china, '2019-09-27', '2019-10-08', false)).toBe(2);
    expect(leadWorkingDays(china, '2019-09-27', '2019-10-09', false)).toBe(3);
    expect(leadWorkingDays(china, '2019-12-30', '2020-01-03', false)).toBe(2 /* across the year end: 12-31, 01-02 */);
  });

  it('requires at least 3 working days', () => {
    expect(meetsAdvanceNotice(china, '2019-09-26', '2019-10-08')).toBe(true);
    expect(meetsAdvanceNotice(china, '2019-09-30', '2019-10-08')).toBe(false);
    expect(meetsAdvanceNotice(china, '2021-02-09', '2021-02-18' /* 春节 2021 */)).toBe(false);
    expect(meetsAdvanceNotice(china, '2021-02-09', '2021-02-19')).toBe(true);
    expect(meetsAdvanceNotice(china, '2019-10-08', '2019-10-08')).toBe(false);
    expect(meetsAdvanceNotice(china, '2019-10-09', '2019-10-08' /* before the application */)).toBe(false);
  });

  it('counts a conference on a weekend by the working days before it', () => {
    expect(leadWorkingDays(china, '2019-09-18', '2019-09-21' /* Saturday */, true)).toBe(2);
  });
});

describe('emergencySpeaker (第五条(五))', () => {
  it('gives the county government spokesperson for a major emergency', () => {
    expect(emergencySpeaker('major')).toEqual({ speakers: ['countySpokesperson'], needsGovernmentConsent: false });
  });
  it('gives a department or township spokesperson, after government consent, for a significant emergency', () => {
    expect(emergencySpeaker('significant')).toEqual({
      speakers: ['departmentSpokesperson', 'townshipSpokesperson'],
      needsGovernmentConsent: true,
    });
  });
  it('gives the township spokesperson for a general emergency', () => {
    expect(emergencySpeaker('general')).toEqual({ speakers: ['townshipSpokesperson'], needsGovernmentConsent: false });
  });
});

describe('requiredPressApprovals (第五条(七))', () => {
  it('needs no approval for domestic press', () => {
    expect(requiredPressApprovals(['domestic'])).toEqual([]);
  });
  it('sends Hong Kong, Macao and foreign resident press to the government office, visiting foreign and Taiwan press to the foreign affairs office', () => {
    expect(requiredPressApprovals(['hongKongMacao'])).toEqual(['governmentOffice']);
    expect(requiredPressApprovals(['foreignResident', 'hongKongMacao'])).toEqual(['governmentOffice']);
    expect(requiredPressApprovals(['foreignVisiting'])).toEqual(['foreignAffairsOffice']);
    expect(requiredPressApprovals(['taiwan', 'domestic', 'foreignResident'])).toEqual(['governmentOffice', 'foreignAffairsOffice']);
  });
  it('does not change its input', () => {
    const categories = ['taiwan', 'domestic'] as const;
    const copy = [...categories];
    requiredPressApprovals(categories);
    expect(categories).toEqual(copy);
  });
});

describe('the event plan (第五条(四) 活动方案)', () => {
  it('requires time, venue, content and the press invited', () => {
    expect(eventPlanSchema.safeParse(plan('2019-10-08')).success).toBe(true);
    const { venue: _v, ...noVenue } = plan('2019-10-08');
    expect(eventPlanSchema.safeParse(noVenue).success).toBe(false);
    expect(eventPlanSchema.safeParse({ ...plan('2019-10-08'), content: ' ' }).success).toBe(false);
    expect(eventPlanSchema.safeParse({ ...plan('2019-10-08'), time: '25:00' }).success).toBe(false);
    expect(eventPlanSchema.safeParse({ ...plan('2019-10-08'), invitedPress: { categories: ['domestic'], description: '' } }).success).toBe(
      false,
    );
  });
  it('the written reply notice names the decision, the organiser and the conference date', () => {
    expect(
      writtenReplyNoticeSchema.safeParse({ decision: 'approved', organizer: '县教育局', replyReference: 'x', conferenceDate: '2019-10-08' })
        .success,
    ).toBe(true);
    expect(writtenReplyNoticeSchema.safeParse({ decision: 'approved', organizer: '县教育局', replyReference: 'x' }).success).toBe(false);
  });
});

describe('the breaches of 第五条(二)(三)(五) cite their items', () => {
  it('names the clause of each consent the text requires', () => {
    expect(spokesperson.breaches?.adHocHeldWithoutConsent?.clause).toBe('第五条(二)');
    expect(spokesperson.breaches?.hotTopicReleasedWithoutConsent?.clause).toBe('第五条(三)');
    expect(spokesperson.breaches?.emergencyReleasedWithoutConsent?.clause).toBe('第五条(五)');
    expect(spokesperson.afterClosure?.['release.followedUp']?.clause).toBe('第五条(六)');
  });
});
