import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);
const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });

/** The reporter: kept in the case, told the result, and never named to anyone else (第十三条). */
export const reporterSchema = z.object({ name: text, contact: text, idNumber: text.optional() });

/** The routes of 第十条 by which a report comes in. */
export const reportChannelSchema = z.enum(['letter', 'fax', 'email', 'hotline', 'website', 'inPerson']);

/**
 * The ways the public may submit opinions: 第三条第二款 names 电话、信函、传真、网络 (`phone`, `letter`, `fax`,
 * `email` and `website` for 网络), and 当面 (`inPerson`); 第四条第(三)项 has the authority publish which it takes.
 */
export const submissionChannelSchema = z.enum(['phone', 'letter', 'fax', 'email', 'website', 'inPerson']);

/** What 第四条 requires the authority to publish when it asks for opinions. */
export const consultationPublishedSchema = z
  .object({
    /** (一) 相关事项或者活动的背景资料 */
    background: text,
    /** (二) 征求意见的起止时间 */
    startsOn: isoDate,
    endsOn: isoDate,
    /** (三) 公众提交意见和建议的方式 */
    channels: z.array(submissionChannelSchema).min(1),
    /** (四) 联系部门和联系方式 */
    contact: z
      .object({ department: text, phone: text.optional(), email: text.optional(), address: text.optional() })
      .refine(
        (c) => c.phone !== undefined || c.email !== undefined || c.address !== undefined,
        'contact needs at least one way to reach the department (phone, email or address)',
      ),
    /** Where it was published (政府网站, 报纸). */
    publishedVia: z.array(text).min(1),
  })
  .refine((p) => p.startsOn <= p.endsOn, { message: 'startsOn must not be after endsOn', path: ['endsOn'] });
/** What 第四条 requires the authority to publish when it asks for opinions. (The value `consultationPublishedSchema` parses to.) */
export type ConsultationPublished = z.output<typeof consultationPublishedSchema>;

/**
 * An opinion (第三条第二款, 第四条第二款); `at`/occurredAt is when it was submitted (postmark, receipt, call).
 * One sent through a channel the consultation did not publish (第四条第(三)项) is recorded as irregular.
 */
export const opinionSubmittedSchema = z.object({
  channel: submissionChannelSchema,
  content: text,
  /** Who gave it, and how to reach them for feedback (第八条); absent for an anonymous opinion. */
  participant: z.object({ name: text, contact: text.optional() }).optional(),
});

/** A questionnaire survey (第五条): the explanation, the questions, and who is surveyed and why so many. */
export const questionnaireConductedSchema = z.object({
  /** 对相关事项的基本情况进行说明 */
  explanation: text,
  /** 调查问卷所设问题 (简单明确、通俗易懂 is a matter of judgement, not checked) */
  questions: z.array(text).min(1),
  sampleSize: z.number().int().positive(),
  /** 调查范围 */
  scope: text,
  /** Why this number and scope: impact, public attention, resources (第五条). */
  scopeReasons: text,
  responses: z.number().int().nonnegative(),
});

/** The kind of meeting (第六条): a symposium (座谈会) or an expert panel (专家论证会). */
export const meetingKindSchema = z.enum(['symposium', 'expertPanel']);

/** A symposium or expert panel (第六条), notified ahead to its participants. */
export const meetingNoticedSchema = z.object({
  kind: meetingKindSchema,
  /** 会议的时间 */
  startsAt: instant,
  /** 地点 */
  place: text,
  /** 议题 */
  topic: text,
  /** 议程 */
  agenda: z.array(text).min(1),
  participants: z.array(text).min(1),
  /** 必要时通过政府网站、主要媒体等途径予以公告: where, if announced. */
  announceVia: z.array(text).min(1).optional(),
});
/** A symposium or expert panel (第六条), notified ahead to its participants. (The value `meetingNoticedSchema` parses to.) */
export type MeetingNoticed = z.output<typeof meetingNoticedSchema>;

/** Why a hearing is not held in public (第七条): a state secret, a trade secret or personal privacy. */
export const secretGroundSchema = z.enum(['stateSecret', 'tradeSecret', 'personalPrivacy']);
/** What the announcement of a hearing states besides whether it is public (第七条). */
export const hearingDetails = { legalBasis: text, matter: text, startsAt: instant, place: text };

/** A hearing the law requires (第七条): announced to the public; public unless a secret is involved. */
export const hearingAnnouncedSchema = z.discriminatedUnion('public', [
  z.object({ public: z.literal(true), ...hearingDetails }),
  z.object({ public: z.literal(false), secretGround: secretGroundSchema, ...hearingDetails }),
]);
/** A hearing the law requires (第七条): announced to the public; public unless a secret is involved. (The value `hearingAnnouncedSchema` parses to.) */
export type HearingAnnounced = z.output<typeof hearingAnnouncedSchema>;

