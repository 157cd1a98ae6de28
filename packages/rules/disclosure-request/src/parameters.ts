import { z } from 'zod';

/**
 * What the Xiji text leaves open. 第九条 says an unclear application is answered by asking the
 * applicant to correct or complete it, but not how the reply period runs afterwards.
 */
export const parameters = {
  restartOnCorrection: {
    label: { zh: '补正后重新计算答复期限', en: 'a corrected application restarts the reply period' },
    default: true,
    schema: z.boolean(),
    why:
      '《西吉县政府信息依申请公开制度》第九条 only says the applicant is told to correct or complete the application. ' +
      'The default (true) follows the 2019 national regulation 第三十条: the 15 working days count afresh from receipt of the corrected application. ' +
      'false: the time waiting for the correction is not counted and the days left when the correction was asked for run on from its receipt.',
  },
} as const;

/** The parameter values a case runs with. */
export interface Parameters {
  readonly restartOnCorrection: boolean;
}
