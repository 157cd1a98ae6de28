import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The periods of 第三十条, 第三十三条, 第三十五条 and 办法第六条. */
export const deadlines = {
  reply: {
    label: { zh: '答复期限', en: 'reply' },
    length: 20,
    unit: 'workingDays',
    startsOn: {
      zh: '收到申请之日（第三十一条；补正的，收到补正的申请之日）',
      en: 'receipt of the application (第三十一条), or of the corrected application',
    },
    clause: '第三十三条',
    warnBefore: { length: 3, unit: 'workingDays' },
    extension: { maxTimes: 1, maxLength: 20, clause: '第三十三条' },
    pause: { clause: '第三十三条' },
  },
  delayedReply: {
    label: { zh: '延迟答复期限', en: 'later answer date' },
    length: 20,
    unit: 'workingDays',
    startsOn: { zh: '告知延迟答复之日', en: 'the notice of the later date' },
    clause: '第三十五条',
    warnBefore: { length: 3, unit: 'workingDays' },
  },
  correction: {
    label: { zh: '补正期限', en: 'correction' },
    length: 15,
    unit: 'workingDays',
    startsOn: { zh: '告知补正之日', en: 'the request to correct' },
    clause: '第三十条',
  },
  reasons: {
    label: { zh: '说明理由期限', en: 'reasons' },
    length: 15,
    unit: 'workingDays',
    startsOn: { zh: '要求说明理由之日', en: 'the request for reasons' },
    clause: '第三十五条',
  },
  feePayment: {
    label: { zh: '缴纳信息处理费期限', en: 'fee payment' },
    length: 20,
    unit: 'workingDays',
    startsOn: { zh: '收到收费通知次日起', en: 'the fee notice (counted from the next day)' },
    clause: '办法第六条',
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when 第三十条 or 第三十三条 is not kept. */
export const breaches = {
  replyOverdue: { label: { zh: '逾期未答复', en: 'reply overdue' }, clause: '第三十三条' },
  correctionRequestLate: { label: { zh: '超过7个工作日告知补正', en: 'correction asked for after 7 working days' }, clause: '第三十条' },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