/** The hearing was held, with the rights of 第七条第二款 secured. */
export const hearingHeldSchema = z.object({
  /** 陈述意见、质证和申辩的权利 */
  rights: z.object({ statement: z.literal(true), crossExamination: z.literal(true), defence: z.literal(true) }),
  speakers: z.number().int().nonnegative(),
  record: text,
});

/** An announced hearing is called off (第七条), e.g. the matter was withdrawn or the law no longer requires one. */
export const hearingCancelledSchema = z.object({ reason: text, announceVia: z.array(text).min(1) });

/** The authority closes the consultation after its end date. */
export const consultationClosedSchema = z.object({});

/** 归类整理、分析研究 (第八条): the opinions by category and how the decision considered them. */
export const opinionsAnalysedSchema = z.object({
  categories: z.array(z.object({ category: text, count: z.number().int().positive(), summary: text })),
  /** 在作出政务公开决策时予以充分考虑 */
  consideration: text,
});

/** The feedback to the participants (第八条): what was said, what was adopted and why not the rest. */
export const feedbackGivenSchema = z.object({
  /** 适当的方式 */
  via: z.array(text).min(1),
  summary: text,
  adopted: z.array(text),
  notAdopted: z.array(z.object({ opinion: text, reason: text })),
});

/** A written inquiry to the reported unit during the investigation (第十二条). */
export const inquirySentSchema = z.object({ questions: z.array(text).min(1) });

/** What the check of a report found: substantiated, partly, or not. */
export const findingSchema = z.enum(['substantiated', 'partlySubstantiated', 'unsubstantiated']);
/** What the check of a report found: substantiated, partly, or not. (The value `findingSchema` parses to.) */
export type Finding = z.output<typeof findingSchema>;

/** The result of the investigation (第十二条): what was found and what was done. */
export const investigationConcludedSchema = z.object({
  finding: findingSchema,
  /** 调查情况 */
  investigation: text,
  /** 处理结果 */
  measures: text,
});

/** The reporter's identity was disclosed (第十三条): recorded as a breach. */
export const identityDisclosedSchema = z.object({ by: text, facts: text });

/** The events the module accepts: payload schema, roles allowed to send it, the clause it rests on. */
export const events = {
  'consultation.published': {
    schema: consultationPublishedSchema,
    roles: ['authority'],
    label: { zh: '公布征求意见事项', en: 'consultation published' },
    clause: '第四条',
  },
  'opinion.submitted': {
    schema: opinionSubmittedSchema,
    roles: ['participant', 'authority'],
    label: { zh: '提交书面意见和建议', en: 'written opinion submitted' },
    clause: '第四条',
  },
  'questionnaire.conducted': {
    schema: questionnaireConductedSchema,
    roles: ['authority'],
    label: { zh: '组织问卷调查', en: 'questionnaire survey conducted' },
    clause: '第五条',
  },
  'meeting.noticed': {
    schema: meetingNoticedSchema,
    roles: ['authority'],
    label: { zh: '通知座谈会、专家论证会', en: 'symposium or expert panel notified' },
    clause: '第六条',
  },
  'hearing.announced': {
    schema: hearingAnnouncedSchema,
    roles: ['authority'],
    label: { zh: '向社会公告听证', en: 'hearing announced' },
    clause: '第七条',
  },
  'hearing.held': {
    schema: hearingHeldSchema,
    roles: ['authority'],
    label: { zh: '举行听证', en: 'hearing held' },
    clause: '第七条',
  },
  'hearing.cancelled': {
    schema: hearingCancelledSchema,
    roles: ['authority'],
    label: { zh: '取消听证并公告', en: 'hearing cancelled' },
    clause: '第七条',
  },
  'consultation.closed': {
    schema: consultationClosedSchema,
    roles: ['authority'],
    label: { zh: '征求意见期满截止', en: 'consultation closed' },
    clause: '第四条',
  },
  'opinions.analysed': {
    schema: opinionsAnalysedSchema,
    roles: ['authority'],
    label: { zh: '意见归类整理、分析研究', en: 'opinions analysed' },
    clause: '第八条',
  },
  'feedback.given': {
    schema: feedbackGivenSchema,
    roles: ['authority'],
    label: { zh: '反馈意见采纳情况', en: 'feedback given to participants' },
    clause: '第八条',
  },
  'inquiry.sent': {
    schema: inquirySentSchema,
    roles: ['authority', 'supervisor'],
    label: { zh: '向被举报单位调查核实', en: 'inquiry sent to the reported unit' },
    clause: '第十二条',
  },
  'investigation.concluded': {
    schema: investigationConcludedSchema,
    roles: ['authority', 'supervisor'],
    label: { zh: '调查核实完毕并作出处理', en: 'investigation concluded' },
    clause: '第十二条',
  },
  'identity.disclosed': {
    schema: identityDisclosedSchema,
    roles: ['authority', 'supervisor'],
    label: { zh: '举报人信息泄露', en: "reporter's identity disclosed" },
    clause: '第十三条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type PublicParticipationEvents = typeof events;
