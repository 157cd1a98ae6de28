import { z } from 'zod';
import { gradeSchema } from './grades.js';
import { FIRST_YEAR, IN_FORCE, LAST_YEAR } from './year.js';

/** The case input: the year evaluated (一年一次, 第五条). One case per year. */
export const input = z.object({
  // 第十四条: only a year whose 31 December lies within the rules' validity.
  year: z
    .number()
    .int()
    .min(FIRST_YEAR, { message: `year must be ${FIRST_YEAR} or later: the rules take effect on ${IN_FORCE.from} (第十四条)` })
    .max(LAST_YEAR, {
      message: `year must be ${LAST_YEAR} or earlier: year ${LAST_YEAR + 1} ends after the rules expire on ${IN_FORCE.to} (第十四条), so they demand no evaluation of it`,
    }),
});
/** The data a case of this module is opened with. */
export type SocialEvaluationInput = z.output<typeof input>;

/** What a concluded case returns (for 考核, 第七条第二款). */
export const output = z.object({
  year: z.number().int(),
  completedInYear: z.boolean(),
  results: z.array(z.object({ target: z.string(), score: z.number(), grade: gradeSchema })),
  unqualified: z.array(z.string()),
  /** Each evaluated unit's defaults in the steps of 第五条 (the breach names), by unit. */
  defaults: z.record(z.string(), z.array(z.string())),
  /** The representatives who served the year (for discipline found after the results, 第十二条). */
  representatives: z.array(z.object({ name: z.string(), employer: z.string() })),
});

/** What a concluded case returns (for 考核, 第七条第二款). */
export type SocialEvaluationOutput = z.output<typeof output>;
