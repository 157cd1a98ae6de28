import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { nonDisclosureGround } from './grounds.js';

const text = z.string().min(1);

/** The written review opinion (审查确认的意见, 第四条): what it must say for each decision. */
export const reviewOpinionNotice = z.discriminatedUnion('decision', [
  z.object({ subject: text, decision: z.literal('disclosable'), declassificationRequired: z.boolean() }),
  z.object({ subject: text, decision: z.literal('partlyDisclosable'), withheld: text, declassificationRequired: z.boolean() }),
  z.object({ subject: text, decision: z.literal('notDisclosable'), ground: nonDisclosureGround, citation: text, reason: text }),
]);

/** 第十二条: the basis and the reasons for not disclosing, given to whoever asks. */
export const withholdingExplanationNotice = z.object({
  requester: text,
  question: text,
  decision: z.enum(['partlyDisclosable', 'notDisclosable']),
  ground: nonDisclosureGround.optional(),
  citation: text,
  reason: text,
  withheld: text.optional(),
});

export const classificationReferralNotice = z.object({ subject: text, authority: text, question: text });
export const jointConsentRequestNotice = z.object({ subject: text, leadDepartment: text, departments: z.array(text).min(1) });
export const declassificationResultNotice = z.object({ subject: text, declassified: z.boolean(), detail: text });

/** The notices a confidentiality review sends. */
export const notices = {
  reviewOpinion: {
    label: { zh: '保密审查确认意见', en: 'written review opinion' },
    recipient: 'originatingDepartment',
    clause: '第四条',
    schema: reviewOpinionNotice,
  },
  classificationReferral: {
    label: { zh: '密级确定请示', en: 'referral for classification' },
    recipient: 'classificationAuthority',
    clause: '第八条',
    schema: classificationReferralNotice,
  },
  jointConsentRequest: {
    label: { zh: '征求共同形成部门书面同意函', en: 'request for written consent of co-issuing departments' },
    recipient: 'coIssuingDepartment',
    clause: '第七条',
    schema: jointConsentRequestNotice,
  },
  withholdingExplanation: {
    label: { zh: '不予公开的依据和理由说明', en: 'explanation of why information was withheld' },
    recipient: 'requester',
    clause: '第十二条',
    schema: withholdingExplanationNotice,
  },
  declassificationResult: {
    label: { zh: '解密手续办理结果', en: 'declassification result' },
    recipient: 'disclosureOffice',
    clause: '第九条',
    schema: declassificationResultNotice,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
