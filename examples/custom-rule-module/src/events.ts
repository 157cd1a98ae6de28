import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);

/** The seven answers of 第三十六条, each with the content the article requires. */
export const answerSchema = z.discriminatedUnion('kind', [
  /** （一）already published: how and where to obtain it. */
  z.object({ kind: z.literal('alreadyPublic'), howToObtain: text }),
  /** （二）disclosed: provided, or how, where and when to obtain it. */
  z.object({ kind: z.literal('disclosed'), howToObtain: text }),
  /** （三）not disclosed under the regulation: the reasons. */
  z.object({ kind: z.literal('refused'), reasons: text }),
  /** （四）a search found no such information. */
  z.object({ kind: z.literal('nonexistent'), explanation: text }),
  /** （五）not this agency's to disclose: the reasons, and the responsible agency when known. */
  z.object({ kind: z.literal('notThisAgency'), reasons: text, responsibleAgency: z.object({ name: text, contact: text }).optional() }),
  /** （六）a repeated application for information already answered. */
  z.object({ kind: z.literal('repeated'), earlierReply: text }),
  /** （七）information with its own statutory access procedure (business or real-estate registers). */
  z.object({ kind: z.literal('specialProcedure'), law: text }),
]);

/** An answer (the value `answerSchema` parses to). */
export type Answer = z.output<typeof answerSchema>;
/** Which of the seven answers. */
export type AnswerKind = Answer['kind'];

/** The module's events: payload schema, the roles that may send each, and the clause behind it. */
export const events = {
  'correction.requested': {
    schema: z.object({ toCorrect: text, guidance: text }),
    roles: ['clerk'],
    label: { zh: '一次性告知申请人补正', en: 'applicant asked, once, to correct the application' },
    clause: '第三十条',
  },
  'application.corrected': {
    schema: z.object({ description: text }),
    roles: ['applicant', 'clerk'],
    label: { zh: '收到补正的申请', en: 'corrected application received' },
    clause: '第三十条',
  },
  'thirdParty.consulted': {
    schema: z.object({ party: text, information: text, harm: text }),
    roles: ['clerk'],
    label: { zh: '书面征求第三方意见', en: 'third party consulted in writing' },
    clause: '第三十二条',
  },
  'thirdParty.replied': {
    schema: z.object({ consents: z.boolean(), reasons: text.optional() }),
    roles: ['clerk'],
    label: { zh: '收到第三方意见', en: 'third party’s opinion received' },
    clause: '第三十二条',
  },
  'agencies.consulted': {
    schema: z.object({ agencies: z.array(text).min(1), question: text }),
    roles: ['clerk'],
    label: { zh: '征求其他机关意见', en: 'other agencies consulted' },
    clause: '第三十三条',
  },
  'agencies.replied': {
    schema: z.object({ opinion: text }),
    roles: ['clerk'],
    label: { zh: '收到其他机关意见', en: 'other agencies’ opinion received' },
    clause: '第三十三条',
  },
  'reply.extended': {
    schema: z.object({ reason: text, workingDays: z.number().int().min(1).max(20).optional() }),
    roles: ['officeHead'],
    label: { zh: '延长答复期限（工作机构负责人同意）', en: 'reply period extended (approved by the head of the disclosure office)' },
    clause: '第三十三条',
  },
  'reply.given': {
    schema: answerSchema,
    roles: ['clerk'],
    label: { zh: '作出答复', en: 'answer given' },
    clause: '第三十六条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** An event of this module. */
export type EventType = keyof typeof events;
