import { z } from 'zod';

const text = z.string().trim().min(1);

/** How an application was made (第二十九条): in writing (a letter, a data message) or orally, written down by the office. */
export const channelSchema = z.enum(['letter', 'dataMessage', 'oral']);

/**
 * The application a case is opened with: the three contents 第二十九条 requires. Opening a case
 * is the agency's receipt of the application (第二十七条); its instant starts the reply period.
 */
export const input = z.object({
  channel: channelSchema,
  /** （一）the applicant's name, identity papers and contact. */
  applicant: z.object({ name: text, identityDocument: text, contact: text }),
  /** （二）the name, document number or another description of the information asked for. */
  description: text,
  /** （三）the form asked for, including how and where the information is to be obtained. */
  form: text,
});

/** The application as received (the value `input` parses to). */
export type Application = z.output<typeof input>;

/** What a finished case hands to a parent case or to the agency's OA system. */
export const output = z.object({
  outcome: z.enum(['answered', 'deemedWithdrawn']),
  answer: z.enum(['alreadyPublic', 'disclosed', 'refused', 'nonexistent', 'notThisAgency', 'repeated', 'specialProcedure']).nullable(),
  thirdPartyOpinion: z.enum(['consents', 'objects', 'silent']).nullable(),
});

/** What a finished case hands on (the value `output` parses to). */
export type NationalDisclosureOutput = z.output<typeof output>;
/** How a case ended. */
export type Outcome = NationalDisclosureOutput['outcome'];
/** What the third party said (第三十二条); `silent` when it did not answer within 15 working days. */
export type ThirdPartyOpinion = NonNullable<NationalDisclosureOutput['thirdPartyOpinion']>;
