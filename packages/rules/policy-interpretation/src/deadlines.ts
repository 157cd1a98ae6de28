import { type BreachSpec, breach, type DeadlineSpec, deadline, hours, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/**
 * 按时发布 (第二部分): the plan's 解读时间, when it is a date, is a fixed day, not a period: the deadline
 * runs 24 hours from 00:00 of that day (no roll-forward past a holiday; a website publishes every day).
 * 第一平台 (第五部分): an interpretation first released elsewhere must reach the government website
 * within `websiteFollowUpWorkingDays` (迅速跟进).
 */
export const deadlines = {
  publication: deadline('二', hours(24), {
    label: { zh: '按解读方案确定的解读时间发布', en: 'interpretation released by the date of its plan' },
    startsOn: {
      zh: '解读方案所定解读日期的0时（政府审定时起算，至该日24时）',
      en: '00:00 of the date the approved plan fixes (started at approval, due at 24:00 that day)',
    },
  }),
  website: deadline('五', workingDays(1), {
    label: { zh: '政府网站跟进发布解读（第一平台）', en: 'interpretation carried by the government website (第一平台)' },
    startsOn: {
      zh: '解读首次在政府网站以外的途径发布之日（期限取参数 websiteFollowUpWorkingDays）',
      en: 'the day the interpretation was first released on a channel other than the website (length: parameter websiteFollowUpWorkingDays)',
    },
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  interpretationNotSimultaneous: breach('网站十八(三)', {
    zh: '解读材料未与政策文件同步发布',
    en: 'interpretation not published at the same time as the policy',
  }),
  interpretationLate: breach('二', { zh: '解读材料未按解读方案确定的时间发布', en: 'interpretation not released by the date of its plan' }),
  interpretationNotOnWebsite: breach('五', {
    zh: '解读未及时在政府网站（第一平台）发布',
    en: 'interpretation not carried by the government website in time',
  }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
