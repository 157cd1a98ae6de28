import { describeRuleModule, runScenario, type Scenario } from '@zwgk/testing';
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
      {
        at: '2020-09-24T09:00:00+08:00',
        open: { as: 'c', module: 'public-participation', input: consultation, actor: office },
        expect: { state: 'consultation.preparing', status: 'open' },
      },
      // Nothing is taken before the consultation is published (第四条).
      {
        at: '2020-09-24T10:00:00+08:00',
        send: { case: 'c', type: 'opinion.submitted', payload: opinion('提前提交'), actor: citizen },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2020-09-24T11:00:00+08:00',
        send: { case: 'c', type: 'consultation.published', payload: published, actor: citizen },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      // 第四条第(四)项: a contact department with no way to reach it is not enough.
      {
        at: '2020-09-24T11:30:00+08:00',
        send: {
          case: 'c',
          type: 'consultation.published',
          payload: { ...published, contact: { department: '县人民政府办公室' } },
          actor: office,
        },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2020-09-24T11:40:00+08:00',
        send: { case: 'c', type: 'consultation.published', payload: { ...published, endsOn: '2020-09-23' }, actor: office },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2020-09-24T12:00:00+08:00',
        send: { case: 'c', type: 'consultation.published', payload: published, actor: office },
        expect: { state: 'consultation.collecting', notices: ['consultationAnnouncement'] },
      },
      // Published on 24 September for a period starting on 25 September: an opinion on the 24th is early.
      {
        at: '2020-09-24T15:00:00+08:00',
        send: { case: 'c', type: 'opinion.submitted', payload: opinion('提前提交'), actor: citizen },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2020-09-28T09:00:00+08:00',
        send: { case: 'c', type: 'opinion.submitted', payload: opinion('财政预决算应细化到项目'), actor: citizen },
        expect: { state: 'consultation.collecting' },
      },
      {
        at: '2020-09-28T09:10:00+08:00',
        send: { case: 'c', type: 'opinion.submitted', payload: { channel: 'email', content: '' }, actor: citizen },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
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
      {
        at: '2020-10-09T09:05:00+08:00',
        send: { case: 'c', type: 'opinion.submitted', payload: opinion('迟到的意见'), actor: citizen },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2020-10-09T10:00:00+08:00',
        send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office, occurredAt: '2020-10-08T18:00:00+08:00' },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2020-10-09T10:05:00+08:00',
        send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office },
        expect: { state: 'consultation.analysing' },
      },
      // 归类整理: both written opinions must be in a category.
      {
        at: '2020-10-12T10:00:00+08:00',
        send: { case: 'c', type: 'opinions.analysed', payload: analysed(1), actor: office },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2020-10-12T10:05:00+08:00',
        send: { case: 'c', type: 'opinions.analysed', payload: analysed(2), actor: office },
        expect: { state: 'consultation.feedback', status: 'open' },
      },
      // 第八条: no way to end the case but the feedback, and the feedback must say what was not adopted and why.
      {
        at: '2020-10-13T10:00:00+08:00',
        send: { case: 'c', type: 'feedback.given', payload: { ...feedback, notAdopted: [{ opinion: '公开全部会议录音' }] }, actor: office },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2020-10-13T10:05:00+08:00',
        send: { case: 'c', type: 'feedback.given', payload: feedback, actor: office },
        expect: { state: 'concluded', status: 'done', notices: ['feedbackNotice'], breaches: [] },
      },
      {
        at: '2020-10-14T10:00:00+08:00',
        send: { case: 'c', type: 'opinion.submitted', payload: opinion('结束后'), actor: citizen },
        expect: { rejected: 'CASE_CLOSED' },
      },
    ],
  },
  {
    name: 'a consultation whose end date has passed cannot be published',
    steps: [
      { at: '2021-02-18T09:00:00+08:00', open: { as: 'c', module: 'public-participation', input: consultation, actor: office } },
      {
        at: '2021-02-18T10:00:00+08:00',
        send: {
          case: 'c',
          type: 'consultation.published',
          payload: { ...published, startsOn: '2021-02-01', endsOn: '2021-02-17' /* 春节 holiday, already past */ },
          actor: office,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED', state: 'consultation.preparing' },
      },
    ],
  },
  {
    name: 'with a 24-hour notice lead, a questionnaire, a symposium announced on the website and a closed hearing on trade secrets run before the consultation can close',
    parameters: { 'public-participation': { meetingNoticeLeadHours: 24 } },
    steps: [
      { at: '2021-09-01T09:00:00+08:00', open: { as: 'c', module: 'public-participation', input: consultation, actor: office } },
      {
        at: '2021-09-01T10:00:00+08:00',
        send: {
          case: 'c',
          type: 'consultation.published',
          payload: { ...published, startsOn: '2021-09-01', endsOn: '2021-09-30' },
          actor: office,
        },
        expect: { state: 'consultation.collecting', notices: ['consultationAnnouncement'] },
      },
      {
        at: '2021-09-02T10:00:00+08:00',
        send: {
          case: 'c',
          type: 'questionnaire.conducted',
          payload: {
            questions: ['您是否经常访问县政府网站？'],
            sampleSize: 300,
            scope: '全县各乡镇居民',
            scopeReasons: '事项影响全县，关注度高',
            responses: 0,
          },
          actor: office,
        },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2021-09-02T10:05:00+08:00',
        send: {
          case: 'c',
          type: 'questionnaire.conducted',
          payload: {
            explanation: '为了解群众对政务公开的需求，说明如下……',
            questions: ['您是否经常访问县政府网站？'],
            sampleSize: 300,
            scope: '全县各乡镇居民',
            scopeReasons: '事项影响全县，关注度高',
            responses: 276,
          },
          actor: office,
        },
        expect: { state: 'consultation.collecting', notices: [] },
      },
      // 提前通知: 12 hours ahead is less than the 24-hour lead set by the parameter.
      {
        at: '2021-09-06T20:00:00+08:00',
        send: {
          case: 'c',
          type: 'meeting.noticed',
          payload: { ...symposium, startsAt: '2021-09-07T08:00:00+08:00' },
          actor: office,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2021-09-06T20:05:00+08:00',
        send: {
          case: 'c',
          type: 'meeting.noticed',
          payload: { ...symposium, agenda: [], participants: ['乡镇代表'] },
          actor: office,
        },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2021-09-06T20:10:00+08:00',
        send: {
          case: 'c',
          type: 'meeting.noticed',
          payload: { ...symposium, announceVia: ['西吉县人民政府网站'] },
          actor: office,
        },
        expect: { notices: ['meetingNotice', 'meetingAnnouncement'] },
      },
      {
        at: '2021-09-07T09:00:00+08:00',
        send: {
          case: 'c',
          type: 'meeting.noticed',
          payload: {
            kind: 'expertPanel',
            startsAt: '2021-09-10T09:00:00+08:00',
            place: '县政府五楼会议室',
            topic: '数据开放的可行性',
            agenda: ['专家论证'],
            participants: ['宁夏大学专家'],
          },
          actor: office,
        },
        expect: { notices: ['meetingNotice'] },
      },
      // 第七条: a closed hearing must name the secret that closes it.
      {
        at: '2021-09-10T09:00:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.announced',
          payload: closedHearing,
          actor: office,
        },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2021-09-10T09:05:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.announced',
          payload: { ...closedHearing, secretGround: 'tradeSecret' },
          actor: office,
        },
        expect: { notices: ['hearingAnnouncement'] },
      },
      {
        at: '2021-09-11T09:00:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.announced',
          payload: {
            public: true,
            legalBasis: '《价格法》第二十三条',
            matter: '另一事项',
            startsAt: '2021-09-25T09:00:00+08:00',
            place: '县政府会议中心',
          },
          actor: office,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2021-09-15T09:00:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.held',
          payload: hearingRecord,
          actor: office,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2021-09-20T12:00:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.held',
          payload: { ...hearingRecord, rights: { ...hearingRecord.rights, crossExamination: false } },
          actor: office,
        },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      // The period is over but the announced hearing has not been held: the consultation stays open.
      {
        at: '2021-10-08T09:00:00+08:00',
        send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
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
      {
        at: '2021-10-08T10:05:00+08:00',
        send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office },
        expect: { state: 'consultation.analysing' },
      },
      {
        at: '2021-10-09T10:00:00+08:00',
        send: {
          case: 'c',
          type: 'opinions.analysed',
          payload: { categories: [], consideration: '问卷和听证意见已纳入决策' },
          actor: office,
        },
        expect: { state: 'consultation.feedback' },
      },
      {
        at: '2021-10-11T10:00:00+08:00',
        send: { case: 'c', type: 'feedback.given', payload: feedback, actor: office },
        expect: { state: 'concluded', status: 'done', notices: ['feedbackNotice'] },
      },
    ],
  },
  {
    name: 'a report of obstruction is investigated without naming the reporter to the reported unit, and the result is told to the reporter',
    steps: [
      {
        at: '2019-09-27T10:00:00+08:00',
        open: { as: 'r', module: 'public-participation', input: obstructionReport, actor: office },
        expect: { state: 'report.investigating' },
      },
      // 第十三条: a question that names the reporter would reveal them to the reported unit.
      {
        at: '2019-09-27T11:00:00+08:00',
        send: { case: 'r', type: 'inquiry.sent', payload: { questions: ['苏某某反映你乡拒绝查阅，请说明'] }, actor: office },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-09-27T11:05:00+08:00',
        send: { case: 'r', type: 'inquiry.sent', payload: { questions: ['请回电 139 0000 0000 说明'] }, actor: office },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      // 第十条: an obstruction report is the disclosure authority's to investigate.
      {
        at: '2019-09-27T11:10:00+08:00',
        send: { case: 'r', type: 'inquiry.sent', payload: { questions: ['请说明拒绝查阅征地补偿标准的情况'] }, actor: supervisor },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2019-09-27T11:15:00+08:00',
        send: { case: 'r', type: 'inquiry.sent', payload: { questions: ['请说明拒绝查阅征地补偿标准的情况'] }, actor: citizen },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-09-27T11:20:00+08:00',
        send: { case: 'r', type: 'inquiry.sent', payload: { questions: ['请说明拒绝查阅征地补偿标准的情况'] }, actor: office },
        expect: { notices: ['inquiryNotice'] },
      },
      {
        at: '2019-10-08T10:00:00+08:00',
        send: { case: 'r', type: 'identity.disclosed', payload: { by: '某工作人员', facts: '向被举报乡透露举报人姓名' }, actor: office },
        expect: { breaches: ['reporterIdentityDisclosed'], state: 'report.investigating' },
      },
      {
        at: '2019-10-10T10:00:00+08:00',
        send: {
          case: 'r',
          type: 'investigation.concluded',
          payload: { finding: 'substantiated', investigation: '经核实属实' },
          actor: office,
        },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-10-10T10:05:00+08:00',
        send: {
          case: 'r',
          type: 'investigation.concluded',
          payload: {
            finding: 'substantiated',
            investigation: '经核实，该乡工作人员拒绝提供应当公开的征地补偿标准',
            measures: '责令该乡当日公开，并对相关人员批评教育',
          },
          actor: office,
        },
        expect: { state: 'closed', status: 'done', notices: ['reportResultNotice'], breaches: ['reporterIdentityDisclosed'] },
      },
    ],
  },
  {
    name: 'an anonymous report that the disclosure authority fails its duty is investigated by its superior, with nobody to tell',
    steps: [
      {
        at: '2022-01-28T10:00:00+08:00',
        open: {
          as: 'r',
          module: 'public-participation',
          input: {
            ...obstructionReport,
            against: 'authorityFailure',
            reporter: null,
            accused: '某局政务公开主管部门',
            receivedBy: '西吉县监察委员会',
          },
          actor: supervisor,
        },
        expect: { state: 'report.investigating' },
      },
      // 第十一条: the reported authority cannot investigate itself.
      {
        at: '2022-01-28T11:00:00+08:00',
        send: {
          case: 'r',
          type: 'investigation.concluded',
          payload: { finding: 'unsubstantiated', investigation: '自查无问题', measures: '无' },
          actor: office,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2022-02-08T10:00:00+08:00' /* after the 2022 春节 holiday */,
        send: {
          case: 'r',
          type: 'investigation.concluded',
          payload: { finding: 'partlySubstantiated', investigation: '该局未按期更新公开目录', measures: '责令限期整改' },
          actor: supervisor,
        },
        expect: { state: 'closed', status: 'done', notices: [] },
      },
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
        { at: '2021-09-27T09:00:00+08:00', open: { as: 'c', module: 'public-participation', input: consultation, actor: office } },
        {
          at: '2021-09-27T10:00:00+08:00',
          send: {
            case: 'c',
            type: 'consultation.published',
            payload: { ...published, startsOn: '2021-09-28', endsOn: '2021-10-12', channels },
            actor: office,
          },
          expect: { state: 'consultation.collecting' },
        },
        {
          at: '2021-10-03T10:00:00+08:00' /* 国庆 2021 */,
          send: { case: 'c', type: 'opinion.submitted', payload: { channel, content: '建议增加村级公开栏' }, actor: citizen },
          expect: { state: 'consultation.collecting', notices: regular ? [] : ['irregularOpinion'], breaches: [] },
        },
        {
          at: '2021-10-13T09:00:00+08:00',
          send: { case: 'c', type: 'opinion.submitted', payload: { channel, content: '逾期意见' }, actor: citizen },
          expect: { rejected: 'EVENT_NOT_ALLOWED' /* outside the published period, whatever the channel */ },
        },
        { at: '2021-10-13T09:01:00+08:00', send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office } },
        {
          at: '2021-10-14T09:00:00+08:00',
          send: {
            case: 'c',
            type: 'opinions.analysed',
            payload: regular ? analysed(1) : { categories: [], consideration: '不规范途径的意见已参考' },
            actor: office,
          },
          expect: { state: 'consultation.feedback' },
        },
      ],
    }),
  ),
  {
    name: '第七条: an announced hearing can be cancelled publicly, after which the consultation closes; a new hearing may be announced in its place',
    steps: [
      { at: '2020-09-24T09:00:00+08:00', open: { as: 'c', module: 'public-participation', input: consultation, actor: office } },
      { at: '2020-09-24T12:00:00+08:00', send: { case: 'c', type: 'consultation.published', payload: published, actor: office } },
      {
        at: '2020-09-25T09:00:00+08:00',
        send: { case: 'c', type: 'hearing.cancelled', payload: { reason: '无', announceVia: ['西吉县人民政府网站'] }, actor: office },
        expect: { rejected: 'EVENT_NOT_ALLOWED' /* no hearing announced */ },
      },
      {
        at: '2020-09-25T10:00:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.announced',
          payload: {
            public: true,
            legalBasis: '《价格法》第二十三条',
            matter: '城区供暖价格调整',
            startsAt: '2020-10-15T09:00:00+08:00',
            place: '县政府三楼会议室',
          },
          actor: office,
        },
        expect: { notices: ['hearingAnnouncement'] },
      },
      {
        at: '2020-10-09T09:00:00+08:00',
        send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office },
        expect: { rejected: 'EVENT_NOT_ALLOWED' /* the announced hearing is still to be held or cancelled */ },
      },
      {
        at: '2020-10-09T10:00:00+08:00',
        send: { case: 'c', type: 'hearing.cancelled', payload: { reason: '调价方案撤回' }, actor: office },
        expect: { rejected: 'INVALID_PAYLOAD' /* say where it is announced */ },
      },
      {
        at: '2020-10-09T10:01:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.cancelled',
          payload: { reason: '调价方案撤回', announceVia: ['西吉县人民政府网站'] },
          actor: citizen,
        },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2020-10-09T10:02:00+08:00',
        send: {
          case: 'c',
          type: 'hearing.cancelled',
          payload: { reason: '调价方案撤回', announceVia: ['西吉县人民政府网站'] },
          actor: office,
        },
        expect: { state: 'consultation.collecting', notices: ['hearingCancellation'] },
      },
      {
        at: '2020-10-09T11:00:00+08:00',
        send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office },
        expect: { state: 'consultation.analysing' },
      },
    ],
  },
  {
    name: "第十三条: a leak of the reporter's identity found after the report case closed is recorded on it with the breach; a consultation takes no such fact",
    steps: [
      { at: '2019-09-27T10:00:00+08:00', open: { as: 'r', module: 'public-participation', input: obstructionReport, actor: office } },
      {
        at: '2019-10-10T10:05:00+08:00',
        send: {
          case: 'r',
          type: 'investigation.concluded',
          payload: { finding: 'substantiated', investigation: '经核实属实', measures: '责令公开' },
          actor: office,
        },
        expect: { state: 'closed', status: 'done', breaches: [] },
      },
      {
        at: '2019-11-04T10:00:00+08:00',
        send: { case: 'r', type: 'identity.disclosed', payload: { by: '', facts: 'x' }, actor: office },
        expect: { rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2019-11-04T10:01:00+08:00',
        send: {
          case: 'r',
          type: 'identity.disclosed',
          payload: { by: '某乡工作人员', facts: '被举报乡在村民会上点名举报人' },
          actor: citizen,
        },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      },
      {
        at: '2019-11-04T10:02:00+08:00',
        send: {
          case: 'r',
          type: 'identity.disclosed',
          payload: { by: '某乡工作人员', facts: '被举报乡在村民会上点名举报人' },
          actor: office,
        },
        expect: { state: 'closed', status: 'done', breaches: ['reporterIdentityDisclosed'] },
      },
      { at: '2020-09-24T09:00:00+08:00', open: { as: 'c', module: 'public-participation', input: consultation, actor: office } },
      { at: '2020-09-24T12:00:00+08:00', send: { case: 'c', type: 'consultation.published', payload: published, actor: office } },
      { at: '2020-10-09T11:00:00+08:00', send: { case: 'c', type: 'consultation.closed', payload: {}, actor: office } },
      {
        at: '2020-10-10T11:00:00+08:00',
        send: { case: 'c', type: 'opinions.analysed', payload: { categories: [], consideration: '无意见' }, actor: office },
      },
      {
        at: '2020-10-12T11:00:00+08:00',
        send: { case: 'c', type: 'feedback.given', payload: { ...feedback, summary: '未收到意见' }, actor: office },
        expect: { state: 'concluded', status: 'done' },
      },
      {
        at: '2020-10-13T11:00:00+08:00',
        send: { case: 'c', type: 'identity.disclosed', payload: { by: 'x', facts: 'y' }, actor: office },
        expect: { case: 'c', rejected: 'CASE_CLOSED' },
      },
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
