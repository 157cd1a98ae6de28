import { z } from 'zod';

export { policyInputSchema as input } from './events.js';

/** What a finished case hands on: the outcome and when the policy and its interpretation were published. */
export const output = z.object({
  outcome: z.enum(['published', 'notApproved']),
  policy: z.string(),
  draftingUnit: z.string(),
  materials: z.array(z.string()),
  policyPublishedAt: z.string().nullable(),
  interpretationPublishedAt: z.string().nullable(),
  websitePublishedAt: z.string().nullable(),
  minutesLate: z.number().int().min(0),
});
