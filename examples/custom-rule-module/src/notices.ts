import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { answerSchema, events } from './events.js';

const text = z.string().trim().min(1);

/** Notices the machine sends, with the content each clause requires. */
export const notices = {
  correctionRequest: {
    label: { zh: '补正告知书', en: 'request to correct the application' },
    recipient: 'applicant',
    clause: '第三十条',
    // What the clerk asked for, and the time given to correct (the parameter).
    schema: events['correction.requested'].schema.extend({ correctionWorkingDays: z.number().int().positive() }),
  },
  thirdPartyConsultation: {
    label: { zh: '第三方意见征询函', en: 'letter consulting the third party' },
    recipient: 'thirdParty',
    clause: '第三十二条',
    // The letter carries what the clerk recorded when consulting the third party.
    schema: events['thirdParty.consulted'].schema,
  },
  extension: {
    label: { zh: '延长答复期限告知书', en: 'notice of the extended reply period' },
    recipient: 'applicant',
    clause: '第三十三条',
    schema: z.object({ reason: text, workingDays: z.number().int().min(1).max(20) }),
  },
  answer: {
    label: { zh: '政府信息公开申请答复书', en: 'answer to the application' },
    recipient: 'applicant',
    clause: '第三十六条',
    schema: answerSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
