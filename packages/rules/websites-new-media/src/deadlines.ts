import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import { hoursInDays, MIN_NOTICE_DAYS } from './plain-days.js';
import { MAX_TAKEDOWN_DAYS } from './takedown-allowance.js';

/** The periods of the text: error reports (第二十条), take-downs (第十五条), migration notices (第十三条), new-media accounts (第三十九条) and their weekly posts (第四十条). */
export const deadlines = {
  forwardErrorReport: {
    label: { zh: '纠错意见转办期限', en: 'forwarding an error report' },
    length: 1,
    unit: 'workingDays',
    startsOn: { zh: '收到网民纠错意见之日（立案之时）', en: 'receipt of the error report (the case opening)' },
    clause: '第二十条',
  },
  answerErrorReport: {
    label: { zh: '纠错意见处理并回复期限', en: 'handling and answering an error report' },
    length: 2,
    unit: 'workingDays',
    startsOn: {
      zh: '转主办单位办理之日（参数 errorAnswerCountedFrom 可改为收到之日）',
      en: 'forwarding to the host unit (or receipt, by parameter)',
    },
    clause: '第二十条',
    warnBefore: { length: 1, unit: 'workingDays' },
  },
  // 第十五条 "下线时间不得超过30天" caps how long the site stays down: 30 days ending at 24:00 of the
  // 30th day after the take-down, never rolled past a holiday (《民法典》第二百零三条 does not apply).
  takedownLimit: {
    label: { zh: '临时下线时间上限（30日，不因节假日顺延）', en: 'maximum take-down period (30 days, not rolled past holidays)' },
    length: hoursInDays(MAX_TAKEDOWN_DAYS),
    unit: 'hours',
    startsOn: {
      zh: '网站下线之次日0时（下线当日不计入，《民法典》第二百零一条）；届满于第30日24时，最后一日为节假日的不顺延',
      en: '00:00 the day after the site goes offline (that day not counted); ends at 24:00 of the 30th day, not rolled past a holiday',
    },
    clause: '第十五条',
    warnBefore: { length: 3 * 24 * 60, unit: 'minutes' },
  },
  // 第十三条 "原则上至少保留30天" is a floor on how long the notice stays up: met at 24:00 of the 30th day
  // after posting whatever day that is. Rolling it forward (《民法典》第二百零三条) would make a notice kept
  // 30 full days a breach; that rule extends a period for doing something, not a minimum duration.
  emergencyFiling: {
    label: { zh: '紧急下线书面报备期限', en: 'filing an emergency take-down' },
    length: 3,
    unit: 'workingDays',
    startsOn: {
      zh: '网站紧急下线之日（参数 emergencyFilingWorkingDays，原文为"及时"）',
      en: 'the day the site went offline (parameter; the text says 及时)',
    },
    clause: '第十五条',
    warnBefore: { length: 1, unit: 'workingDays' },
  },
  quarterlyInspection: {
    label: { zh: '季度巡查抽检期限（本季度末）', en: 'quarterly inspection (by the end of the quarter)' },
    length: 2184,
    unit: 'hours',
    startsOn: {
      zh: '本季度第一日0时；止于本季度最后一日24时（长度逐案按季度天数计算）',
      en: '00:00 on the first day of the quarter; ends at 24:00 on its last day (hours computed per quarter)',
    },
    clause: '第三十二条',
    warnBefore: { length: 7 * 24 * 60, unit: 'minutes' },
  },
  inspectionPublication: {
    label: { zh: '巡查抽检情况公开期限', en: 'publishing the inspection results' },
    length: 10,
    unit: 'workingDays',
    startsOn: {
      zh: '巡查抽检完成之日（参数 inspectionPublicationWorkingDays，原文为"及时公开"）',
      en: 'the day the inspection was done (parameter; the text says 及时公开)',
    },
    clause: '第三十二条',
    warnBefore: { length: 2, unit: 'workingDays' },
  },
  noticeMinimum: {
    label: {
      zh: '迁移公告最短保留期（30日，不因节假日顺延）',
      en: 'minimum time a migration notice stays up (30 days, not rolled past holidays)',
    },
    length: hoursInDays(MIN_NOTICE_DAYS),
    unit: 'hours',
    startsOn: {
      zh: '公告悬挂之次日0时（悬挂当日不计入，《民法典》第二百零一条）；届满于第30日24时，最后一日为节假日的不顺延',
      en: '00:00 the day after the notice is posted (that day not counted); ends at 24:00 of the 30th day, not rolled past a holiday',
    },
    clause: '第十三条',
  },
  accountFiling: {
    label: { zh: '政务新媒体账号备案期限', en: 'filing a new account' },
    length: 10,
    unit: 'workingDays',
    startsOn: { zh: '账号开设之日', en: 'the day the account is opened' },
    clause: '第三十九条',
    warnBefore: { length: 2, unit: 'workingDays' },
  },
  closureFiling: {
    label: { zh: '账号关闭备案期限', en: 'filing an account closure' },
    length: 5,
    unit: 'workingDays',
    startsOn: { zh: '账号关闭之日', en: 'the day the account is closed' },
    clause: '第三十九条',
    warnBefore: { length: 1, unit: 'workingDays' },
  },
  weeklyPosts: {
    label: { zh: '本周发布信息统计截止', en: 'end of the counted week' },
    length: 168,
    unit: 'hours',
    startsOn: { zh: '本周星期一0时', en: 'Monday 00:00 of the week' },
    clause: '第四十条',
    warnBefore: { length: 1440, unit: 'minutes' },
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when one of those periods is not kept. */
export const breaches = {
  errorReportForwardLate: {
    label: { zh: '纠错意见未在1个工作日内转办', en: 'error report not forwarded within 1 working day' },
    clause: '第二十条',
  },
  errorReportAnswerLate: {
    label: { zh: '纠错意见未在2个工作日内处理并回复', en: 'error report not answered within 2 working days' },
    clause: '第二十条',
  },
  takedownOverlong: { label: { zh: '临时下线超过30天', en: 'site offline for more than 30 days' }, clause: '第十五条' },
  emergencyFilingLate: {
    label: { zh: '紧急下线未及时书面报备', en: 'emergency take-down not filed in time' },
    clause: '第十五条',
  },
  migrationWithoutApproval: {
    label: { zh: '整合迁移未经批准即启动', en: 'migration started without approval' },
    clause: '第十二条',
  },
  inspectionLate: { label: { zh: '本季度未开展巡查抽检', en: 'no inspection within the quarter' }, clause: '第三十二条' },
  inspectionPublicationLate: {
    label: { zh: '巡查抽检情况未及时公开', en: 'inspection results not published in time' },
    clause: '第三十二条',
  },
  noticeRemovedEarly: { label: { zh: '迁移公告保留不足30天', en: 'migration notice removed before 30 days' }, clause: '第十三条' },
  accountFilingLate: {
    label: { zh: '政务新媒体账号未在10个工作日内备案', en: 'account not filed within 10 working days' },
    clause: '第三十九条',
  },
  closureFilingLate: { label: { zh: '账号关闭未在5个工作日内备案', en: 'closure not filed within 5 working days' }, clause: '第三十九条' },
  accountNeverFiled: {
    label: { zh: '政务新媒体账号未备案即关闭', en: 'account closed without ever being filed' },
    clause: '第三十九条',
  },
  postNotReviewed: {
    label: { zh: '信息未经三审或保密审查即发布', en: 'post published without the three reviews or the secrecy review' },
    clause: '第四十一条',
  },
  tooFewPosts: { label: { zh: '每周发布信息少于4条', en: 'fewer than 4 posts in the week' }, clause: '第四十条' },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
