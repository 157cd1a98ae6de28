import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

/**
 * The basic facts of the information to be published, as 第九条第(一)项 lists them:
 * name and document number, description of its content, date produced, publishing body.
 */
export const informationSchema = z.object({
  /** 名称 */
  title: z.string().min(1),
  /** 文号: `null` states that the information has no document number (statistics, a notice without one). */
  documentNumber: z.string().min(1).nullable(),
  /** 内容描述 */
  description: z.string().min(1),
  /** 产生日期 (Beijing date) */
  producedOn: z.iso.date(),
  /** 发布机构 */
  publisher: z.string().min(1),
});

/**
 * The content of the written consultation letter (征求意见公文), as 第九条 requires it:
 * (一) the basic facts, (二) the matters to coordinate, (三) the releasing agency's opinion and
 * its basis, (四) anything else.
 */
export const consultationLetterSchema = z.object({
  information: informationSchema,
  /** 需沟通协调的事项 (第九条第(二)项) */
  matters: z.array(z.string().min(1)).min(1),
  /** 拟公开政府政务信息的行政机关的意见 (第九条第(三)项) */
  opinion: z.string().min(1),
  /** 意见的依据 (第九条第(三)项) */
  basis: z.string().min(1),
  /** 其他内容 (第九条第(四)项) */
  other: z.string().min(1).optional(),
});
/** The content of the written consultation letter (征求意见公文), as 第九条 requires it: (一) the basic facts, (二) the matters to coordinate, (三) the releasing agency's opinion and its basis, (四) anything else. (The value `consultationLetterSchema` parses to.) */
export type ConsultationLetter = z.output<typeof consultationLetterSchema>;

/** The written receipt (签收) of the letter by one consulted agency: its reply period runs from here. */
export const letterReceivedSchema = z.object({ agency: z.string().min(1) });

/** A consulted agency's written reply (书面函复): it agrees, or disagrees and says why. */
export const replyGivenSchema = z.discriminatedUnion('opinion', [
  z.object({ agency: z.string().min(1), opinion: z.literal('agree') }),
  z.object({ agency: z.string().min(1), opinion: z.literal('disagree'), reasons: z.string().min(1) }),
]);
/** A consulted agency's written reply (书面函复): it agrees, or disagrees and says why. (The value `replyGivenSchema` parses to.) */
export type ReplyGiven = z.output<typeof replyGivenSchema>;

/** The releasing agency reports the disagreement to the next higher authority (第十一条). */
export const matterEscalatedSchema = z.object({
  /** 上一级行政机关或者政府政务信息公开工作主管部门 */
  authority: z.string().min(1),
});

/** The higher authority's decision, which settles the matter (第十一条). */
export const authorityDecidedSchema = z.object({
  authority: z.string().min(1),
  release: z.boolean(),
  reasons: z.string().min(1),
});

/** The information was published (where). Before the matter is settled this is a breach (第十二条). */
export const releasePublishedSchema = z.object({
  channel: z.string().min(1),
  location: z.string().min(1).optional(),
});

/** The approval that 第四条第二款 requires before certain information is published (报请批准后方可发布). */
export const approvalGrantedSchema = z.object({
  /** The organ that approved. */
  authority: z.string().min(1),
  /** The approval's document reference. */
  reference: z.string().min(1),
});

/** The releasing agency decides not to publish (after a disagreement, or while the higher authority coordinates). */
export const releaseWithdrawnSchema = z.object({ reasons: z.string().min(1) });

/** Another agency objects to an unauthorised release and reports it (第十二条第二款). */
export const releaseObjectedSchema = z.object({
  agency: z.string().min(1),
  objection: z.string().min(1),
});

/** The events the module accepts: payload schema, roles allowed to send it, the clause it rests on. */
export const events = {
  'letter.sent': {
    schema: consultationLetterSchema,
    roles: ['releasingAgency'],
    label: { zh: '发出书面征求意见公文', en: 'consultation letter sent' },
    clause: '第九条',
  },
  'letter.received': {
    schema: letterReceivedSchema,
    roles: ['releasingAgency', 'consultedAgency'],
    label: { zh: '被征求意见机关收到征求意见公文', en: 'letter received by a consulted agency' },
    clause: '第七条',
  },
  'reply.given': {
    schema: replyGivenSchema,
    roles: ['consultedAgency', 'releasingAgency'],
    label: { zh: '被征求意见机关书面函复', en: 'written reply of a consulted agency' },
    clause: '第七条',
  },
  'matter.escalated': {
    schema: matterEscalatedSchema,
    roles: ['releasingAgency'],
    label: { zh: '报请上一级行政机关协调', en: 'disagreement reported to the higher authority' },
    clause: '第十一条',
  },
  'authority.decided': {
    schema: authorityDecidedSchema,
    roles: ['higherAuthority'],
    label: { zh: '上一级行政机关协调决定', en: 'higher authority decided' },
    clause: '第十一条',
  },
  'release.published': {
    schema: releasePublishedSchema,
    roles: ['releasingAgency'],
    label: { zh: '发布政府政务信息', en: 'information published' },
    clause: '第十二条',
  },
  'approval.granted': {
    schema: approvalGrantedSchema,
    roles: ['releasingAgency', 'higherAuthority'],
    label: { zh: '报请批准后获得批准', en: 'publication approved' },
    clause: '第四条',
  },
  'letter.revised': {
    schema: consultationLetterSchema,
    roles: ['releasingAgency'],
    label: { zh: '修改拟公开信息后重新征求意见', en: 'information revised and the disagreeing agencies consulted again' },
    clause: '第六条',
  },
  'release.withdrawn': {
    schema: releaseWithdrawnSchema,
    roles: ['releasingAgency'],
    label: { zh: '拟公开机关决定不予发布', en: 'the releasing agency withdraws the release' },
    clause: '第六条',
  },
  'release.objected': {
    schema: releaseObjectedSchema,
    roles: ['consultedAgency', 'otherAgency'],
    label: { zh: '对擅自发布提出异议', en: 'objection to an unauthorised release' },
    clause: '第十二条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;
