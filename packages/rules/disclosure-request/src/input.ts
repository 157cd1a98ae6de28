import { z } from 'zod';
import { normalisedCodeSchema } from './identity/schemas.js';

const text = z.string().trim().min(1);

/** How an application reached the office (第五条). */
export const channelSchema = z.enum(['writing', 'electronic', 'oral']);

/** The form in which the applicant wants the information, or in which it is provided (第六条, 第十二条). */
export const informationFormSchema = z.enum(['paper', 'electronic', 'inspection', 'copy', 'other']);

/**
 * A citizen's identity papers (第七条): a resident identity card or another certificate. The
 * number is registered as given (normalised); the case notes it when it fails its check
 * (`identityProblem`), it is not refused.
 */
export const citizenIdentitySchema = z.discriminatedUnion('document', [
  z.object({ document: z.literal('residentIdCard'), number: normalisedCodeSchema }),
  /** A passport, 港澳台居民居住证, 军官证…: named, not checked. */
  z.object({ document: z.literal('otherCertificate'), certificate: text, number: text }),
]);

/** A certificate an organisation without a unified social credit code shows (登记证书, 批准文件…): named, not checked. */
export const organisationCertificateSchema = z.object({ certificate: text, number: text });

/**
 * The applicant: name and contact (第六条) and the identity papers given (第七条). An organisation
 * is identified by its unified social credit code or another certificate; one with neither, or
 * with a code that fails its check, is registered all the same, with the problem noted.
 */
export const applicantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('citizen'), name: text, contact: text, identity: citizenIdentitySchema }),
  z.object({
    kind: z.literal('organisation'),
    name: text,
    contact: text,
    creditCode: normalisedCodeSchema.optional(),
    certificate: organisationCertificateSchema.optional(),
  }),
]);

/** What is asked: information (第六条) or the correction of a record about the applicant (第十一条). */
export const requestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('disclosure'), description: text, form: informationFormSchema }),
  z.object({ kind: z.literal('recordCorrection'), record: text, evidence: text, correction: text }),
]);

/** Difficulties that call for help (第十四条). */
export const difficultySchema = z.enum(['reading', 'sight', 'hearing']);

/**
 * The data a case is opened with: the application as received. Opening the case is the
 * registration 第七条 requires at once; an application missing the content of 第五条 or 第六条 is
 * rejected (INVALID_PAYLOAD). Identity papers that fail their check do not stop the registration:
 * the case notes the problem and asks for valid papers (第七条 says what is registered at once, not
 * that anything else is refused).
 */
export const applicationSchema = z
  .object({
    channel: channelSchema,
    /** For an oral application: who filled in the form for the applicant and the record of the applicant's circumstances (第五条). */
    oralRecord: z.object({ filledInBy: text, applicantCircumstances: text }).optional(),
    applicant: applicantSchema,
    request: requestSchema,
    /** A reading, sight or hearing difficulty the applicant has (第十四条). */
    difficulties: z.array(difficultySchema).optional(),
  })
  .refine((a) => a.channel !== 'oral' || a.oralRecord !== undefined, {
    path: ['oralRecord'],
    message: 'an oral application must record who filled in the form and the applicant’s circumstances (第五条)',
  });

/** The data a case is opened with: the application as received (see `applicationSchema`). (The value `applicationSchema` parses to.) */
export type Application = z.output<typeof applicationSchema>;
/** The form in which the applicant wants the information, or in which it is provided (第六条, 第十二条). (The value `informationFormSchema` parses to.) */
export type InformationForm = z.output<typeof informationFormSchema>;
/** Difficulties that call for help (第十四条). (The value `difficultySchema` parses to.) */
export type Difficulty = z.output<typeof difficultySchema>;

/** The data a case of this module is opened with: the application (the module's `input`). */
export const input = applicationSchema;
