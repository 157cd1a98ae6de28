import { z } from 'zod';

export { policyInputSchema as input } from './events.js';

/** What a finished case hands on: the outcome and when the policy and its interpretation were published. */
export const output = z.object({
  outcome: z.enum(['published', 'notApproved']),
  policyPublishedAt: z.string().nullable(),
  interpretationPublishedAt: z.string().nullable(),
  minutesLate: z.number().int().min(0),
});
