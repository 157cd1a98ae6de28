import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The periods of 第三十条, 第三十三条, 第三十五条 and 办法第六条. */
export const deadlines = {
  reply: deadline('第三十三条', workingDays(20), {
    label: { zh: '答复期限', en: 'reply' },
    startsOn: {
      zh: '收到申请之日（第三十一条；补正的，收到补正的申请之日）',
      en: 'receipt of the application (第三十一条), or of the corrected application',
    },
    warnBefore: workingDays(3),
    extension: { maxTimes: 1, maxLength: 20, clause: '第三十三条' },
    pause: { clause: '第三十三条' },
  }),
  delayedReply: deadline('第三十五条', workingDays(20), {
    label: { zh: '延迟答复期限', en: 'later answer date' },
    startsOn: { zh: '告知延迟答复之日', en: 'the notice of the later date' },
    warnBefore: workingDays(3),
  }),
  correction: deadline('第三十条', workingDays(15), {
    label: { zh: '补正期限', en: 'correction' },
    startsOn: { zh: '告知补正之日', en: 'the request to correct' },
  }),
  reasons: deadline('第三十五条', workingDays(15), {
    label: { zh: '说明理由期限', en: 'reasons' },
    startsOn: { zh: '要求说明理由之日', en: 'the request for reasons' },
  }),
  feePayment: deadline('办法第六条', workingDays(20), {
    label: { zh: '缴纳信息处理费期限', en: 'fee payment' },
    startsOn: { zh: '收到收费通知次日起', en: 'the fee notice (counted from the next day)' },
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when 第三十条 or 第三十三条 is not kept. */
export const breaches = {
  replyOverdue: breach('第三十三条', { zh: '逾期未答复', en: 'reply overdue' }),
  correctionRequestLate: breach('第三十条', { zh: '超过7个工作日告知补正', en: 'correction asked for after 7 working days' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
