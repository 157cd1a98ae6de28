import { z } from 'zod';
import { consulteeKindSchema, deliverySchema, opinionSchema } from './consultation.js';

const text = z.string().trim().min(1);

/** The data a consultation case is opened with: one party, what is asked, why, and how the letter goes out. */
export const input = z.object({
  kind: consulteeKindSchema,
  /** The party's name (a company, a person, an agency). */
  party: text,
  /** The information the party is asked about. */
  information: text,
  /** For a third party: how disclosure could harm its lawful rights (第三十二条); for an agency: the question. */
  concern: text,
  /** How the letter goes out (default `post`: a written letter whose receipt is signed for). */
  delivery: deliverySchema.default('post'),
});

/** The data a consultation case is opened with (the value `input` parses to). */
export type ConsultationInput = z.output<typeof input>;

/** What a finished consultation hands back to the application (its `child.done` output; the receipt fields default for outputs recorded before they existed). */
export const output = z.object({
  kind: consulteeKindSchema,
  party: z.string(),
  opinion: opinionSchema,
  reasons: z.string().nullable(),
  /** When the party received the letter (recorded or presumed); null when its opinion came before any receipt was recorded. */
  receivedAt: z.string().nullable().default(null),
  /** Whether the receipt was presumed (parameter `presumedReceiptWorkingDays`) rather than recorded. */
  receiptPresumed: z.boolean().default(false),
});

/** What a finished consultation hands back (the value `output` parses to). */
export type ConsultationOutput = z.output<typeof output>;
