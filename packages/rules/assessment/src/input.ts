import { z } from 'zod';

/** A periodic assessment of one unit (第一条: townships, departments, directly affiliated units) for one year. */
export const assessmentInputSchema = z.object({
  unit: z.string().trim().min(1),
  unitKind: z.enum(['township', 'department', 'directlyAffiliated']),
  year: z.number().int().min(2018).max(2022),
});

/** The data a case of this module is opened with. */
export type AssessmentInput = z.output<typeof assessmentInputSchema>;
