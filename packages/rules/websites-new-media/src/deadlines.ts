import { type BreachSpec, breach, type DeadlineSpec, deadline, hours, minutes, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import { hoursInDays, MIN_NOTICE_DAYS } from './plain-days.js';
import { MAX_TAKEDOWN_DAYS } from './takedown-allowance.js';

/** The periods of the text: error reports (第二十条), take-downs (第十五条), migration notices (第十三条), new-media accounts (第三十九条) and their weekly posts (第四十条). */
export const deadlines = {
  forwardErrorReport: deadline('第二十条', workingDays(1), {
    label: { zh: '纠错意见转办期限', en: 'forwarding an error report' },
    startsOn: { zh: '收到网民纠错意见之日（立案之时）', en: 'receipt of the error report (the case opening)' },
  }),
  answerErrorReport: deadline('第二十条', workingDays(2), {
    label: { zh: '纠错意见处理并回复期限', en: 'handling and answering an error report' },
    startsOn: {
      zh: '转主办单位办理之日（参数 errorAnswerCountedFrom 可改为收到之日）',
      en: 'forwarding to the host unit (or receipt, by parameter)',
    },
    warnBefore: workingDays(1),
  }),
  // 第十五条 "下线时间不得超过30天" caps how long the site stays down: 30 days ending at 24:00 of the
  // 30th day after the take-down, never rolled past a holiday (《民法典》第二百零三条 does not apply).
  takedownLimit: deadline('第十五条', hours(hoursInDays(MAX_TAKEDOWN_DAYS)), {
    label: { zh: '临时下线时间上限（30日，不因节假日顺延）', en: 'maximum take-down period (30 days, not rolled past holidays)' },
    startsOn: {
      zh: '网站下线之次日0时（下线当日不计入，《民法典》第二百零一条）；届满于第30日24时，最后一日为节假日的不顺延',
      en: '00:00 the day after the site goes offline (that day not counted); ends at 24:00 of the 30th day, not rolled past a holiday',
    },
    warnBefore: minutes(3 * 24 * 60),
  }),
  emergencyFiling: deadline('第十五条', workingDays(3), {
    label: { zh: '紧急下线书面报备期限', en: 'filing an emergency take-down' },
    startsOn: {
      zh: '网站紧急下线之日（参数 emergencyFilingWorkingDays，原文为"及时"）',
      en: 'the day the site went offline (parameter; the text says 及时)',
    },
    warnBefore: workingDays(1),
  }),
  quarterlyInspection: deadline('第三十二条', hours(2184), {
    label: { zh: '季度巡查抽检期限（本季度末）', en: 'quarterly inspection (by the end of the quarter)' },
    startsOn: {
      zh: '本季度第一日0时；止于本季度最后一日24时（长度逐案按季度天数计算）',
      en: '00:00 on the first day of the quarter; ends at 24:00 on its last day (hours computed per quarter)',
    },
    warnBefore: minutes(7 * 24 * 60),
  }),
  inspectionPublication: deadline('第三十二条', workingDays(10), {
    label: { zh: '巡查抽检情况公开期限', en: 'publishing the inspection results' },
    startsOn: {
      zh: '巡查抽检完成之日（参数 inspectionPublicationWorkingDays，原文为"及时公开"）',
      en: 'the day the inspection was done (parameter; the text says 及时公开)',
    },
    warnBefore: workingDays(2),
  }),
  // 第十三条 "原则上至少保留30天" is a floor on how long the notice stays up: met at 24:00 of the 30th day
  // after posting whatever day that is. Rolling it forward (《民法典》第二百零三条) would make a notice kept
  // 30 full days a breach; that rule extends a period for doing something, not a minimum duration.
  noticeMinimum: deadline('第十三条', hours(hoursInDays(MIN_NOTICE_DAYS)), {
    label: {
      zh: '迁移公告最短保留期（30日，不因节假日顺延）',
      en: 'minimum time a migration notice stays up (30 days, not rolled past holidays)',
    },
    startsOn: {
      zh: '公告悬挂之次日0时（悬挂当日不计入，《民法典》第二百零一条）；届满于第30日24时，最后一日为节假日的不顺延',
      en: '00:00 the day after the notice is posted (that day not counted); ends at 24:00 of the 30th day, not rolled past a holiday',
    },
  }),
  accountFiling: deadline('第三十九条', workingDays(10), {
    label: { zh: '政务新媒体账号备案期限', en: 'filing a new account' },
    startsOn: { zh: '账号开设之日', en: 'the day the account is opened' },
    warnBefore: workingDays(2),
  }),
  closureFiling: deadline('第三十九条', workingDays(5), {
    label: { zh: '账号关闭备案期限', en: 'filing an account closure' },
    startsOn: { zh: '账号关闭之日', en: 'the day the account is closed' },
    warnBefore: workingDays(1),
  }),
  weeklyPosts: deadline('第四十条', hours(168), {
    label: { zh: '本周发布信息统计截止', en: 'end of the counted week' },
    startsOn: { zh: '本周星期一0时', en: 'Monday 00:00 of the week' },
    warnBefore: minutes(1440),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when one of those periods is not kept. */
export const breaches = {
  errorReportForwardLate: breach('第二十条', { zh: '纠错意见未在1个工作日内转办', en: 'error report not forwarded within 1 working day' }),
  errorReportAnswerLate: breach('第二十条', {
    zh: '纠错意见未在2个工作日内处理并回复',
    en: 'error report not answered within 2 working days',
  }),
  takedownOverlong: breach('第十五条', { zh: '临时下线超过30天', en: 'site offline for more than 30 days' }),
  emergencyFilingLate: breach('第十五条', { zh: '紧急下线未及时书面报备', en: 'emergency take-down not filed in time' }),
  migrationWithoutApproval: breach('第十二条', { zh: '整合迁移未经批准即启动', en: 'migration started without approval' }),
  inspectionLate: breach('第三十二条', { zh: '本季度未开展巡查抽检', en: 'no inspection within the quarter' }),
  inspectionPublicationLate: breach('第三十二条', { zh: '巡查抽检情况未及时公开', en: 'inspection results not published in time' }),
  noticeRemovedEarly: breach('第十三条', { zh: '迁移公告保留不足30天', en: 'migration notice removed before 30 days' }),
  accountFilingLate: breach('第三十九条', { zh: '政务新媒体账号未在10个工作日内备案', en: 'account not filed within 10 working days' }),
  closureFilingLate: breach('第三十九条', { zh: '账号关闭未在5个工作日内备案', en: 'closure not filed within 5 working days' }),
  accountNeverFiled: breach('第三十九条', { zh: '政务新媒体账号未备案即关闭', en: 'account closed without ever being filed' }),
  postNotReviewed: breach('第四十一条', {
    zh: '信息未经三审或保密审查即发布',
    en: 'post published without the three reviews or the secrecy review',
  }),
  tooFewPosts: breach('第四十条', { zh: '每周发布信息少于4条', en: 'fewer than 4 posts in the week' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
