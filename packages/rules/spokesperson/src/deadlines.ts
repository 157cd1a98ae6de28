import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The government office replies in writing within 2 working days (第五条(四)). */
export const deadlines = {
  writtenReply: {
    label: { zh: '政府办公室书面答复', en: 'written reply of the government office' },
    length: 2,
    unit: 'workingDays',
    startsOn: { zh: '接到申请之日', en: 'the office receives the application' },
    clause: '第五条(四)',
    warnBefore: { length: 1, unit: 'workingDays' },
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  replyOverdue: { label: { zh: '政府办公室未在2个工作日内书面答复', en: 'no written reply within 2 working days' }, clause: '第五条(四)' },
  adHocHeldWithoutConsent: {
    label: { zh: '临时新闻发布会未经有关领导同意即举行', en: 'ad-hoc conference held without the consent of the leader concerned' },
    clause: '第五条(二)',
  },
  hotTopicReleasedWithoutConsent: {
    label: { zh: '热点问题未经有关领导同意即发布', en: 'hot-topic release made without the consent of the leader concerned' },
    clause: '第五条(三)',
  },
  emergencyReleasedWithoutConsent: {
    label: { zh: '影响较大的突发事件未经政府同意即发布', en: 'significant emergency released without the government consent' },
    clause: '第五条(五)',
  },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
