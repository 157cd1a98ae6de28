import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The report-back and complaint-handling periods (the text says only "及时" or sets none: parameter `followUpWorkingDays`). */
export const deadlines = {
  reportBack: deadline('第四条(一)3', workingDays(15), {
    label: {
      zh: '议定事项落实情况通报期限（默认值，参数 followUpWorkingDays；原文为"及时"）',
      en: 'report-back period for agreed items (default; parameter followUpWorkingDays; the text says only "promptly")',
    },
    startsOn: { zh: '会议纪要编发之日', en: 'the day the minutes are issued' },
    warnBefore: workingDays(3),
  }),
  complaintHandling: deadline('第五条(三)', workingDays(15), {
    label: {
      zh: '投诉办理期限（默认值，参数 followUpWorkingDays；原文未规定）',
      en: 'complaint handling period (default; parameter followUpWorkingDays; the text sets none)',
    },
    startsOn: {
      zh: '责成责任单位办理之日（重新办理的，自退回之日）',
      en: 'the day the complaint is assigned (or sent back to be handled again)',
    },
    warnBefore: workingDays(3),
  }),
  evaluationReport: deadline('第二条(四)', workingDays(20), {
    label: {
      zh: '政务公开情况报告向社会公布期限（参数 evaluationReportWorkingDays；原文未规定）',
      en: 'publication of the disclosure report (parameter evaluationReportWorkingDays; the text sets none)',
    },
    startsOn: { zh: '作出评价之日', en: 'the day the evaluation is concluded' },
    warnBefore: workingDays(3),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/**
 * A report-back or complaint period passing prompts the office to urge; no breach is recorded (see the
 * `followUpWorkingDays` parameter). The disclosure report not published in time is a breach: 第二条(四)
 * requires it published, and the period is the county's own for information formed (see `evaluationReportWorkingDays`).
 */
export const breaches = {
  evaluationReportLate: breach('第二条(四)', { zh: '政务公开情况报告未按期向社会公布', en: 'disclosure report not published in time' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
