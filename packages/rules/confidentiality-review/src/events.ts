import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { reviewerGround, secrecyLevel } from './grounds.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);

/** The initial opinion of the originating department (第六条(一)): disclose, partly, or not. */
export const initialOpinionPayload = z.discriminatedUnion('opinion', [
  z.object({
    opinion: z.literal('disclosable'),
    /** 第九条: a state secret whose term has passed; it is declassified before it is disclosed. */
    pastSecrecyTerm: z.boolean().default(false),
    comment: text.optional(),
  }),
  z.object({
    opinion: z.literal('partlyDisclosable'),
    /** 第十一条: what is withheld (the classified part). */
    withheld: text,
    pastSecrecyTerm: z.boolean().default(false),
    comment: text.optional(),
  }),
  z.object({ opinion: z.literal('notDisclosable'), ground: reviewerGround, reason: text }),
]);

/** The verdict of a later step of 第六条: approve (forward), refuse (not disclosable), or send back. */
export const stepVerdictPayload = z.discriminatedUnion('verdict', [
  z.object({
    verdict: z.literal('approve'),
    /** Approve disclosure of the rest only (第十一条): the part this step withholds. */
    withheld: text.optional(),
    comment: text.optional(),
  }),
  z.object({ verdict: z.literal('refuse'), ground: reviewerGround, reason: text }),
  z.object({ verdict: z.literal('sendBack'), reason: text }),
]);

/** 第十二条: who asks the office to explain why information was not disclosed, and what they ask. */
export const explanationRequestedPayload = z.object({ requester: text, question: text });

/** Payload of a referral of the classification question to the organ that may decide it (第八条). */
export const classificationReferredPayload = z.object({
  /** The superior organ or secrecy department that has the power to decide (第八条). */
  authority: text,
  question: text,
});

/** Payload of the answer on classification: not a state secret, or its 密级 and the part to withhold (第八条, 第十一条). */
export const classificationDeterminedPayload = z.discriminatedUnion('classified', [
  z.object({ classified: z.literal(false), reference: text.optional() }),
  z.object({
    classified: z.literal(true),
    level: secrecyLevel,
    /** When only a part is a state secret: that part, to be withheld (第十一条). Absent: the whole. */
    part: text.optional(),
    reference: text.optional(),
  }),
]);

/** Payload of a co-forming department's written answer on disclosure (第七条). */
export const jointConsentPayload = z.discriminatedUnion('consents', [
  /** The written consent (以文字形式征得同意): its document reference. */
  z.object({ consents: z.literal(true), department: text, letter: text }),
  z.object({ consents: z.literal(false), department: text, letter: text, reason: text }),
]);

/** Payload of a completed declassification: the reference of the declassification decision. */
export const declassificationCompletedPayload = z.object({ reference: text });
/** Payload of a refused declassification: why. */
export const declassificationRefusedPayload = z.object({ reason: text });

const chainRoles = ['originatingDepartment', 'departmentHead', 'leaderInCharge', 'disclosureOffice'] as const;

/** The events of a confidentiality review, with the roles that may send them and their clause. */
export const events = {
  'initialOpinion.given': {
    schema: initialOpinionPayload,
    roles: ['originatingDepartment'],
    label: { zh: '信息产生部门提出初步意见', en: 'initial opinion of the originating department' },
    clause: '第六条(一)',
  },
  'headReview.given': {
    schema: stepVerdictPayload,
    roles: ['departmentHead'],
    label: { zh: '部门负责人提出审查意见', en: 'review opinion of the department head' },
    clause: '第六条(二)',
  },
  'leaderReview.given': {
    schema: stepVerdictPayload,
    roles: ['leaderInCharge'],
    label: { zh: '分管领导审查', en: 'review by the leader in charge' },
    clause: '第六条(三)',
  },
  'officeReview.given': {
    schema: stepVerdictPayload,
    roles: ['disclosureOffice'],
    label: { zh: '政务公开办公室审查', en: 'review by the disclosure office' },
    clause: '第六条(四)',
  },
  'bureauApproval.given': {
    schema: stepVerdictPayload,
    // The office registers the bureau's written answer when it arrives (an inside way on; the bureau has no period in the text).
    roles: ['secrecyBureau', 'disclosureOffice'],
    label: { zh: '保密机关批准', en: 'approval by the secrecy bureau' },
    clause: '第六条(四)',
  },
  'classification.referred': {
    schema: classificationReferredPayload,
    roles: chainRoles,
    label: { zh: '密级不明确，报送有权机关确定', en: 'classification unclear: referred to the deciding authority' },
    clause: '第八条',
  },
  'classification.determined': {
    schema: classificationDeterminedPayload,
    // The office registers the authority's written determination when it arrives (the authority has no period in the text).
    roles: ['classificationAuthority', 'disclosureOffice'],
    label: { zh: '有权机关确定是否属于国家秘密及密级', en: 'classification determined' },
    clause: '第八条',
  },
  'jointConsent.recorded': {
    schema: jointConsentPayload,
    roles: ['coIssuingDepartment'],
    label: { zh: '共同形成部门书面意见', en: 'written answer of a co-issuing department' },
    clause: '第七条',
  },
  'declassification.completed': {
    schema: declassificationCompletedPayload,
    roles: ['originatingDepartment'],
    label: { zh: '办理解密手续完毕', en: 'declassified' },
    clause: '第九条',
  },
  'declassification.refused': {
    schema: declassificationRefusedPayload,
    roles: ['originatingDepartment'],
    label: { zh: '不予解密', en: 'declassification refused' },
    clause: '第九条',
  },
  'explanation.requested': {
    schema: explanationRequestedPayload,
    roles: ['requester', 'disclosureOffice'],
    label: { zh: '要求说明不予公开的依据和理由', en: 'explanation of a withholding requested' },
    clause: '第十二条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type ReviewEvents = typeof events;
/** The initial opinion of the originating department (第六条(一)): disclose, partly, or not. (The value `initialOpinionPayload` parses to.) */
export type InitialOpinionPayload = z.output<typeof initialOpinionPayload>;
/** The verdict of a later step of 第六条: approve (forward), refuse (not disclosable), or send back. (The value `stepVerdictPayload` parses to.) */
export type StepVerdictPayload = z.output<typeof stepVerdictPayload>;
/** Payload of the answer on classification: not a state secret, or its 密级 and the part to withhold (第八条, 第十一条). (The value `classificationDeterminedPayload` parses to.) */
export type ClassificationDeterminedPayload = z.output<typeof classificationDeterminedPayload>;
/** Payload of a co-forming department's written answer on disclosure (第七条). (The value `jointConsentPayload` parses to.) */
export type JointConsentPayload = z.output<typeof jointConsentPayload>;
