import { z } from 'zod';

export { spokespersonInputSchema as input } from './events.js';

/** What a finished case hands on (the machine's output). */
export const output = z.object({
  kind: z.enum(['application', 'adHocConference', 'hotTopic', 'emergency']),
  outcome: z.enum(['held', 'refused', 'withdrawn', 'released']),
  conferenceDate: z.string().nullable(),
  appliedAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  releasedAt: z.string().nullable(),
});
