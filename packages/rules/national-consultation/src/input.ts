import { z } from 'zod';
import { consulteeKindSchema, opinionSchema } from './consultation.js';

const text = z.string().trim().min(1);

/** The data a consultation case is opened with: one party, what is asked, and why. */
export const input = z.object({
  kind: consulteeKindSchema,
  /** The party's name (a company, a person, an agency). */
  party: text,
  /** The information the party is asked about. */
  information: text,
  /** For a third party: how disclosure could harm its lawful rights (第三十二条); for an agency: the question. */
  concern: text,
});

/** The data a consultation case is opened with (the value `input` parses to). */
export type ConsultationInput = z.output<typeof input>;

/** What a finished consultation hands back to the application (its `child.done` output). */
export const output = z.object({
  kind: consulteeKindSchema,
  party: z.string(),
  opinion: opinionSchema,
  reasons: z.string().nullable(),
});

/** What a finished consultation hands back (the value `output` parses to). */
export type ConsultationOutput = z.output<typeof output>;
