import { caseSteps, describeRuleModule, runScenario, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import {
  consultationPublishedSchema,
  hasEnded,
  inquiryNoticeSchema,
  isWithinWindow,
  mentionsReporter,
  publicParticipation,
  reportResultNoticeSchema,
} from '../src/index.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: 'public-participation' });

const readme = new URL('../README.md', import.meta.url).pathname;

const office = { id: 'zwgk-office', role: 'authority', name: '县政务公开办公室' } as const;
const citizen = { id: 'citizen-1', role: 'participant', name: '马某' } as const;
const supervisor = { id: 'jw', role: 'supervisor', name: '县监察委员会' } as const;

const consultation = {
  kind: 'consultation',
  subject: '西吉县2020年政务公开工作要点（征求意见稿）',
  authority: '西吉县人民政府办公室',
} as const;

/** Everything 第四条 asks to publish; the period ends on 8 October 2020, a day of the National Day holiday. */
const published = {
  background: '根据国务院办公厅2020年政务公开工作要点，结合我县实际起草。',
  startsOn: '2020-09-25',
  endsOn: '2020-10-08' /* 国庆+中秋 holiday: the published end date is not rolled forward */,
  channels: ['email', 'letter', 'website'],
  contact: { department: '县人民政府办公室政务公开股', phone: '0954-0000000', email: 'zwgk@example.gov.cn' },
  publishedVia: ['西吉县人民政府网站'],
};

const opinion = (content: string) => ({ channel: 'email', content, participant: { name: '马某', contact: 'ma@example.com' } });
const analysed = (count: number) => ({
  categories: [{ category: '公开范围', count, summary: '建议扩大财政预决算公开范围' }],
  consideration: '已将财政预决算细化到项目纳入工作要点。',
});
const feedback = {
  via: ['西吉县人民政府网站'],
  summary: '共收到意见2条，采纳1条。',
  adopted: ['财政预决算细化到项目公开'],
  notAdopted: [{ opinion: '公开全部会议录音', reason: '涉及内部讨论，不属于应当公开的政府信息' }],
};

const reporter = { name: '苏某某', contact: '13900000000' };
const obstructionReport = {
  kind: 'report',
  against: 'obstruction',
  reporter,
  channel: 'hotline',
  accused: '某乡人民政府',
  facts: '申请公开征地补偿标准被拒绝查阅，工作人员称"不归你管"。',
  receivedBy: '西吉县人民政府办公室',
} as const;

/** A symposium on the 工作要点 (第六条), noticed on 2021-09-06 for the morning of 2021-09-09. */
const symposium = {
  kind: 'symposium',
  startsAt: '2021-09-09T08:00:00+08:00',
  place: '县政府三楼会议室',
  topic: '政务公开工作要点',
  agenda: ['说明起草情况', '听取意见'],
  participants: ['乡镇代表', '企业代表'],
};
/** A hearing closed to the public (第七条): valid only once it names the secret that closes it. */
const closedHearing = {
  public: false,
  legalBasis: '《中华人民共和国行政许可法》第四十六条',
  matter: '供水特许经营价格',
  startsAt: '2021-09-20T09:00:00+08:00',
  place: '县政府会议中心',
};
/** The record of a hearing held with the parties' rights of statement, cross-examination and defence. */
const hearingRecord = { rights: { statement: true, crossExamination: true, defence: true }, speakers: 8, record: '听证笔录' };

const scenarios: Omit<Scenario, 'modules'>[] = [
  {
    name: 'a consultation published before the 2020 National Day holiday takes written opinions until 24:00 of its end date, then is analysed and ends only with the feedback',
    steps: [
      on('c').open('2020-09-24T09:00:00+08:00', consultation, {
        actor: office,
        expect: { state: 'consultation.preparing', status: 'open' },
      }),
      // Nothing is taken before the consultation is published (第四条).
      on('c').send('2020-09-24T10:00:00+08:00', 'opinion.submitted', opinion('提前提交'), citizen, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('c').send('2020-09-24T11:00:00+08:00', 'consultation.published', published, citizen, { rejected: 'ROLE_NOT_ALLOWED' }),
      // 第四条第(四)项: a contact department with no way to reach it is not enough.
      on('c').send(
        '2020-09-24T11:30:00+08:00',
        'consultation.published',
        { ...published, contact: { department: '县人民政府办公室' } },
        office,
        { rejected: 'INVALID_PAYLOAD' },
      ),
      on('c').send('2020-09-24T11:40:00+08:00', 'consultation.published', { ...published, endsOn: '2020-09-23' }, office, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('c').send('2020-09-24T12:00:00+08:00', 'consultation.published', published, office, {
        state: 'consultation.collecting',
        notices: ['consultationAnnouncement'],
      }),
      // Published on 24 September for a period starting on 25 September: an opinion on the 24th is early.
      on('c').send('2020-09-24T15:00:00+08:00', 'opinion.submitted', opinion('提前提交'), citizen, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('c').send('2020-09-28T09:00:00+08:00', 'opinion.submitted', opinion('财政预决算应细化到项目'), citizen, {
        state: 'consultation.collecting',
      }),
      on('c').send('2020-09-28T09:10:00+08:00', 'opinion.submitted', { channel: 'email', content: '' }, citizen, {
        rejected: 'INVALID_PAYLOAD',
      }),
      // A letter posted on the last day counts (occurredAt = postmark), even entered after the holiday.
      {
        at: '2020-10-09T09:00:00+08:00',
        send: {
          case: 'c',
          type: 'opinion.submitted',
          payload: { channel: 'letter', content: '建议公开全部会议录音' },
          actor: office,
          occurredAt: '2020-10-08T16:00:00+08:00' /* 国庆 holiday, last day */,
        },
        expect: { state: 'consultation.collecting' },
      },
      // 第四条第二款: an opinion after 24:00 of the end date is out of time.
      on('c').send('2020-10-09T09:05:00+08:00', 'opinion.submitted', opinion('迟到的意见'), citizen, { rejected: 'EVENT_NOT_ALLOWED' }),
      {
        at: '2020-10-09T10:00:00+08:00',
        send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office, occurredAt: '2020-10-08T18:00:00+08:00' },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      on('c').send('2020-10-09T10:05:00+08:00', 'consultation.closed', {}, office, { state: 'consultation.analysing' }),
      // 归类整理: both written opinions must be in a category.
      on('c').send('2020-10-12T10:00:00+08:00', 'opinions.analysed', analysed(1), office, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('c').send('2020-10-12T10:05:00+08:00', 'opinions.analysed', analysed(2), office, {
        state: 'consultation.feedback',
        status: 'open',
      }),
      // 第八条: no way to end the case but the feedback, and the feedback must say what was not adopted and why.
      on('c').send('2020-10-13T10:00:00+08:00', 'feedback.given', { ...feedback, notAdopted: [{ opinion: '公开全部会议录音' }] }, office, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('c').send('2020-10-13T10:05:00+08:00', 'feedback.given', feedback, office, {
        state: 'concluded',
        status: 'done',
        notices: ['feedbackNotice'],
        breaches: [],
      }),
      on('c').send('2020-10-14T10:00:00+08:00', 'opinion.submitted', opinion('结束后'), citizen, { rejected: 'CASE_CLOSED' }),
    ],
  },
  {
    name: 'a consultation whose end date has passed cannot be published',
    steps: [
      on('c').open('2021-02-18T09:00:00+08:00', consultation, { actor: office }),
      on('c').send(
        '2021-02-18T10:00:00+08:00',
        'consultation.published',
        { ...published, startsOn: '2021-02-01', endsOn: '2021-02-17' /* 春节 holiday, already past */ },
        office,
        { rejected: 'EVENT_NOT_ALLOWED', state: 'consultation.preparing' },
      ),
    ],
  },
  {
    name: 'with a 24-hour notice lead, a questionnaire, a symposium announced on the website and a closed hearing on trade secrets run before the consultation can close',
    parameters: { 'public-participation': { meetingNoticeLeadHours: 24 } },
    steps: [
      on('c').open('2021-09-01T09:00:00+08:00', consultation, { actor: office }),
      on('c').send(
        '2021-09-01T10:00:00+08:00',
        'consultation.published',
        { ...published, startsOn: '2021-09-01', endsOn: '2021-09-30' },
        office,
        { state: 'consultation.collecting', notices: ['consultationAnnouncement'] },
      ),
      on('c').send(
        '2021-09-02T10:00:00+08:00',
        'questionnaire.conducted',
        {
          questions: ['您是否经常访问县政府网站？'],
          sampleSize: 300,
          scope: '全县各乡镇居民',
          scopeReasons: '事项影响全县，关注度高',
          responses: 0,
        },
        office,
        { rejected: 'INVALID_PAYLOAD' },
      ),
      on('c').send(
        '2021-09-02T10:05:00+08:00',
        'questionnaire.conducted',
        {
          explanation: '为了解群众对政务公开的需求，说明如下……',
          questions: ['您是否经常访问县政府网站？'],
          sampleSize: 300,
          scope: '全县各乡镇居民',
          scopeReasons: '事项影响全县，关注度高',
          responses: 276,
        },
        office,
        { state: 'consultation.collecting', notices: [] },
      ),
      // 提前通知: 12 hours ahead is less than the 24-hour lead set by the parameter.
      on('c').send('2021-09-06T20:00:00+08:00', 'meeting.noticed', { ...symposium, startsAt: '2021-09-07T08:00:00+08:00' }, office, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('c').send('2021-09-06T20:05:00+08:00', 'meeting.noticed', { ...symposium, agenda: [], participants: ['乡镇代表'] }, office, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('c').send('2021-09-06T20:10:00+08:00', 'meeting.noticed', { ...symposium, announceVia: ['西吉县人民政府网站'] }, office, {
        notices: ['meetingNotice', 'meetingAnnouncement'],
      }),
      on('c').send(
        '2021-09-07T09:00:00+08:00',
        'meeting.noticed',
        {
          kind: 'expertPanel',
          startsAt: '2021-09-10T09:00:00+08:00',
          place: '县政府五楼会议室',
          topic: '数据开放的可行性',
          agenda: ['专家论证'],
          participants: ['宁夏大学专家'],
        },
        office,
        { notices: ['meetingNotice'] },
      ),
      // 第七条: a closed hearing must name the secret that closes it.
      on('c').send('2021-09-10T09:00:00+08:00', 'hearing.announced', closedHearing, office, { rejected: 'INVALID_PAYLOAD' }),
      on('c').send('2021-09-10T09:05:00+08:00', 'hearing.announced', { ...closedHearing, secretGround: 'tradeSecret' }, office, {
        notices: ['hearingAnnouncement'],
      }),
      on('c').send(
        '2021-09-11T09:00:00+08:00',
        'hearing.announced',
        {
          public: true,
          legalBasis: '《价格法》第二十三条',
          matter: '另一事项',
          startsAt: '2021-09-25T09:00:00+08:00',
          place: '县政府会议中心',
        },
        office,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      on('c').send('2021-09-15T09:00:00+08:00', 'hearing.held', hearingRecord, office, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('c').send(
        '2021-09-20T12:00:00+08:00',
        'hearing.held',
        { ...hearingRecord, rights: { ...hearingRecord.rights, crossExamination: false } },
        office,
        { rejected: 'INVALID_PAYLOAD' },
      ),
      // The period is over but the announced hearing has not been held: the consultation stays open.
      on('c').send('2021-10-08T09:00:00+08:00', 'consultation.closed', {}, office, { rejected: 'EVENT_NOT_ALLOWED' }),
      {
        at: '2021-10-08T10:00:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.held',
          payload: hearingRecord,
          actor: office,
          occurredAt: '2021-09-20T12:00:00+08:00',
        },
      },
      on('c').send('2021-10-08T10:05:00+08:00', 'consultation.closed', {}, office, { state: 'consultation.analysing' }),
      on('c').send(
        '2021-10-09T10:00:00+08:00',
        'opinions.analysed',
        { categories: [], consideration: '问卷和听证意见已纳入决策' },
        office,
        { state: 'consultation.feedback' },
      ),
      on('c').send('2021-10-11T10:00:00+08:00', 'feedback.given', feedback, office, {
        state: 'concluded',
        status: 'done',
        notices: ['feedbackNotice'],
      }),
    ],
  },
  {
    name: 'a report of obstruction is investigated without naming the reporter to the reported unit, and the result is told to the reporter',
    steps: [
      on('r').open('2019-09-27T10:00:00+08:00', obstructionReport, { actor: office, expect: { state: 'report.investigating' } }),
      // 第十三条: a question that names the reporter would reveal them to the reported unit.
      on('r').send('2019-09-27T11:00:00+08:00', 'inquiry.sent', { questions: ['苏某某反映你乡拒绝查阅，请说明'] }, office, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('r').send('2019-09-27T11:05:00+08:00', 'inquiry.sent', { questions: ['请回电 139 0000 0000 说明'] }, office, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      // 第十条: an obstruction report is the disclosure authority's to investigate.
      on('r').send('2019-09-27T11:10:00+08:00', 'inquiry.sent', { questions: ['请说明拒绝查阅征地补偿标准的情况'] }, supervisor, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('r').send('2019-09-27T11:15:00+08:00', 'inquiry.sent', { questions: ['请说明拒绝查阅征地补偿标准的情况'] }, citizen, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('r').send('2019-09-27T11:20:00+08:00', 'inquiry.sent', { questions: ['请说明拒绝查阅征地补偿标准的情况'] }, office, {
        notices: ['inquiryNotice'],
      }),
      on('r').send('2019-10-08T10:00:00+08:00', 'identity.disclosed', { by: '某工作人员', facts: '向被举报乡透露举报人姓名' }, office, {
        breaches: ['reporterIdentityDisclosed'],
        state: 'report.investigating',
      }),
      on('r').send(
        '2019-10-10T10:00:00+08:00',
        'investigation.concluded',
        { finding: 'substantiated', investigation: '经核实属实' },
        office,
        { rejected: 'INVALID_PAYLOAD' },
      ),
      on('r').send(
        '2019-10-10T10:05:00+08:00',
        'investigation.concluded',
        {
          finding: 'substantiated',
          investigation: '经核实，该乡工作人员拒绝提供应当公开的征地补偿标准',
          measures: '责令该乡当日公开，并对相关人员批评教育',
        },
        office,
        { state: 'closed', status: 'done', notices: ['reportResultNotice'], breaches: ['reporterIdentityDisclosed'] },
      ),
    ],
  },
  {
    name: 'an anonymous report that the disclosure authority fails its duty is investigated by its superior, with nobody to tell',
    steps: [
      on('r').open(
        '2022-01-28T10:00:00+08:00',
        {
          ...obstructionReport,
          against: 'authorityFailure',
          reporter: null,
          accused: '某局政务公开主管部门',
          receivedBy: '西吉县监察委员会',
        },
        { actor: supervisor, expect: { state: 'report.investigating' } },
      ),
      // 第十一条: the reported authority cannot investigate itself.
      on('r').send(
        '2022-01-28T11:00:00+08:00',
        'investigation.concluded',
        { finding: 'unsubstantiated', investigation: '自查无问题', measures: '无' },
        office,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      on('r').send(
        '2022-02-08T10:00:00+08:00' /* after the 2022 春节 holiday */,
        'investigation.concluded',
        { finding: 'partlySubstantiated', investigation: '该局未按期更新公开目录', measures: '责令限期整改' },
        supervisor,
        { state: 'closed', status: 'done', notices: [] },
      ),
    ],
  },
  // 第三条第二款 (电话、信函、传真、网络) and 第四条第(三)项 (公众提交意见和建议的方式): a phone opinion is an
  // opinion; one through a channel the consultation did not publish is recorded as irregular, not refused.
  ...(
    [
      { channel: 'phone', published: ['email', 'phone'], regular: true },
      { channel: 'fax', published: ['email'], regular: false },
      { channel: 'phone', published: ['email', 'letter'], regular: false },
      { channel: 'website', published: ['website'], regular: true },
    ] as const
  ).map(
    ({ channel, published: channels, regular }): Omit<Scenario, 'modules'> => ({
      name: `第四条第(三)项: an opinion by ${channel} when ${channels.join(', ')} were published is ${regular ? 'taken' : 'recorded as irregular'}`,
      steps: [
        on('c').open('2021-09-27T09:00:00+08:00', consultation, { actor: office }),
        on('c').send(
          '2021-09-27T10:00:00+08:00',
          'consultation.published',
          { ...published, startsOn: '2021-09-28', endsOn: '2021-10-12', channels },
          office,
          { state: 'consultation.collecting' },
        ),
        on('c').send(
          '2021-10-03T10:00:00+08:00' /* 国庆 2021 */,
          'opinion.submitted',
          { channel, content: '建议增加村级公开栏' },
          citizen,
          { state: 'consultation.collecting', notices: regular ? [] : ['irregularOpinion'], breaches: [] },
        ),
        on('c').send('2021-10-13T09:00:00+08:00', 'opinion.submitted', { channel, content: '逾期意见' }, citizen, {
          rejected: 'EVENT_NOT_ALLOWED' /* outside the published period, whatever the channel */,
        }),
        on('c').send('2021-10-13T09:01:00+08:00', 'consultation.closed', {}, office),
        on('c').send(
          '2021-10-14T09:00:00+08:00',
          'opinions.analysed',
          regular ? analysed(1) : { categories: [], consideration: '不规范途径的意见已参考' },
          office,
          { state: 'consultation.feedback' },
        ),
      ],
    }),
  ),
  {
    name: '第七条: an announced hearing can be cancelled publicly, after which the consultation closes; a new hearing may be announced in its place',
    steps: [
      on('c').open('2020-09-24T09:00:00+08:00', consultation, { actor: office }),
      on('c').send('2020-09-24T12:00:00+08:00', 'consultation.published', published, office),
      on('c').send('2020-09-25T09:00:00+08:00', 'hearing.cancelled', { reason: '无', announceVia: ['西吉县人民政府网站'] }, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* no hearing announced */,
      }),
      on('c').send(
        '2020-09-25T10:00:00+08:00',
        'hearing.announced',
        {
          public: true,
          legalBasis: '《价格法》第二十三条',
          matter: '城区供暖价格调整',
          startsAt: '2020-10-15T09:00:00+08:00',
          place: '县政府三楼会议室',
        },
        office,
        { notices: ['hearingAnnouncement'] },
      ),
      on('c').send('2020-10-09T09:00:00+08:00', 'consultation.closed', {}, office, {
        rejected: 'EVENT_NOT_ALLOWED' /* the announced hearing is still to be held or cancelled */,
      }),
      on('c').send('2020-10-09T10:00:00+08:00', 'hearing.cancelled', { reason: '调价方案撤回' }, office, {
        rejected: 'INVALID_PAYLOAD' /* say where it is announced */,
      }),
      on('c').send(
        '2020-10-09T10:01:00+08:00',
        'hearing.cancelled',
        { reason: '调价方案撤回', announceVia: ['西吉县人民政府网站'] },
        citizen,
        { rejected: 'ROLE_NOT_ALLOWED' },
      ),
      on('c').send(
        '2020-10-09T10:02:00+08:00',
        'hearing.cancelled',
        { reason: '调价方案撤回', announceVia: ['西吉县人民政府网站'] },
        office,
        { state: 'consultation.collecting', notices: ['hearingCancellation'] },
      ),
      on('c').send('2020-10-09T11:00:00+08:00', 'consultation.closed', {}, office, { state: 'consultation.analysing' }),
    ],
  },
  {
    name: "第十三条: a leak of the reporter's identity found after the report case closed is recorded on it with the breach; a consultation takes no such fact",
    steps: [
      on('r').open('2019-09-27T10:00:00+08:00', obstructionReport, { actor: office }),
      on('r').send(
        '2019-10-10T10:05:00+08:00',
        'investigation.concluded',
        { finding: 'substantiated', investigation: '经核实属实', measures: '责令公开' },
        office,
        { state: 'closed', status: 'done', breaches: [] },
      ),
      on('r').send('2019-11-04T10:00:00+08:00', 'identity.disclosed', { by: '', facts: 'x' }, office, { rejected: 'INVALID_PAYLOAD' }),
      on('r').send(
        '2019-11-04T10:01:00+08:00',
        'identity.disclosed',
        { by: '某乡工作人员', facts: '被举报乡在村民会上点名举报人' },
        citizen,
        { rejected: 'ROLE_NOT_ALLOWED' },
      ),
      on('r').send(
        '2019-11-04T10:02:00+08:00',
        'identity.disclosed',
        { by: '某乡工作人员', facts: '被举报乡在村民会上点名举报人' },
        office,
        { state: 'closed', status: 'done', breaches: ['reporterIdentityDisclosed'] },
      ),
      on('c').open('2020-09-24T09:00:00+08:00', consultation, { actor: office }),
      on('c').send('2020-09-24T12:00:00+08:00', 'consultation.published', published, office),
      on('c').send('2020-10-09T11:00:00+08:00', 'consultation.closed', {}, office),
      on('c').send('2020-10-10T11:00:00+08:00', 'opinions.analysed', { categories: [], consideration: '无意见' }, office),
      on('c').send('2020-10-12T11:00:00+08:00', 'feedback.given', { ...feedback, summary: '未收到意见' }, office, {
        state: 'concluded',
        status: 'done',
      }),
      on('c').send('2020-10-13T11:00:00+08:00', 'identity.disclosed', { by: 'x', facts: 'y' }, office, {
        case: 'c',
        rejected: 'CASE_CLOSED',
      }),
    ],
  },
];

describeRuleModule(publicParticipation, { readme, scenarios });

describe('the consultation period', () => {
  const window = { startsOn: '2020-09-25', endsOn: '2020-10-08' };
  it('runs from 0:00 of the start date to 24:00 of the end date, Beijing time', () => {
    expect(isWithinWindow('2020-09-24T23:59:59+08:00', window)).toBe(false);
    expect(isWithinWindow('2020-09-25T00:00:00+08:00', window)).toBe(true);
    expect(isWithinWindow('2020-10-08T23:59:59+08:00', window)).toBe(true);
    expect(isWithinWindow('2020-10-09T00:00:00+08:00', window)).toBe(false);
    // 2020-10-08T16:30Z is 2020-10-09 00:30 in Beijing.
    expect(isWithinWindow('2020-10-08T16:30:00Z', window)).toBe(false);
    expect(hasEnded('2020-10-08T23:59:59+08:00', window)).toBe(false);
    expect(hasEnded('2020-10-09T00:00:00+08:00', window)).toBe(true);
  });
  it('is published with the four items of 第四条', () => {
    expect(consultationPublishedSchema.safeParse(published).success).toBe(true);
    for (const key of ['background', 'startsOn', 'endsOn', 'channels', 'contact'] as const) {
      const { [key]: _omitted, ...rest } = published;
      expect(consultationPublishedSchema.safeParse(rest).success, key).toBe(false);
    }
  });
});

describe("the reporter's identity (第十三条)", () => {
  it('is found in a text by name, contact or identity number, whitespace ignored', () => {
    expect(mentionsReporter('请说明情况', reporter)).toBe(false);
    expect(mentionsReporter('苏某某反映', reporter)).toBe(true);
    expect(mentionsReporter('电话 139 0000 0000', reporter)).toBe(true);
    expect(mentionsReporter('证件 640422199001011234', { ...reporter, idNumber: '640422199001011234' })).toBe(true);
    expect(mentionsReporter('苏某某反映', null)).toBe(false);
  });
  it('has no place in the inquiry to the reported unit, and is in the result told to the reporter', () => {
    const inquiry = { accused: '某乡人民政府', facts: '拒绝查阅', questions: ['请说明'] };
    expect(inquiryNoticeSchema.safeParse(inquiry).success).toBe(true);
    expect(inquiryNoticeSchema.safeParse({ ...inquiry, reporter }).success).toBe(false);
    expect(
      reportResultNoticeSchema.safeParse({
        reporter,
        accused: '某乡人民政府',
        finding: 'substantiated',
        investigation: '属实',
        measures: '整改',
      }).success,
    ).toBe(true);
    expect(
      reportResultNoticeSchema.safeParse({ accused: '某乡人民政府', finding: 'substantiated', investigation: '属实', measures: '整改' })
        .success,
    ).toBe(false);
  });
  it('appears in no notice of a report case except the one to the reporter', async () => {
    const { engine, cases } = await runScenario({ ...scenarios[3]!, modules: [publicParticipation] });
    const view = await engine.getCase(cases.r!);
    const sent = view.case.notices.map((n) => ({ name: n.name, recipient: n.recipient, text: JSON.stringify(n.data) }));
    expect(sent.map((n) => n.name)).toEqual(['inquiryNotice', 'reportResultNotice']);
    for (const n of sent.filter((s) => s.recipient !== 'reporter')) {
      expect(n.text).not.toContain(reporter.name);
      expect(n.text).not.toContain(reporter.contact);
    }
    expect(sent.find((n) => n.recipient === 'reporter')?.text).toContain(reporter.contact);
  });
});

describe('irregular opinions and cancelled hearings are counted apart (第四条第(三)项, 第七条)', () => {
  it('reports the irregular opinion beside the regular ones and cites 第四条', async () => {
    const { engine, cases } = await runScenario({
      ...scenarios.find((x) => x.name.startsWith('第四条第(三)项: an opinion by fax'))!,
      modules: [publicParticipation],
    });
    const view = await engine.getCase(cases.c!);
    const notice = view.case.notices.find((n) => n.name === 'irregularOpinion');
    expect(notice).toMatchObject({ recipient: 'authority', citation: '《西吉县政务公开公众参与制度》第四条' });
    expect(notice?.data).toMatchObject({ channel: 'fax', publishedChannels: ['email'] });
  });
  it('cites 第十三条 for the leak recorded after closure', () => {
    expect(publicParticipation.afterClosure?.['identity.disclosed']?.clause).toBe('第十三条');
    expect(publicParticipation.breaches?.reporterIdentityDisclosed?.clause).toBe('第十三条');
  });
});
