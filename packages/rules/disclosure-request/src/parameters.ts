import { type ParameterValues, workingDaysParameter } from '@zwgk/core';
import { z } from 'zod';

/** The day the 2019 national regulation (国务院令第711号) came into force; 第三十条 is new in it. */
export const REGULATION_2019_IN_FORCE = '2019-05-15';

/** Whether 条例2019第三十条 governs a correction (fresh period, deemed abandonment), or by the application's receipt date. */
export type RestartOnCorrection = boolean | 'byReceiptDate';

/**
 * What the Xiji text leaves open. 第九条 says an unclear application is answered by asking the
 * applicant to correct or complete it, but not how long the applicant has, how the reply period
 * runs afterwards, or what follows when no correction comes; 第十条 says a third party is
 * consulted in writing but gives it no time to answer.
 */
export const parameters = {
  restartOnCorrection: {
    label: {
      zh: '补正适用条例2019第三十条（补正后重新计算答复期限，逾期不补正视为放弃申请）',
      en: '条例2019第三十条 governs corrections (the reply period restarts; no correction in time is deemed abandonment)',
    },
    default: 'byReceiptDate' as RestartOnCorrection,
    schema: z.union([z.boolean(), z.literal('byReceiptDate')]),
    why:
      '《西吉县政府信息依申请公开制度》第九条 only says the applicant is told to correct or complete the application; the 2007 national regulation it implements says no more. ' +
      "The default ('byReceiptDate') goes by the day the application was received (Beijing date): from 2019-05-15 it follows the 2019 national regulation 第三十条 (true): the 15 working days count afresh from receipt of the corrected application, " +
      'and an applicant who lets the stated 补正期限 pass is deemed to have abandoned the application (the case ends `abandoned`). ' +
      'Before 2019-05-15 that article, new in the 2019 revision, was not in force and does not reach back (《立法法》（2015）第九十三条) (false): ' +
      'no fresh period is given — the days left when the correction was asked for run on from its receipt — and nothing is deemed: when the 补正期限 passes, the clock runs on with the days left and the office answers the application as it stands. ' +
      'true or false apply to every application.',
  },
  correctionWorkingDays: workingDaysParameter(15, {
    label: {
      zh: '补正期限（工作日，告知书未另定时）',
      en: 'time given to correct the application (working days, unless the notice sets another)',
    },
    why:
      '第九条 does not say how long the applicant has to correct; 条例2019第三十条 asks for “合理的补正期限” without a number. ' +
      'The default of 15 working days is this package’s choice (the same as the reply period); the clerk may set another length for one application (`reply.unclear` workingDays). ' +
      'The correction request states the resulting date (24:00 of the last day), and that deadline is what the case follows.',
  }),
  thirdPartyWorkingDays: workingDaysParameter(15, {
    label: { zh: '第三方提出意见的期限（工作日）', en: 'time a consulted third party has to answer (working days)' },
    why:
      '第十条 requires the office to consult the third party in writing but gives it no time to answer, and neither does the 2007 national regulation; without a period a silent third party would hold the application forever (its time is not counted in the reply period). ' +
      'The default of 15 working days is taken from the 2019 national regulation 第三十二条 (第三方应当自收到征求意见书之日起15个工作日内提出意见), counted here from the day the written consultation is recorded. ' +
      'When the period passes the office records the silence and answers: silence is not consent — the trade secret or privacy stays protected unless the office decides to disclose it in the public interest (第十条), with the written notice to the third party.',
  }),
} as const;

/** The parameter values a case runs with (inferred from the schemas). */
export type Parameters = ParameterValues<typeof parameters>;
