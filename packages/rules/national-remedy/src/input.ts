import { z } from 'zod';
import { remedyResultSchema } from './remedy.js';

const text = z.string().trim().min(1);
const date = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

/**
 * The remedy the applicant sought (第五十一条): a complaint or report to the higher agency or the
 * competent department, administrative reconsideration, or a lawsuit (directly, or after
 * reconsideration: the annual report counts them apart).
 */
export const input = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('complaint'), body: text }),
    z.object({ kind: z.literal('reconsideration'), body: text }),
    z.object({ kind: z.literal('litigation'), body: text, afterReconsideration: z.boolean() }),
  ])
  .and(
    z.object({
      /** The application case (or the act) the remedy is about. */
      subject: z.object({ caseId: text.optional(), description: text }),
      /** The day the applicant knew, or should have known, of the act (复议法第二十条, 诉讼法第四十六条). */
      knewOn: date,
      /** The day the remedy was filed. */
      filedOn: date,
    }),
  )
  .refine((r) => r.filedOn >= r.knewOn, {
    path: ['filedOn'],
    message: 'a remedy is filed on or after the day the applicant knew of the act',
  });

/** The remedy sought (the value `input` parses to). */
export type RemedyInput = z.output<typeof input>;

/** What a decided remedy hands to the annual report. */
export const output = z.object({
  kind: z.enum(['complaint', 'reconsideration', 'litigation']),
  afterReconsideration: z.boolean().nullable(),
  result: remedyResultSchema,
});

/** What a decided remedy hands to the annual report. */
export type RemedyOutput = z.output<typeof output>;
