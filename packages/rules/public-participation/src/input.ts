import { z } from 'zod';
import { findingSchema, reportChannelSchema, reporterSchema } from './events.js';

const text = z.string().trim().min(1);

/**
 * The case input. A case is either one consultation activity of the disclosure authority (征求意见,
 * 第三条至第八条) or one report (举报) received about an obstruction of disclosure (第十条) or about a
 * disclosure authority not doing its duty, received by its superior or the supervisory organ (第十一条).
 */
export const input = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('consultation'),
    /** 相关事项或者活动 */
    subject: text,
    /** 政务公开主管部门 */
    authority: text,
  }),
  z.object({
    kind: z.literal('report'),
    /** `obstruction`: 第十条 (to the disclosure authority); `authorityFailure`: 第十一条 (to its superior or the supervisory organ). */
    against: z.enum(['obstruction', 'authorityFailure']),
    /** `null` for an anonymous report: nobody can be told the result. */
    reporter: reporterSchema.nullable(),
    channel: reportChannelSchema,
    /** The unit or person reported. */
    accused: text,
    facts: text,
    /** The body that received the report. */
    receivedBy: text,
  }),
]);
/** The data a case of this module is opened with. */
export type PublicParticipationInput = z.output<typeof input>;

/** What a finished case returns. */
export const output = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('consultation'),
    opinionsReceived: z.number().int().nonnegative(),
    /** Opinions sent through a channel the consultation did not publish (第四条第(三)项), recorded apart. */
    irregularOpinions: z.number().int().nonnegative(),
    questionnaires: z.number().int().nonnegative(),
    meetings: z.number().int().nonnegative(),
    hearingsHeld: z.number().int().nonnegative(),
    hearingsCancelled: z.number().int().nonnegative(),
  }),
  z.object({
    kind: z.literal('report'),
    finding: findingSchema,
    reporterTold: z.boolean(),
  }),
]);

/** What a finished case returns. */
export type PublicParticipationOutput = z.output<typeof output>;
