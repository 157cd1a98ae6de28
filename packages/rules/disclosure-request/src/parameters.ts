import type { ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** The day the 2019 national regulation (国务院令第711号) came into force; 第三十条 is new in it. */
export const REGULATION_2019_IN_FORCE = '2019-05-15';

/** Whether a corrected application restarts the reply period, or by the application's receipt date. */
export type RestartOnCorrection = boolean | 'byReceiptDate';

/**
 * What the Xiji text leaves open. 第九条 says an unclear application is answered by asking the
 * applicant to correct or complete it, but not how the reply period runs afterwards.
 */
export const parameters = {
  restartOnCorrection: {
    label: { zh: '补正后重新计算答复期限', en: 'a corrected application restarts the reply period' },
    default: 'byReceiptDate' as RestartOnCorrection,
    schema: z.union([z.boolean(), z.literal('byReceiptDate')]),
    why:
      '《西吉县政府信息依申请公开制度》第九条 only says the applicant is told to correct or complete the application; the 2007 national regulation it implements says no more. ' +
      "The default ('byReceiptDate') goes by the day the application was received (Beijing date): from 2019-05-15 it follows the 2019 national regulation 第三十条 (true: the 15 working days count afresh from receipt of the corrected application); " +
      'before 2019-05-15 that article, new in the 2019 revision, was not in force and does not reach back (《立法法》（2015）第九十三条), so no fresh period is given (false). ' +
      'true or false apply to every application. false: the time waiting for the correction is not counted and the days left when the correction was asked for run on from its receipt.',
  },
} as const;

/** The parameter values a case runs with (inferred from the schemas). */
export type Parameters = ParameterValues<typeof parameters>;
