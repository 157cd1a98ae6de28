import type { ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** What the regulation leaves to the agency. */
export const parameters = {
  agencyOpinionWorkingDays: {
    label: { zh: '其他机关提出意见期限（工作日）', en: 'time another agency is given to answer (working days)' },
    default: 15,
    schema: z.number().int().min(1).max(60),
    why:
      '第三十三条第二款 does not count the time spent consulting other agencies but gives them no time to answer; a wait with no end would hold the application forever. ' +
      'The default of 15 working days follows 第三十四条 (co-making agencies); an agency sets its own.',
  },
} as const;

/** The parameter values a consultation runs with. */
export type Parameters = ParameterValues<typeof parameters>;
