import { z } from 'zod';

const text = z.string().trim().min(1);

/**
 * Whom the office consults: a third party whose lawful rights disclosure could harm (第三十二条),
 * an agency that made the information jointly (第三十四条), or another agency (第三十三条第二款).
 */
export const consulteeKindSchema = z.enum(['thirdParty', 'coMaker', 'agency']);

/** The data a consultation case is opened with: one party, what is asked, and why. */
export const consultationInputSchema = z.object({
  kind: consulteeKindSchema,
  /** The party's name (a company, a person, an agency). */
  party: text,
  /** The information the party is asked about. */
  information: text,
  /** For a third party: how disclosure could harm its lawful rights (第三十二条); for an agency: the question. */
  concern: text,
});

/**
 * How a consultation ended. `silent`: a third party gave no opinion within 15 working days, the
 * agency decides (第三十二条); `deemedConsent`: a co-making agency gave none, it is deemed to
 * consent (第三十四条); `noReply`: another agency gave none within the parameter's time.
 */
export const opinionSchema = z.enum(['consents', 'objects', 'silent', 'deemedConsent', 'noReply']);

/** What a finished consultation hands back to the application (its `child.done` output). */
export const consultationOutputSchema = z.object({
  kind: consulteeKindSchema,
  party: z.string(),
  opinion: opinionSchema,
  reasons: z.string().nullable(),
});

/** Whom the office consults (the value `consulteeKindSchema` parses to). */
export type ConsulteeKind = z.output<typeof consulteeKindSchema>;
/** The data a consultation case is opened with (the value `consultationInputSchema` parses to). */
export type ConsultationInput = z.output<typeof consultationInputSchema>;
/** How a consultation ended (the value `opinionSchema` parses to). */
export type Opinion = z.output<typeof opinionSchema>;
/** What a finished consultation hands back (the value `consultationOutputSchema` parses to). */
export type ConsultationOutput = z.output<typeof consultationOutputSchema>;
