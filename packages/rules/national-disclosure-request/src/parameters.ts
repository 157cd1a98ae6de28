import { type ParameterValues, workingDaysParameter } from '@zwgk/core';

/** What the regulation leaves to the agency: named parameters with defaults and the reason. */
export const parameters = {
  correctionWorkingDays: workingDaysParameter(15, {
    label: { zh: '补正期限（工作日）', en: 'time given to correct the application (working days)' },
    why:
      '第三十条 requires the agency to state “合理的补正期限” (a reasonable time to correct) but does not fix it. ' +
      'The default of 15 working days is this package’s choice; an agency sets its own. An applicant who does not correct within it is deemed to have withdrawn.',
  }),
  reasonsWorkingDays: workingDaysParameter(15, {
    label: { zh: '说明理由期限（工作日）', en: 'time given to state reasons (working days)' },
    why:
      '第三十五条 lets the agency ask for reasons but gives the applicant no time to answer; a wait with no end would hold the application forever. ' +
      'The default of 15 working days is this package’s choice. The reply period keeps running meanwhile (the article does not stop it).',
  }),
} as const;

/** The parameter values a case runs with. */
export type Parameters = ParameterValues<typeof parameters>;
