import { z } from 'zod';
import { type Application, applicantKindSchema, applicationSchema } from './application.js';

/** The data a case is opened with: the application (第二十九条, 第三十一条; see application.ts). */
export const input = applicationSchema;

/** The data a case is opened with (the value `input` parses to). */
export type DisclosureRequestInput = Application;

/** Every answer of 第三十六条–第三十九条 (see answers.ts). */
const answerKinds = [
  'alreadyPublic',
  'disclosed',
  'partlyDisclosed',
  'refused',
  'nonexistent',
  'notThisAgency',
  'needsProcessing',
  'stillUnclear',
  'repeated',
  'petition',
  'publication',
  'unreasonableVolume',
  'confirmation',
  'specialProcedure',
] as const;

/** What a finished case hands to the agency's OA system and to the annual report. */
export const output = z.object({
  outcome: z.enum(['answered', 'deemedWithdrawn', 'withdrawn']),
  answer: z.enum(answerKinds).nullable(),
  reportRow: z.string(),
  applicantKind: applicantKindSchema,
  receivedAt: z.string(),
  feeYuan: z.number().int().nullable(),
  feePaid: z.boolean().nullable(),
});
