import { z } from 'zod';
import { topicSchema } from './events.js';

const unit = z.string().min(1);

/** A meeting case: the convening unit calls a meeting on its topics (第四条(一)1、2). */
export const meetingInputSchema = z.object({
  kind: z.literal('meeting'),
  topics: z.array(topicSchema).min(1),
});

/** A complaint case: the office receives (受理) a complaint about disclosure work (第五条(三)). */
export const complaintInputSchema = z.object({
  kind: z.literal('complaint'),
  complainant: z.string().min(1),
  matter: z.string().min(1),
  /** The unit complained about, when the complaint names one. */
  against: unit.optional(),
});

/** What a case is opened with: a meeting (`kind: 'meeting'`) or a complaint to handle (`kind: 'complaint'`). */
export const input = z.discriminatedUnion('kind', [meetingInputSchema, complaintInputSchema]);
/** The data a case of this module is opened with. */
export type JointMeetingInput = z.output<typeof input>;

/** What a closed case returns. */
export const output = z.object({
  kind: z.enum(['meeting', 'complaint']),
  outcome: z.enum(['noItems', 'itemsReported', 'resolved', 'deliberated']),
  conclusion: z.string().nullable(),
});

/** What a closed case returns. */
export type JointMeetingOutput = z.output<typeof output>;
