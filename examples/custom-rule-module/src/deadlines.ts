import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/**
 * The periods of the regulation: length, unit, what starts them, and the extension and pause
 * rules with their clauses. The machine starts, pauses and completes them by name.
 */
export const deadlines = {
  reply: deadline('第三十三条', workingDays(20), {
    label: { zh: '答复期限', en: 'reply' },
    startsOn: { zh: '收到申请之日（补正的，收到补正的申请之日）', en: 'receipt of the application (or of the corrected application)' },
    warnBefore: workingDays(3),
    extension: { maxTimes: 1, maxLength: 20, clause: '第三十三条' },
    pause: { clause: '第三十三条' },
  }),
  correction: deadline('第三十条', workingDays(15), {
    label: { zh: '补正期限', en: 'correction' },
    startsOn: { zh: '告知补正之日', en: 'the request to correct' },
  }),
  thirdPartyOpinion: deadline('第三十二条', workingDays(15), {
    label: { zh: '第三方提出意见期限', en: 'third party’s opinion' },
    startsOn: { zh: '第三方收到征求意见书之日', en: 'the third party’s receipt of the consultation letter' },
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when the office misses a period. */
export const breaches = {
  replyOverdue: breach('第三十三条', { zh: '逾期未答复', en: 'reply overdue' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
