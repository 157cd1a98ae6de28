import { type BreachSpec, breach, calendarDays, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/**
 * The statutory windows, run from the day the applicant knew of the act and completed at the
 * filing; and, once a remedy is filed, the agency's own time to answer and the review body's time
 * to decide.
 */
export const deadlines = {
  reconsiderationWindow: deadline('行政复议法第二十条', calendarDays(60), {
    label: { zh: '申请行政复议期限', en: 'reconsideration window' },
    startsOn: { zh: '知道或者应当知道该行政行为之日', en: 'the day the applicant knew of the act' },
  }),
  litigationWindow: deadline('行政诉讼法第四十六条', calendarDays(183), {
    label: { zh: '直接提起行政诉讼期限（六个月）', en: 'lawsuit window (six months)' },
    startsOn: { zh: '知道或者应当知道作出行政行为之日', en: 'the day the applicant knew of the act' },
  }),
  // 十日 of 第四十八条 are working days (第八十八条第二款).
  reconsiderationReply: deadline('行政复议法第四十八条', workingDays(10), {
    label: { zh: '被申请人提出书面答复期限', en: 'the agency’s written reply to the reconsideration' },
    startsOn: { zh: '收到行政复议申请书副本或者申请笔录复印件之日', en: 'receipt of the copy of the reconsideration application' },
    warnBefore: workingDays(3),
  }),
  reconsiderationDecision: deadline('行政复议法第六十二条', calendarDays(60), {
    label: { zh: '行政复议决定期限', en: 'the reconsideration body’s decision' },
    startsOn: { zh: '行政复议机关受理申请之日', en: 'the day the reconsideration body accepted the application' },
    extension: { maxTimes: 1, maxLength: 30, clause: '行政复议法第六十二条' },
  }),
  litigationDefence: deadline('行政诉讼法第六十七条', calendarDays(15), {
    label: { zh: '被告提交证据、规范性文件和答辩状期限', en: 'the agency’s evidence and defence in the lawsuit' },
    startsOn: { zh: '收到起诉状副本之日', en: 'receipt of the copy of the complaint' },
    warnBefore: calendarDays(3),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/**
 * The agency's own answer periods missed (the windows show in their outcome; the review body's
 * decision period is the body's duty, not the agency's, and records no breach of the agency).
 */
export const breaches = {
  reconsiderationReplyLate: breach('行政复议法第四十八条', {
    zh: '被申请人未在十日内提出书面答复并提交证据、依据和其他有关材料',
    en: 'the agency did not reply to the reconsideration with its evidence within 10 working days',
  }),
  defenceLate: breach('行政诉讼法第三十四条', {
    zh: '被告未在十五日内提交作出行政行为的证据、规范性文件和答辩状（逾期提供证据视为没有相应证据）',
    en: 'the agency did not file its evidence and defence within 15 days (late evidence counts as none)',
  }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
