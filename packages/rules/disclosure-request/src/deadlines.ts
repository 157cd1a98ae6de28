import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/**
 * The reply period of 第八条 (15 working days, once extensible by 15, the clock stopped while a
 * third party is consulted or a correction awaited), each third party's period to answer, and the
 * applicant's 补正期限.
 */
export const deadlines = {
  reply: deadline('第八条', workingDays(15), {
    label: { zh: '答复期限', en: 'reply' },
    startsOn: { zh: '收到申请之日', en: 'receipt of the application' },
    warnBefore: workingDays(3),
    extension: { maxTimes: 1, maxLength: 15, clause: '第八条' },
    pause: { clause: '条例2007第二十四条' },
  }),
  thirdParty: deadline('条例2019第三十二条', workingDays(15), {
    label: { zh: '第三方提出意见期限', en: 'third party’s answer' },
    startsOn: { zh: '书面征求第三方意见之日（每个第三方各自计算）', en: 'the written consultation (one period per third party)' },
    warnBefore: workingDays(3),
    endsBy: 'elapse',
    keyed: true,
  }),
  correction: deadline('条例2019第三十条', workingDays(15), {
    label: { zh: '补正期限', en: 'correction period' },
    startsOn: { zh: '告知补正之日（期限写入补正告知书）', en: 'the correction request (its date is stated in the notice)' },
    endsBy: 'elapse',
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  replyOverdue: breach('第八条', { zh: '逾期未答复', en: 'reply overdue' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
