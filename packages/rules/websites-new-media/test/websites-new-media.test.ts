import { caseSteps, describeRuleModule, runScenario, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { type WebsitesNewMediaOutput, websitesNewMedia } from '../src/index.js';

const readme = new URL('../README.md', import.meta.url).pathname;
const M = 'websites-new-media';

// Actors.
const portal = { id: 'gkb-portal', role: 'portalOperator', name: '县政府政务公开办门户网站管理员' } as const;
const host = { id: 'edu-web', role: 'hostUnit', name: '县教育局网站管理员' } as const;
const authority = { id: 'gkb-head', role: 'competentAuthority', name: '县政府政务公开办' } as const;
const city = { id: 'gy-gkb', role: 'cityOffice', name: '固原市政府政务公开办' } as const;
const media = { id: 'wsj-media', role: 'newMediaOperator', name: '县卫生健康局新媒体专员' } as const;
const netizen = { id: 'zhang-san', role: 'netizen' } as const;

const SITE = '西吉县教育局网站';
const errorReport = {
  kind: 'errorReport',
  site: SITE,
  netizen: '张三（留言账号 zs2019）',
  content: '“招生政策”栏目中的咨询电话已停用',
} as const;
const opening = { kind: 'opening', site: '西吉县文化旅游专题网站', hostUnit: '县文化旅游广电局', siteType: 'department' } as const;
const takedown = (extra: Record<string, unknown> = {}) => ({
  kind: 'takedown',
  site: SITE,
  hostUnit: '县教育局',
  reason: '网站迁移至自治区集约化平台，需整改',
  plannedStart: '2019-01-06',
  plannedDays: 30,
  earlierTakedowns: [],
  ...extra,
});
const migration = { kind: 'migrationNotice', site: '西吉县扶贫开发办公室网站', notice: 'migration' } as const;
const account = { kind: 'account', accountName: '西吉卫健', platform: '微信公众号', unit: '县卫生健康局', holder: 'institution' } as const;
const week = (weekStart: string) => ({ kind: 'week', accountName: '西吉卫健', weekStart });

const forwarded = { hostUnit: '县教育局' };
const answered = { handling: '已更正咨询电话', reply: '感谢您的纠错，咨询电话已更正为 0954-xxxxxxx。' };
const application = {
  headApproval: { head: '县文化旅游广电局局长', approvedOn: '2018-06-01' },
  materials: {
    responsibilities: '办公室负责内容维护',
    contentAndSecrecyReview: '三级审核、保密审查',
    securityMeasures: '部署于自治区云平台',
    emergencyPlan: '网站安全事件应急预案',
  },
};
const steps = ['siteMark', 'domainAndIcp', 'securityFiling', 'identifierCode', 'openingAnnouncement', 'cyberspaceFiling'] as const;
const opened = { approvedBy: '县卫生健康局局长', responsible: { principal: '局长', deputy: '副局长', editorInChief: '办公室主任' } };
const filed = { filedWith: ['县委网信办', '县政府政务公开办'], reference: '西网信备〔2021〕3号' };
const post = (title: string) => ({
  title,
  reviews: [
    { stage: '初审', reviewer: '编辑甲' },
    { stage: '复审', reviewer: '科长乙' },
    { stage: '终审', reviewer: '总编辑丙' },
  ],
  secrecyReviewed: true,
});

type Steps = Scenario['steps'];
/** The steps of the case `as` (one case a matter: a website, an account, a takedown). */
const on = (as: string) => caseSteps(as, { module: M, actor: host });
const { open, send } = on('c');

const scenarios: Omit<Scenario, 'modules'>[] = [
  // ── 第二十条 网民纠错 ─────────────────────────────────────────────────────
  {
    name: 'an error report received on the eve of National Day 2019 is forwarded on the first working day after the holiday and answered within 2 working days',
    steps: [
      // 1 working day: 10-01…10-07 国庆 holiday, so the day is 10-08.
      open('2019-09-30T16:00:00+08:00', errorReport, {
        actor: portal,
        expect: {
          state: 'errorReport.forwarding',
          deadlines: { forwardErrorReport: { dueAt: '2019-10-09T00:00:00+08:00', warnAt: null, status: 'running' } },
        },
      }),
      // 2 working days from 10-08: 10-09, 10-10.
      send('2019-10-08T10:00:00+08:00', 'errorReport.forwarded', forwarded, portal, {
        state: 'errorReport.handling',
        notices: ['errorReportTransfer'],
        deadlines: {
          forwardErrorReport: { status: 'completed', outcome: 'met' },
          answerErrorReport: { dueAt: '2019-10-11T00:00:00+08:00', warnAt: '2019-10-10T00:00:00+08:00' },
        },
      }),
      send('2019-10-10T15:00:00+08:00', 'errorReport.answered', answered, host, {
        state: 'closed',
        status: 'done',
        notices: ['errorReportReply'],
        breaches: [],
        deadlines: { answerErrorReport: { status: 'completed', outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'an error report forwarded and answered late over National Day 2019 records both breaches of 第二十条',
    steps: [
      open('2019-09-30T16:00:00+08:00', errorReport, { actor: portal }),
      on('c').tick('2019-10-09T00:00:00+08:00', {
        fired: ['forwardErrorReport:due'],
        breaches: ['errorReportForwardLate'],
        state: 'errorReport.forwarding',
      }),
      // 2 working days from 10-09: 10-10, 10-11; 10-12 is a 调休 Saturday, worked, but not needed.
      send('2019-10-09T09:00:00+08:00', 'errorReport.forwarded', forwarded, portal, {
        deadlines: {
          forwardErrorReport: { outcome: 'missed' },
          answerErrorReport: { dueAt: '2019-10-12T00:00:00+08:00', warnAt: '2019-10-11T00:00:00+08:00' },
        },
      }),
      on('c').tick('2019-10-12T00:00:00+08:00', {
        fired: ['answerErrorReport:warning', 'answerErrorReport:due'],
        breaches: ['errorReportForwardLate', 'errorReportAnswerLate'],
      }),
      send('2019-10-12T10:00:00+08:00', 'errorReport.answered', answered, host, {
        status: 'done',
        deadlines: { answerErrorReport: { outcome: 'missed' } },
      }),
    ],
  },
  {
    name: 'with errorAnswerCountedFrom = receipt the 2 working days run from the receipt of the report before National Day 2020',
    parameters: { [M]: { errorAnswerCountedFrom: 'receipt' } },
    steps: [
      // 2020: 10-01…10-08 国庆+中秋 holiday, 10-10 调休 Saturday worked.
      open('2020-09-30T10:00:00+08:00', errorReport, {
        actor: portal,
        expect: { deadlines: { forwardErrorReport: { dueAt: '2020-10-10T00:00:00+08:00' } } },
      }),
      // From 09-30: 10-09, 10-10 /* 调休 Saturday */.
      send('2020-10-09T09:00:00+08:00', 'errorReport.forwarded', forwarded, portal, {
        deadlines: { answerErrorReport: { dueAt: '2020-10-11T00:00:00+08:00', status: 'running' } },
      }),
      send('2020-10-10T11:00:00+08:00', 'errorReport.answered', answered, host, { status: 'done', breaches: [] }),
    ],
  },
  {
    name: 'an error report is rejected when forwarded by the host unit, answered before forwarding or answered without the reply',
    steps: [
      open('2021-05-06T09:00:00+08:00', { ...errorReport, content: '' }, { actor: portal, expect: { rejected: 'INVALID_PAYLOAD' } }),
      open('2021-05-06T09:00:00+08:00', errorReport, { actor: netizen, expect: { rejected: 'ROLE_NOT_ALLOWED' } }),
      open('2021-05-06T09:00:00+08:00', errorReport, { actor: portal }),
      send('2021-05-06T10:00:00+08:00', 'errorReport.forwarded', forwarded, host, { rejected: 'ROLE_NOT_ALLOWED' }),
      send('2021-05-06T10:01:00+08:00', 'errorReport.forwarded', {}, portal, { rejected: 'INVALID_PAYLOAD' }),
      send('2021-05-06T10:02:00+08:00', 'errorReport.answered', answered, host, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2021-05-06T10:03:00+08:00', 'errorReport.forwarded', forwarded, portal),
      send('2021-05-06T10:04:00+08:00', 'errorReport.forwarded', forwarded, portal, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2021-05-06T10:05:00+08:00', 'errorReport.answered', { handling: '已更正' }, host, { rejected: 'INVALID_PAYLOAD' }),
      send('2021-05-06T10:06:00+08:00', 'post.published', post('无关'), media, { rejected: 'EVENT_NOT_ALLOWED' }),
    ] satisfies Steps,
  },

  // ── 第九条、第十条 网站开设 ────────────────────────────────────────────────
  {
    name: 'a department site is applied for with the head’s consent, approved, and launched only after all six procedures of 第十条',
    steps: [
      open('2018-06-01T09:00:00+08:00', opening, { expect: { state: 'opening.applying' } }),
      send(
        '2018-06-01T10:00:00+08:00',
        'opening.applied',
        { ...application, materials: { ...application.materials, emergencyPlan: '' } },
        host,
        { rejected: 'INVALID_PAYLOAD' /* 第九条第二款 */ },
      ),
      send('2018-06-01T10:01:00+08:00', 'opening.decided', { approved: true }, authority, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2018-06-01T10:02:00+08:00', 'opening.applied', application, host, { state: 'opening.deciding' }),
      send('2018-06-05T10:00:00+08:00', 'opening.decided', { approved: true }, host, { rejected: 'ROLE_NOT_ALLOWED' }),
      send('2018-06-05T10:01:00+08:00', 'opening.decided', { approved: true }, authority, { state: 'opening.preparing' }),
      ...steps
        .slice(0, 5)
        .map((step, i) =>
          send(`2018-06-${String(11 + i).padStart(2, '0')}T10:00:00+08:00`, 'opening.stepDone', { step, reference: `编号-${i + 1}` }, host),
        ),
      send('2018-06-15T11:00:00+08:00', 'site.launched', { url: 'http://whly.nxxj.gov.cn' }, host, {
        rejected: 'EVENT_NOT_ALLOWED' /* 第十条(六) not yet done */,
      }),
      send('2018-06-15T11:01:00+08:00', 'opening.stepDone', { step: 'siteMark', reference: '重复' }, host, {
        rejected: 'EVENT_NOT_ALLOWED' /* done already */,
      }),
      send('2018-06-15T11:02:00+08:00', 'opening.stepDone', { step: 'icp', reference: 'x' }, host, { rejected: 'INVALID_PAYLOAD' }),
      send('2018-06-19T10:00:00+08:00', 'opening.stepDone', { step: 'cyberspaceFiling', reference: '网信办报备回执' }, host),
      send('2018-06-19T11:00:00+08:00', 'site.launched', { url: 'not a url' }, host, { rejected: 'INVALID_PAYLOAD' }),
      send('2018-06-19T11:01:00+08:00', 'site.launched', { url: 'http://whly.nxxj.gov.cn' }, host, { state: 'closed', status: 'done' }),
    ] satisfies Steps,
  },
  {
    name: 'an application to open a site that the competent authority refuses ends the matter',
    steps: [
      open('2018-07-02T09:00:00+08:00', opening),
      send('2018-07-02T10:00:00+08:00', 'opening.applied', application, host),
      send('2018-07-03T10:00:00+08:00', 'opening.decided', { approved: false }, authority, {
        rejected: 'INVALID_PAYLOAD' /* reasons required */,
      }),
      send('2018-07-03T10:01:00+08:00', 'opening.decided', { approved: false, reasons: '应在门户网站开设专栏（第八条）' }, authority, {
        state: 'closed',
        status: 'done',
      }),
    ],
  },

  // ── 第十五条 临时下线 ──────────────────────────────────────────────────────
  {
    name: 'a take-down over the 2019 Spring Festival is reviewed, approved, announced and ended within its 30 days, which are not rolled past the holiday',
    steps: [
      // Last year's take-down and this year's ordered emergency one (第十五条第二款) do not count.
      open(
        '2019-01-02T09:00:00+08:00',
        takedown({
          earlierTakedowns: [
            { from: '2018-05-02', counted: true },
            { from: '2019-01-02', counted: false },
          ],
        }),
        { expect: { state: 'takedown.reviewing' } },
      ),
      send('2019-01-02T10:00:00+08:00', 'takedown.decided', { approved: true }, city, {
        rejected: 'EVENT_NOT_ALLOWED' /* 逐级审核 first */,
      }),
      send('2019-01-02T10:01:00+08:00', 'takedown.reviewed', { reviewer: '县政府政务公开办', approved: true, opinion: '同意' }, host, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      send(
        '2019-01-02T11:00:00+08:00',
        'takedown.reviewed',
        { reviewer: '县政府政务公开办', approved: true, opinion: '同意，报市政府政务公开办' },
        authority,
      ),
      send('2019-01-03T10:00:00+08:00', 'site.takenDown', { announcementUrl: 'http://www.nxxj.gov.cn/gg/1' }, host, {
        rejected: 'EVENT_NOT_ALLOWED' /* no consent yet */,
      }),
      send('2019-01-04T10:00:00+08:00', 'takedown.decided', { approved: true }, city, { state: 'takedown.approved' }),
      send('2019-01-06T10:00:00+08:00', 'site.takenDown', { announcementUrl: 'portal' }, host, { rejected: 'INVALID_PAYLOAD' }),
      // 第十五条 "下线时间不得超过30天": 01-07…02-05, ending at 02-05 24:00 although 02-05 is in the 春节
      // holiday (02-04…02-10): a cap on time offline is not rolled forward (《民法典》第二百零三条 does not apply).
      send('2019-01-06T10:00:00+08:00', 'site.takenDown', { announcementUrl: 'http://www.nxxj.gov.cn/gg/1' }, host, {
        state: 'takedown.offline',
        notices: ['takedownAnnouncement'],
        deadlines: { takedownLimit: { dueAt: '2019-02-06T00:00:00+08:00', warnAt: '2019-02-03T00:00:00+08:00' } },
      }),
      on('c').tick('2019-02-03T00:00:00+08:00', { fired: ['takedownLimit:warning'], breaches: [] }),
      send('2019-02-05T09:00:00+08:00', 'site.restored', {}, host, {
        state: 'restored',
        status: 'done',
        breaches: [],
        deadlines: { takedownLimit: { status: 'completed', outcome: 'met' } },
      }),
    ] satisfies Steps,
  },
  // 第十五条 "下线时间不得超过30天", replayed at exact instants: the 30 days start at 00:00 after the day of
  // the take-down (《民法典》第二百零一条) and end at 24:00 of the 30th day, whether or not it is a rest day.
  ...(
    [
      // 02-05 is in 春节 (02-04…02-10); the old roll-forward let the site stay down until 02-11 24:00 (36 days).
      {
        takenDownAt: '2019-01-06T10:00:00+08:00',
        dueAt: '2019-02-06T00:00:00+08:00',
        restoredAt: '2019-02-05T23:59:59+08:00',
        late: false,
      },
      { takenDownAt: '2019-01-06T10:00:00+08:00', dueAt: '2019-02-06T00:00:00+08:00', restoredAt: '2019-02-11T09:00:00+08:00', late: true },
      // Taken down at 23:30 on a Sunday night: that day is not counted; 10-01 (国庆) is the 30th day.
      {
        takenDownAt: '2019-09-01T23:30:00+08:00',
        dueAt: '2019-10-02T00:00:00+08:00',
        restoredAt: '2019-10-01T20:00:00+08:00',
        late: false,
      },
      { takenDownAt: '2019-09-01T23:30:00+08:00', dueAt: '2019-10-02T00:00:00+08:00', restoredAt: '2019-10-08T09:00:00+08:00', late: true },
      // The 30th day, 2021-01-03, is a Sunday in the 元旦 holiday (01-01…01-03): not rolled to Monday 01-04.
      { takenDownAt: '2020-12-04T15:00:00+08:00', dueAt: '2021-01-04T00:00:00+08:00', restoredAt: '2021-01-04T08:30:00+08:00', late: true },
      // A plain working-day end changes nothing.
      {
        takenDownAt: '2021-05-10T09:00:00+08:00',
        dueAt: '2021-06-10T00:00:00+08:00',
        restoredAt: '2021-06-09T17:00:00+08:00',
        late: false,
      },
    ] as const
  ).map(({ takenDownAt, dueAt, restoredAt, late }): Omit<Scenario, 'modules'> => {
    const day = takenDownAt.slice(0, 10);
    const before = (hours: number) => new Date(Date.parse(takenDownAt) - hours * 3_600_000).toISOString();
    return {
      name: `第十五条: a site taken down at ${takenDownAt} may stay offline until ${dueAt}; restored at ${restoredAt} it is ${late ? 'late' : 'in time'}`,
      steps: [
        open(before(72), takedown({ plannedStart: day })),
        send(before(48), 'takedown.reviewed', { reviewer: '县政府政务公开办', approved: true, opinion: '同意' }, authority),
        send(before(24), 'takedown.decided', { approved: true }, city),
        send(takenDownAt, 'site.takenDown', { announcementUrl: 'http://www.nxxj.gov.cn/gg/3' }, host, {
          deadlines: { takedownLimit: { dueAt, status: 'running' } },
        }),
        ...(late
          ? [
              {
                at: dueAt,
                tick: true as const,
                expect: {
                  case: 'c',
                  fired: ['takedownLimit:warning', 'takedownLimit:due'],
                  breaches: ['takedownOverlong'],
                  state: 'takedown.offline',
                },
              },
            ]
          : []),
        send(restoredAt, 'site.restored', {}, host, {
          status: 'done',
          breaches: late ? ['takedownOverlong'] : [],
          deadlines: { takedownLimit: { status: 'completed', outcome: late ? 'missed' : 'met' } },
        }),
      ],
    };
  }),
  {
    name: 'a site still offline 30 days after a take-down over the 2020 Spring Festival is recorded as a breach',
    steps: [
      open('2020-01-10T09:00:00+08:00', takedown({ plannedStart: '2020-01-20', plannedDays: 20 })),
      send('2020-01-10T10:00:00+08:00', 'takedown.reviewed', { reviewer: '县政府政务公开办', approved: true, opinion: '同意' }, authority),
      send('2020-01-15T10:00:00+08:00', 'takedown.decided', { approved: true }, city),
      // 30 days from 01-20 end on 02-19, a working day.
      send('2020-01-20T10:00:00+08:00', 'site.takenDown', { announcementUrl: 'http://www.nxxj.gov.cn/gg/2' }, host, {
        deadlines: { takedownLimit: { dueAt: '2020-02-20T00:00:00+08:00' } },
      }),
      on('c').tick('2020-02-20T00:00:00+08:00', {
        fired: ['takedownLimit:warning', 'takedownLimit:due'],
        breaches: ['takedownOverlong'],
        state: 'takedown.offline',
      }),
      send('2020-02-21T09:00:00+08:00', 'site.restored', {}, host, { status: 'done', deadlines: { takedownLimit: { outcome: 'missed' } } }),
    ],
  },
  {
    name: 'a second counted take-down in 2019 or one planned for more than 30 days is refused at once',
    steps: [
      on('second').open(
        '2019-07-01T09:00:00+08:00',
        takedown({ plannedStart: '2019-07-08', earlierTakedowns: [{ from: '2019-01-06', counted: true }] }),
        { expect: { state: 'closed', status: 'done' } },
      ),
      on('long').open('2019-07-01T09:00:00+08:00', takedown({ plannedStart: '2019-07-08', plannedDays: 31 }), {
        expect: { state: 'closed', status: 'done' },
      }),
      on('long').send(
        '2019-07-01T10:00:00+08:00',
        'takedown.reviewed',
        { reviewer: '县政府政务公开办', approved: true, opinion: '同意' },
        authority,
        { rejected: 'CASE_CLOSED' },
      ),
      open('2019-07-01T10:01:00+08:00', takedown({ plannedDays: 0 }), { expect: { rejected: 'INVALID_PAYLOAD' } }),
    ],
  },
  {
    name: 'with takedownYearBasis = rolling12Months a take-down within twelve months of the last is refused, and a refused review or decision ends the matter',
    parameters: { [M]: { takedownYearBasis: 'rolling12Months' } },
    steps: [
      on('rolling').open(
        '2020-02-20T09:00:00+08:00',
        takedown({ plannedStart: '2020-03-01', earlierTakedowns: [{ from: '2019-06-01', counted: true }] }),
        { expect: { state: 'closed' } },
      ),
      on('r').open(
        '2020-06-20T09:00:00+08:00',
        takedown({ plannedStart: '2020-07-01', earlierTakedowns: [{ from: '2019-06-01', counted: true }] }),
        { expect: { state: 'takedown.reviewing' } },
      ),
      on('r').send(
        '2020-06-22T10:00:00+08:00',
        'takedown.reviewed',
        { reviewer: '县政府政务公开办', approved: false, opinion: '整改可在线进行' },
        authority,
        { state: 'closed', status: 'done' },
      ),
      on('d').open('2020-06-23T09:00:00+08:00', takedown({ plannedStart: '2020-07-01' })),
      on('d').send(
        '2020-06-23T10:00:00+08:00',
        'takedown.reviewed',
        { reviewer: '县政府政务公开办', approved: true, opinion: '同意' },
        authority,
      ),
      on('d').send('2020-06-24T10:00:00+08:00', 'takedown.decided', { approved: false }, city, { rejected: 'INVALID_PAYLOAD' }),
      on('d').send('2020-06-24T10:01:00+08:00', 'takedown.decided', { approved: false, reasons: '不同意下线' }, authority, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('d').send('2020-06-24T10:02:00+08:00', 'takedown.decided', { approved: false, reasons: '不同意下线' }, city, {
        state: 'closed',
        status: 'done',
      }),
    ],
  },

  // ── 第十三条 迁移公告 ──────────────────────────────────────────────────────
  {
    name: 'a migration notice taken down before its 30 days are up is recorded as a breach',
    steps: [
      open('2019-09-20T09:00:00+08:00', migration, { expect: { state: 'migrationNotice.awaitingPosting' } }),
      send('2019-09-20T09:30:00+08:00', 'notice.removed', { reason: '误操作' }, host, {
        rejected: 'EVENT_NOT_ALLOWED' /* nothing posted */,
      }),
      send('2019-09-20T09:31:00+08:00', 'notice.posted', { location: '' }, host, { rejected: 'INVALID_PAYLOAD' }),
      send('2019-09-20T09:32:00+08:00', 'notice.posted', { location: '网站首页顶部' }, media, { rejected: 'ROLE_NOT_ALLOWED' }),
      // 30 days end 10-20 24:00, a Sunday: not rolled forward (第十三条 is a floor, not a period to act in).
      send('2019-09-20T10:00:00+08:00', 'notice.posted', { location: '网站首页顶部' }, host, {
        state: 'migrationNotice.posted',
        deadlines: { noticeMinimum: { dueAt: '2019-10-21T00:00:00+08:00', status: 'running' } },
      }),
      send('2019-10-15T10:00:00+08:00', 'notice.removed', { reason: '网站已关停' }, host, {
        state: 'closed',
        status: 'done',
        breaches: ['noticeRemovedEarly'],
        deadlines: { noticeMinimum: { status: 'cancelled' } },
      }),
    ] satisfies Steps,
  },
  {
    name: 'a completion notice kept for 30 days may then be removed without a breach',
    steps: [
      open('2021-03-01T09:00:00+08:00', { ...migration, notice: 'completion' }),
      send('2021-03-01T10:00:00+08:00', 'notice.posted', { location: '西吉县人民政府网站通知公告栏目' }, host, {
        deadlines: { noticeMinimum: { dueAt: '2021-04-01T00:00:00+08:00' } },
      }),
      on('c').tick('2021-04-01T00:00:00+08:00', { fired: ['noticeMinimum:due'], state: 'migrationNotice.kept', breaches: [] }),
      send('2021-04-01T10:00:00+08:00', 'notice.removed', { reason: '保留期满' }, host, { state: 'closed', status: 'done', breaches: [] }),
    ],
  },

  // 第十三条 "有关公告信息原则上至少保留30天", replayed at exact instants: the 30 days start at 00:00 after the
  // day of posting (《民法典》第二百零一条) and end at 24:00 of the 30th day, whether or not it is a rest day.
  ...(
    [
      // The 30th day, 10-20, is a Sunday: removed on Monday morning after 30 full days, no breach.
      { postedAt: '2019-09-20T10:00:00+08:00', dueAt: '2019-10-21T00:00:00+08:00', removedAt: '2019-10-21T09:00:00+08:00', early: false },
      { postedAt: '2019-09-20T10:00:00+08:00', dueAt: '2019-10-21T00:00:00+08:00', removedAt: '2019-10-20T23:59:59+08:00', early: true },
      // The 30th day, 10-05, is in 国庆 (10-01…10-07): kept until then is enough, not until 10-08.
      { postedAt: '2019-09-05T16:00:00+08:00', dueAt: '2019-10-06T00:00:00+08:00', removedAt: '2019-10-06T10:00:00+08:00', early: false },
      { postedAt: '2019-09-05T16:00:00+08:00', dueAt: '2019-10-06T00:00:00+08:00', removedAt: '2019-10-05T20:00:00+08:00', early: true },
    ] as const
  ).map(
    ({ postedAt, dueAt, removedAt, early }): Omit<Scenario, 'modules'> => ({
      name: `第十三条: a notice posted at ${postedAt} has been kept 30 days at ${dueAt}; removed at ${removedAt} it is ${early ? 'early' : 'in time'}`,
      steps: [
        open(`${postedAt.slice(0, 10)}T09:00:00+08:00`, migration),
        send(postedAt, 'notice.posted', { location: '网站首页顶部' }, host, { deadlines: { noticeMinimum: { dueAt, status: 'running' } } }),
        ...(early
          ? []
          : [
              {
                at: dueAt,
                tick: true as const,
                expect: { case: 'c', fired: ['noticeMinimum:due'], state: 'migrationNotice.kept', breaches: [] },
              },
            ]),
        send(removedAt, 'notice.removed', { reason: '网站已完成迁移' }, host, {
          state: 'closed',
          status: 'done',
          breaches: early ? ['noticeRemovedEarly'] : [],
        }),
      ],
    }),
  ),

  // ── 第三十九条 政务新媒体账号 ──────────────────────────────────────────────
  {
    name: 'an account opened before the 2021 Spring Festival is filed within 10 working days, and its closure before National Day 2021 within 5',
    steps: [
      open('2021-02-05T09:00:00+08:00', account, { actor: media, expect: { state: 'account.planned' } }),
      send('2021-02-05T09:30:00+08:00', 'account.filed', filed, media, { rejected: 'EVENT_NOT_ALLOWED' /* not opened yet */ }),
      send('2021-02-05T09:31:00+08:00', 'account.opened', { ...opened, responsible: { principal: '局长', deputy: '副局长' } }, media, {
        rejected: 'INVALID_PAYLOAD' /* 总编辑 */,
      }),
      // 10 working days: 02-07 /* 调休 Sunday */, 02-08, 02-09, 02-10, 02-18, 02-19, 02-20 /* 调休 Saturday */, 02-22, 02-23, 02-24; 02-11…02-17 春节.
      send('2021-02-05T10:00:00+08:00', 'account.opened', opened, media, {
        state: 'account.awaitingFiling',
        deadlines: { accountFiling: { dueAt: '2021-02-25T00:00:00+08:00', warnAt: '2021-02-23T00:00:00+08:00' } },
      }),
      send('2021-02-18T10:00:00+08:00', 'account.filed', filed, host, { rejected: 'ROLE_NOT_ALLOWED' }),
      send('2021-02-18T10:01:00+08:00', 'account.filed', { ...filed, filedWith: [] }, media, { rejected: 'INVALID_PAYLOAD' }),
      send('2021-02-18T10:02:00+08:00', 'account.filed', filed, authority, {
        state: 'account.active',
        deadlines: { accountFiling: { status: 'completed', outcome: 'met' } },
      }),
      // 5 working days: 09-29, 09-30, 10-08, 10-09 /* 调休 Saturday */, 10-11; 10-01…10-07 国庆.
      send(
        '2021-09-28T10:00:00+08:00',
        'account.closed',
        { approvedBy: '县卫生健康局局长', announcement: '本账号将于2021年9月30日停止运营，相关服务请关注“西吉县人民政府”。' },
        media,
        {
          state: 'account.closing',
          notices: ['accountClosureAnnouncement'],
          deadlines: { closureFiling: { dueAt: '2021-10-12T00:00:00+08:00', warnAt: '2021-10-10T00:00:00+08:00' } },
        },
      ),
      send('2021-10-11T10:00:00+08:00', 'account.closureFiled', { reference: '固政公备〔2021〕12号' }, city, {
        state: 'closed',
        status: 'done',
        breaches: [],
        deadlines: { closureFiling: { outcome: 'met' } },
      }),
    ] satisfies Steps,
  },
  {
    name: 'an account filed late and a closure filed late around National Day 2020 record both breaches of 第三十九条',
    steps: [
      open('2020-09-28T09:00:00+08:00', account, { actor: media }),
      // 10 working days: 09-29, 09-30, 10-09, 10-10 /* 调休 Saturday */, 10-12 … 10-16, 10-19.
      send('2020-09-28T10:00:00+08:00', 'account.opened', opened, media, {
        deadlines: { accountFiling: { dueAt: '2020-10-20T00:00:00+08:00' } },
      }),
      on('c').tick('2020-10-20T00:00:00+08:00', { fired: ['accountFiling:warning', 'accountFiling:due'], breaches: ['accountFilingLate'] }),
      send('2020-10-21T10:00:00+08:00', 'account.filed', filed, media, {
        state: 'account.active',
        deadlines: { accountFiling: { outcome: 'missed' } },
      }),
      send('2020-11-02T10:00:00+08:00', 'account.closed', { approvedBy: '局长' }, media, { rejected: 'INVALID_PAYLOAD' /* 公告 */ }),
      send('2020-11-02T10:01:00+08:00', 'account.closed', { approvedBy: '局长', announcement: '本账号停止运营' }, media, {
        deadlines: { closureFiling: { dueAt: '2020-11-10T00:00:00+08:00' } },
      }),
      on('c').tick('2020-11-10T00:00:00+08:00', {
        fired: ['closureFiling:warning', 'closureFiling:due'],
        breaches: ['accountFilingLate', 'closureFilingLate'],
        state: 'account.closing',
      }),
      send('2020-11-11T10:00:00+08:00', 'account.closureFiled', { reference: '' }, media, { rejected: 'INVALID_PAYLOAD' }),
      send('2020-11-11T10:01:00+08:00', 'account.closureFiled', { reference: '固政公备〔2020〕30号' }, media, {
        status: 'done',
        deadlines: { closureFiling: { outcome: 'missed' } },
      }),
    ],
  },
  {
    name: 'an official’s verified account is filed with no period to run',
    steps: [
      open('2022-03-01T09:00:00+08:00', { ...account, accountName: '西吉县卫健局局长', holder: 'official' }, { actor: media }),
      send('2022-03-01T10:00:00+08:00', 'account.opened', opened, media, {
        state: 'account.awaitingFiling',
        deadlines: { accountFiling: 'absent' },
      }),
      send('2022-04-20T10:00:00+08:00', 'account.filed', filed, media, { state: 'account.active', breaches: [] }),
    ],
  },

  // ── 第四十条、第四十一条 每周发布与三审 ─────────────────────────────────────
  {
    name: 'a week of the 2019 National Day holiday with 3 posts ends with a breach of 第四十条',
    steps: [
      // The week runs on the clock from Monday 09-30 00:00 to Monday 10-07 00:00.
      open('2019-09-30T09:00:00+08:00', week('2019-09-30'), {
        actor: media,
        expect: {
          state: 'week.counting',
          deadlines: { weeklyPosts: { dueAt: '2019-10-07T00:00:00+08:00', warnAt: '2019-10-06T00:00:00+08:00' } },
        },
      }),
      send('2019-09-30T10:00:00+08:00', 'post.published', post('国庆假期就医指南'), media),
      send('2019-10-01T08:00:00+08:00' /* 国庆 */, 'post.published', post('庆祝新中国成立70周年'), media),
      send('2019-10-04T09:00:00+08:00', 'post.published', post('假期疫苗接种安排'), media),
      on('c').tick('2019-10-07T00:00:00+08:00', {
        fired: ['weeklyPosts:warning', 'weeklyPosts:due'],
        breaches: ['tooFewPosts'],
        state: 'closed',
        status: 'done',
      }),
    ],
  },
  {
    name: 'a week case opened before its Monday is refused at once, since its week cannot be counted yet',
    steps: [
      open('2020-05-29T09:00:00+08:00', week('2020-06-01'), { actor: media, expect: { state: 'closed', status: 'done', breaches: [] } }),
    ],
  },
  {
    name: 'a week in June 2020 with 4 posts ends without a breach',
    steps: [
      open('2020-06-03T09:00:00+08:00', week('2020-06-01'), {
        actor: media,
        expect: { deadlines: { weeklyPosts: { dueAt: '2020-06-08T00:00:00+08:00' } } },
      }),
      send('2020-06-03T10:00:00+08:00', 'post.published', post('一'), media),
      send('2020-06-04T10:00:00+08:00', 'post.published', post('二'), media),
      send('2020-06-05T10:00:00+08:00', 'post.published', post('三'), media),
      send('2020-06-06T10:00:00+08:00', 'post.published', post('四'), media, { state: 'week.counting' }),
      on('c').tick('2020-06-08T00:00:00+08:00', {
        fired: ['weeklyPosts:warning', 'weeklyPosts:due'],
        breaches: [],
        state: 'closed',
        status: 'done',
      }),
    ],
  },
  {
    name: 'a post that skipped 三审 or the secrecy review is recorded with the breach of 第四十一条 and counts toward 第四十条’s four a week',
    steps: [
      open('2022-01-05T09:00:00+08:00', week('2022-01-04'), { actor: media, expect: { rejected: 'INVALID_PAYLOAD' /* a Tuesday */ } }),
      open('2022-01-05T09:00:00+08:00', week('2022-01-03'), { actor: media }),
      send('2022-01-05T10:00:00+08:00', 'post.published', { ...post('两审'), reviews: post('').reviews.slice(0, 2) }, media, {
        state: 'week.counting',
        breaches: ['postNotReviewed'],
      }),
      send(
        '2022-01-05T10:01:00+08:00',
        'post.published',
        { ...post('同一人'), reviews: post('').reviews.map((r) => ({ ...r, reviewer: '编辑甲' })) },
        media,
        { breaches: ['postNotReviewed', 'postNotReviewed'] },
      ),
      send('2022-01-05T10:03:00+08:00', 'post.published', { ...post('未保密审查'), secrecyReviewed: false }, media, {
        breaches: ['postNotReviewed', 'postNotReviewed', 'postNotReviewed'],
      }),
      send('2022-01-05T10:04:00+08:00', 'post.published', { title: '未审', secrecyReviewed: false }, media, {
        breaches: ['postNotReviewed', 'postNotReviewed', 'postNotReviewed', 'postNotReviewed'],
      }),
      send('2022-01-05T10:05:00+08:00', 'post.published', { ...post('四审'), reviews: [...post('').reviews, post('').reviews[0]] }, media, {
        rejected: 'INVALID_PAYLOAD' /* more than three reviews is not a 三审 record */,
      }),
      send('2022-01-05T10:06:00+08:00', 'post.published', post('角色错误'), host, { rejected: 'ROLE_NOT_ALLOWED' }),
      send('2022-01-05T10:07:00+08:00', 'account.filed', filed, media, { rejected: 'EVENT_NOT_ALLOWED' /* a week case */ }),
      send('2022-01-05T10:08:00+08:00', 'deadline.due', { name: 'weeklyPosts' }, media, { rejected: 'UNKNOWN_EVENT' }),
      // Four posts were published, one of them after 三审: the week has its four (第四十条), the breaches stay.
      on('c').tick('2022-01-10T00:00:00+08:00', {
        fired: ['weeklyPosts:warning', 'weeklyPosts:due'],
        state: 'closed',
        breaches: ['postNotReviewed', 'postNotReviewed', 'postNotReviewed', 'postNotReviewed'],
      }),
    ] satisfies Steps,
  },

  // ── 第十五条 临时下线每年不得超过1次, from the engine's own cases ────────────────
  {
    name: 'a second take-down of the same site in 2019 is refused at its first review because the engine holds the first one; another site’s and an emergency take-down do not count',
    steps: [
      on('first').open('2019-03-01T09:00:00+08:00', takedown({ plannedStart: '2019-03-10', plannedDays: 10 }), { title: SITE }),
      on('first').send(
        '2019-03-01T10:00:00+08:00',
        'takedown.reviewed',
        { reviewer: '县政府政务公开办', approved: true, opinion: '同意' },
        authority,
      ),
      on('first').send('2019-03-04T10:00:00+08:00', 'takedown.decided', { approved: true }, city),
      on('first').send('2019-03-10T10:00:00+08:00', 'site.takenDown', { announcementUrl: 'http://www.nxxj.gov.cn/gg/5' }, host),
      on('first').send('2019-03-15T10:00:00+08:00', 'site.restored', {}, authority, { state: 'restored', status: 'done' }),
      // An emergency take-down of the same site (第十五条第二款) is filed, not counted.
      on('storm').open(
        '2019-05-06T09:00:00+08:00',
        { kind: 'emergencyTakedown', site: SITE, hostUnit: '县教育局', cause: 'forceMajeure', description: '暴雨致机房断电' },
        {
          title: SITE,
          expect: { state: 'emergencyTakedown.filing', deadlines: { emergencyFiling: { dueAt: '2019-05-10T00:00:00+08:00' } } },
        },
      ),
      on('storm').send(
        '2019-05-07T09:00:00+08:00',
        'emergency.filed',
        { filedWith: ['市政府政务公开办'], reference: '西教〔2019〕12号' },
        host,
      ),
      on('storm').send('2019-05-08T09:00:00+08:00', 'site.restored', {}, host, { state: 'closed', breaches: [] }),
      // Another site's take-down does not count for this one.
      on('other').open(
        '2019-06-03T09:00:00+08:00',
        takedown({ site: '西吉县卫生健康局网站', plannedStart: '2019-06-10', plannedDays: 5 }),
        { title: '西吉县卫生健康局网站' },
      ),
      on('other').send(
        '2019-06-03T10:00:00+08:00',
        'takedown.reviewed',
        { reviewer: '县政府政务公开办', approved: true, opinion: '同意' },
        authority,
        { state: 'takedown.reviewing' },
      ),
      // The second take-down of the site this year: nothing typed in, the engine's own first case counts.
      on('second').open('2019-09-02T09:00:00+08:00', takedown({ plannedStart: '2019-09-10', plannedDays: 5 }), {
        title: SITE,
        expect: { state: 'takedown.reviewing' },
      }),
      on('second').send(
        '2019-09-02T10:00:00+08:00',
        'takedown.reviewed',
        { reviewer: '县政府政务公开办', approved: true, opinion: '同意' },
        authority,
        { state: 'closed', status: 'done' },
      ),
      // In 2020 the site may be taken down again.
      on('next').open('2020-01-06T09:00:00+08:00', takedown({ plannedStart: '2020-01-13', plannedDays: 5 }), { title: SITE }),
      on('next').send(
        '2020-01-06T10:00:00+08:00',
        'takedown.reviewed',
        { reviewer: '县政府政务公开办', approved: true, opinion: '同意' },
        authority,
        { state: 'takedown.reviewing' },
      ),
    ] satisfies Steps,
  },
  {
    name: 'an ordered emergency take-down not filed within emergencyFilingWorkingDays is a breach; the late filing is still recorded (第十五条第二款)',
    parameters: { [M]: { emergencyFilingWorkingDays: 1 } },
    steps: [
      // 1 working day from 09-30 (not counted): 10-01…07 国庆 skipped, 10-08 → due 10-08 24:00.
      open(
        '2019-09-30T15:00:00+08:00',
        {
          kind: 'emergencyTakedown',
          site: SITE,
          hostUnit: '县教育局',
          cause: 'orderedEmergency',
          description: '未落实等级保护要求，被责令紧急下线',
        },
        { expect: { deadlines: { emergencyFiling: { dueAt: '2019-10-09T00:00:00+08:00', length: 1 } } } },
      ),
      on('c').tick('2019-10-09T00:00:00+08:00', {
        fired: ['emergencyFiling:warning', 'emergencyFiling:due'],
        breaches: ['emergencyFilingLate'],
        state: 'emergencyTakedown.filing',
      }),
      send('2019-10-10T09:00:00+08:00', 'emergency.filed', { filedWith: ['市政府政务公开办'], reference: '西教〔2019〕30号' }, authority, {
        state: 'emergencyTakedown.offline',
        deadlines: { emergencyFiling: { outcome: 'missed' } },
      }),
      send('2019-10-20T09:00:00+08:00', 'site.restored', {}, host, { state: 'closed', status: 'done' }),
    ] satisfies Steps,
  },

  // ── 第三十九条 账号未备案即关闭 ─────────────────────────────────────────────
  {
    name: 'an account closed before it was ever filed is recorded: the closure announced, the missing filing a breach, the closure filing still due',
    steps: [
      open('2021-03-01T09:00:00+08:00', account, { actor: media }),
      send('2021-03-01T10:00:00+08:00', 'account.opened', opened, media),
      send('2021-03-05T10:00:00+08:00', 'account.closed', { approvedBy: '局长', announcement: '因机构调整停用' }, media, {
        state: 'account.closing',
        notices: ['accountClosureAnnouncement'],
        breaches: ['accountNeverFiled'],
        deadlines: { accountFiling: { status: 'cancelled' }, closureFiling: { status: 'running' } },
      }),
      send('2021-03-08T10:00:00+08:00', 'account.closureFiled', { reference: '固政公开备〔2021〕5号' }, authority, {
        state: 'closed',
        status: 'done',
        breaches: ['accountNeverFiled'],
      }),
    ] satisfies Steps,
  },

  // ── Ways out of waits on outside parties ──────────────────────────────────
  {
    name: 'the competent authority closes matters nobody pursues (第四条), records a site back online and a closure filing, and the portal relays an answer',
    steps: [
      on('o').open('2019-03-01T09:00:00+08:00', opening),
      on('n').open('2019-03-01T09:01:00+08:00', migration),
      on('a').open('2019-03-01T09:02:00+08:00', account, { actor: media }),
      on('o').send('2019-06-03T09:00:00+08:00', 'matter.closed', { reason: '主办单位撤回开设申请' }, authority, {
        state: 'closed',
        status: 'done',
      }),
      on('o').send('2019-06-03T09:01:00+08:00', 'matter.closed', { reason: '重复' }, authority, { rejected: 'CASE_CLOSED' }),
      on('n').send('2019-06-03T09:02:00+08:00', 'matter.closed', { reason: '网站不再迁移' }, portal, { state: 'closed' }),
      on('a').send('2019-06-03T09:03:00+08:00', 'matter.closed', { reason: '账号未开设' }, media, { rejected: 'ROLE_NOT_ALLOWED' }),
      on('a').send('2019-06-03T09:04:00+08:00', 'matter.closed', { reason: '账号未开设' }, authority, { state: 'closed' }),
      on('e').open('2019-06-03T09:05:00+08:00', errorReport, { actor: portal }),
      on('e').send('2019-06-03T10:00:00+08:00', 'errorReport.forwarded', forwarded, portal),
      on('e').send('2019-06-04T10:00:00+08:00', 'errorReport.answered', answered, portal, {
        state: 'closed',
        notices: ['errorReportReply'],
      }),
    ] satisfies Steps,
  },

  // ── 第十二条 整合迁移, 第三十二条 巡查抽检, 第三十五条 年度报表, 第四十三条 网宣办处置 ──────────
  {
    name: 'a migration before permanent closure starts only after review and the city office’s approval; one started without approval is recorded with the breach (第十二条)',
    steps: [
      on('m').open('2019-04-01T09:00:00+08:00', {
        kind: 'migration',
        site: SITE,
        hostUnit: '县教育局',
        reason: '按集约化要求永久关停',
        safeguards: '内容整合至县政府门户网站教育专栏',
      }),
      {
        ...on('m').send('2019-04-01T10:00:00+08:00', 'migration.decided', { approved: true }, city),
        expect: { case: 'm', rejected: 'EVENT_NOT_ALLOWED' /* 逐级审核 first */ },
      },
      on('m').send(
        '2019-04-02T10:00:00+08:00',
        'migration.reviewed',
        { reviewer: '县政府政务公开办', approved: true, opinion: '同意' },
        authority,
      ),
      on('m').send('2019-04-08T10:00:00+08:00', 'migration.decided', { approved: true }, city, { state: 'migration.approved' }),
      on('m').send('2019-04-09T10:00:00+08:00', 'migration.started', { plan: '4月底前完成迁移' }, host, { state: 'closed', breaches: [] }),
      on('early').open('2019-05-06T09:00:00+08:00', {
        kind: 'migration',
        site: '西吉县扶贫开发办公室网站',
        hostUnit: '县扶贫办',
        reason: '机构撤并',
        safeguards: '内容并入县政府门户网站',
      }),
      on('no').open('2019-05-06T09:01:00+08:00', {
        kind: 'migration',
        site: '西吉县水务局网站',
        hostUnit: '县水务局',
        reason: '无力维护',
        safeguards: '无',
      }),
      on('early').send('2019-05-07T10:00:00+08:00', 'migration.started', { plan: '已开始迁移' }, host, {
        state: 'closed',
        breaches: ['migrationWithoutApproval'],
      }),
      on('no').send(
        '2019-05-08T10:00:00+08:00',
        'migration.reviewed',
        { reviewer: '县政府政务公开办', approved: false, opinion: '保障措施不足' },
        authority,
        { state: 'closed' },
      ),
    ] satisfies Steps,
  },
  {
    name: 'the quarterly inspection of 2019-Q3 is due by 24:00 on 30 September; done late, it is a breach, and its results are published within 10 working days (第三十二条、第三十三条)',
    steps: [
      open(
        '2019-07-01T09:00:00+08:00',
        { kind: 'inspection', quarter: '2019-Q3' },
        {
          actor: authority,
          expect: {
            state: 'inspection.inspecting',
            deadlines: { quarterlyInspection: { dueAt: '2019-10-01T00:00:00+08:00', length: 2208 } },
          },
        },
      ),
      on('c').tick('2019-10-01T00:00:00+08:00', {
        fired: ['quarterlyInspection:warning', 'quarterlyInspection:due'],
        breaches: ['inspectionLate'],
      }),
      // 10 working days from 10-08 (not counted): 10-09…11 (3), 10-12 调休 Saturday (4), 10-14…18 (9), 10-21 (10).
      send(
        '2019-10-08T10:00:00+08:00',
        'inspection.done',
        { methods: ['thirdPartyAssessment', 'officeInspection'], sitesChecked: 12, findings: '2个网站栏目长期未更新' },
        authority,
        { state: 'inspection.publishing', deadlines: { inspectionPublication: { dueAt: '2019-10-22T00:00:00+08:00' } } },
      ),
      send('2019-10-15T10:00:00+08:00', 'inspection.published', { url: 'http://www.nxxj.gov.cn/zwgk/xcjc/2019q3' }, portal, {
        state: 'closed',
        status: 'done',
        breaches: ['inspectionLate'],
        deadlines: { inspectionPublication: { outcome: 'met' } },
      }),
    ] satisfies Steps,
  },
  {
    name: 'an inspection case opened before its quarter is refused at once; one whose results are not published in time records the breach',
    parameters: { [M]: { inspectionPublicationWorkingDays: 2 } },
    steps: [
      on('early').open(
        '2020-03-30T09:00:00+08:00',
        { kind: 'inspection', quarter: '2020-Q2' },
        { actor: authority, expect: { state: 'closed' } },
      ),
      open('2020-04-01T09:00:00+08:00', { kind: 'inspection', quarter: '2020-Q2' }, { actor: authority }),
      send(
        '2020-06-10T10:00:00+08:00',
        'inspection.done',
        { methods: ['publicOpinionSurvey'], sitesChecked: 12, findings: '未发现问题' },
        authority,
      ),
      on('c').tick('2020-06-13T00:00:00+08:00', {
        fired: ['inspectionPublication:warning', 'inspectionPublication:due'],
        breaches: ['inspectionPublicationLate'],
      }),
    ] satisfies Steps,
  },
  {
    name: 'a host unit publishes its yearly website report table (第三十五条)',
    steps: [
      open(
        '2020-01-06T09:00:00+08:00',
        { kind: 'yearlyTable', site: SITE, hostUnit: '县教育局', year: 2019 },
        { expect: { state: 'yearlyTable.compiling' } },
      ),
      send(
        '2020-01-20T10:00:00+08:00',
        'yearlyTable.published',
        {
          url: 'http://www.nxxj.gov.cn/jyj/ndbb/2019',
          posts: 1260,
          visits: 380000,
          serviceItems: 45,
          serviceRequests: 3100,
          messagesHandled: '留言126件，均已办结',
        },
        host,
        { state: 'closed', status: 'done' },
      ),
    ] satisfies Steps,
  },
  {
    name: 'the county internet publicity office interviews the unit of an account and orders it closed (第四十三条); the closure is then recorded',
    steps: [
      open('2021-03-01T09:00:00+08:00', account, { actor: media }),
      send('2021-03-01T10:00:00+08:00', 'account.opened', opened, media),
      send('2021-03-02T10:00:00+08:00', 'account.filed', filed, media),
      send(
        '2021-06-01T10:00:00+08:00',
        'account.sanctioned',
        { measure: 'interview', facts: '连续两月未更新' },
        { id: 'wxb', role: 'propagandaOffice' },
        { state: 'account.active', notices: ['accountSanction'] },
      ),
      send(
        '2021-07-01T10:00:00+08:00',
        'account.sanctioned',
        { measure: 'closureOrdered', facts: '约谈后仍未整改' },
        { id: 'wxb', role: 'propagandaOffice' },
        { state: 'account.active', notices: ['accountSanction'] },
      ),
      send('2021-07-02T10:00:00+08:00', 'account.closed', { approvedBy: '局长', announcement: '奉令关闭' }, media, {
        state: 'account.closing',
      }),
    ] satisfies Steps,
  },
];

describeRuleModule(websitesNewMedia, { readme, scenarios });

/** The output a case returned when it ended. */
async function outputOf(scenario: Omit<Scenario, 'modules'>, alias = 'c'): Promise<WebsitesNewMediaOutput> {
  const { engine, cases } = await runScenario({ ...scenario, modules: [websitesNewMedia] });
  const closed = (await engine.history(cases[alias]!)).find((e) => e.kind === 'case.closed');
  return (closed?.data as { output: WebsitesNewMediaOutput }).output;
}
const byName = (name: string) => scenarios.find((s) => s.name.startsWith(name))!;

describe('websites-new-media output', () => {
  it('counts the posts of a week', async () => {
    expect(await outputOf(byName('a week of the 2019 National Day'))).toEqual({
      kind: 'week',
      outcome: 'weekEnded',
      posts: 3,
      takedownRefusals: null,
    });
    expect(await outputOf(byName('a week in June 2020'))).toEqual({ kind: 'week', outcome: 'weekEnded', posts: 4, takedownRefusals: null });
  });
  it('says a take-down not allowed by 第十五条 was refused', async () => {
    expect(await outputOf(byName('a second counted take-down'), 'second')).toEqual({
      kind: 'takedown',
      outcome: 'refused',
      posts: null,
      takedownRefusals: ['alreadyTakenDownThisYear'],
    });
    expect(await outputOf(byName('a second counted take-down'), 'long')).toEqual({
      kind: 'takedown',
      outcome: 'refused',
      posts: null,
      takedownRefusals: ['tooLong'],
    });
    expect(await outputOf(byName('a take-down over the 2019 Spring Festival'))).toEqual({
      kind: 'takedown',
      outcome: 'restored',
      posts: null,
      takedownRefusals: [],
    });
  });
  it('says a take-down refused because the engine holds the site’s take-down of the year was refused for that reason', async () => {
    expect(await outputOf(byName('a second take-down of the same site in 2019'), 'second')).toEqual({
      kind: 'takedown',
      outcome: 'refused',
      posts: null,
      takedownRefusals: ['alreadyTakenDownThisYear'],
    });
  });
  it('says a week opened before its Monday was refused', async () => {
    expect(await outputOf(byName('a week case opened before its Monday'))).toEqual({
      kind: 'week',
      outcome: 'refused',
      posts: 0,
      takedownRefusals: null,
    });
  });
  it('says an error report was answered', async () => {
    expect(await outputOf(byName('an error report received on the eve'))).toEqual({
      kind: 'errorReport',
      outcome: 'answered',
      posts: null,
      takedownRefusals: null,
    });
  });
});
