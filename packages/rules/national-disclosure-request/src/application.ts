import { z } from 'zod';

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with its offset, e.g. 2025-03-03T10:00:00+08:00' });
const ms = (value: string) => Date.parse(value);

/**
 * The applicant's kind, as the annual report's columns count them (国办公开办函〔2021〕30号 三):
 * a natural person, or a legal person or other organisation of one of five kinds.
 */
export const applicantKindSchema = z.enum([
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrganisation',
  'legalServiceProvider',
  'otherOrganisation',
]);

/** The applicant: （一）name, identity papers and contact (第二十九条), and its kind for the annual report. */
export const applicantSchema = z.object({ kind: applicantKindSchema, name: text, identityDocument: text, contact: text });

/**
 * How the application arrived and so when it counts as received (第三十一条): handed in (the day
 * submitted), registered post (the day the office signed for it), ordinary post (the day the office
 * confirmed it with the applicant, on the day it arrived), online or by the office's fax (the day
 * both sides confirmed it), or orally, written down by the office (第二十九条).
 */
export const receiptSchema = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('inPerson') }),
  z.object({ channel: z.literal('oral'), filledInBy: text }),
  z.object({ channel: z.literal('registeredPost'), signedForAt: instant }),
  z.object({ channel: z.literal('ordinaryPost'), confirmedAt: instant }),
  z.object({ channel: z.literal('online'), confirmedAt: instant }),
  z.object({ channel: z.literal('fax'), confirmedAt: instant }),
]);

/**
 * The application a case is opened with: the three contents of 第二十九条 and the facts that fix
 * its date of receipt (第三十一条). `submittedAt` is when the applicant handed it in, posted or
 * sent it; a receipt dated before it is refused.
 */
export const applicationSchema = z
  .object({
    applicant: applicantSchema,
    submittedAt: instant,
    receipt: receiptSchema,
    /** （二）the name, document number or another description of the information. */
    description: text,
    /** （三）the form asked for, including how and where to obtain it. */
    form: text,
  })
  .superRefine((a, ctx) => {
    const at = receivedAtOf(a);
    if (ms(at) < ms(a.submittedAt)) {
      const field = a.receipt.channel === 'registeredPost' ? 'signedForAt' : 'confirmedAt';
      ctx.addIssue({
        code: 'custom',
        path: ['receipt', field],
        message: `the receipt (${at}) is before the application was submitted (${a.submittedAt}): 第三十一条 dates receipt on or after submission`,
      });
    }
  });

/** The application as received (the value `applicationSchema` parses to). */
export type Application = z.output<typeof applicationSchema>;
/** The applicant's kind for the annual report (the value `applicantKindSchema` parses to). */
export type ApplicantKind = z.output<typeof applicantKindSchema>;
/** How the application arrived (the value `receiptSchema` parses to). */
export type Receipt = z.output<typeof receiptSchema>;

/**
 * The instant the application counts as received (第三十一条): the submission for one handed in
 * or made orally, the signature for registered post, the confirmation for ordinary post, online
 * and fax.
 *
 * @example
 * receivedAtOf({ submittedAt: '2025-03-01T09:00:00+08:00', receipt: { channel: 'registeredPost', signedForAt: '2025-03-04T10:00:00+08:00' } })
 * //=> '2025-03-04T10:00:00+08:00'
 */
export function receivedAtOf(application: Pick<Application, 'submittedAt' | 'receipt'>): string {
  const r = application.receipt;
  switch (r.channel) {
    case 'inPerson':
    case 'oral':
      return application.submittedAt;
    case 'registeredPost':
      return r.signedForAt;
    default:
      return r.confirmedAt;
  }
}
