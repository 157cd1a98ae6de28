import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The government office replies in writing within 2 working days (第五条(四)). */
export const deadlines = {
  writtenReply: deadline('第五条(四)', workingDays(2), {
    label: { zh: '政府办公室书面答复', en: 'written reply of the government office' },
    startsOn: { zh: '接到申请之日', en: 'the office receives the application' },
    warnBefore: workingDays(1),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  replyOverdue: breach('第五条(四)', { zh: '政府办公室未在2个工作日内书面答复', en: 'no written reply within 2 working days' }),
  applicationLate: breach('第五条(四)', { zh: '主办单位未提前3个工作日提出申请', en: 'application made less than 3 working days ahead' }),
  heldWithoutApproval: breach('第五条(四)', {
    zh: '新闻发布会、记者招待会未经批准或未按批准的日期举行',
    en: 'conference held without approval, or not on the approved date',
  }),
  pressInvitedWithoutApproval: breach('第五条(七)', {
    zh: '邀请境外、港澳台记者未经有关部门批准',
    en: 'foreign, Hong Kong, Macao or Taiwan press invited without approval',
  }),
  adHocHeldWithoutConsent: breach('第五条(二)', {
    zh: '临时新闻发布会未经有关领导同意即举行',
    en: 'ad-hoc conference held without the consent of the leader concerned',
  }),
  hotTopicReleasedWithoutConsent: breach('第五条(三)', {
    zh: '热点问题未经有关领导同意即发布',
    en: 'hot-topic release made without the consent of the leader concerned',
  }),
  emergencyReleasedWithoutConsent: breach('第五条(五)', {
    zh: '影响较大的突发事件未经政府同意即发布',
    en: 'significant emergency released without the government consent',
  }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
