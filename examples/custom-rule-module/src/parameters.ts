import { type ParameterValues, workingDaysParameter } from '@zwgk/core';

/** What the regulation leaves to the agency: a named parameter with a default and the reason. */
export const parameters = {
  correctionWorkingDays: workingDaysParameter(15, {
    label: { zh: '补正期限（工作日）', en: 'time given to correct the application (working days)' },
    why:
      '第三十条 requires the agency to state “合理的补正期限” (a reasonable time to correct) but does not fix it. ' +
      'The default of 15 working days is this example’s choice; an agency sets its own. The applicant who does not correct within it is deemed to have withdrawn the application.',
  }),
} as const;

/** The parameter values a case runs with, inferred from the schemas. */
export type Parameters = ParameterValues<typeof parameters>;
