import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import {
  consultationPublishedSchema,
  feedbackGivenSchema,
  findingSchema,
  hearingDetails,
  meetingKindSchema,
  reporterSchema,
  secretGroundSchema,
} from './events.js';

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true });

/** The public announcement of a consultation: everything 第四条 lists, and the subject. */
export const consultationAnnouncementSchema = z.object({
  subject: text,
  authority: text,
  details: consultationPublishedSchema,
});

/** The notice to meeting participants (第六条): time, place, topic and agenda are required. */
export const meetingNoticeSchema = z.object({
  subject: text,
  kind: meetingKindSchema,
  startsAt: instant,
  place: text,
  topic: text,
  agenda: z.array(text).min(1),
  recipients: z.array(text).min(1),
});

/** The public announcement of a meeting, where the authority finds it necessary (第六条). */
export const meetingAnnouncementSchema = meetingNoticeSchema.omit({ recipients: true }).extend({ via: z.array(text).min(1) });

/** The public announcement of a hearing (第七条): held in public unless a named secret is involved. */
export const hearingAnnouncementSchema = z.discriminatedUnion('public', [
  z.object({ subject: text, public: z.literal(true), ...hearingDetails }),
  z.object({ subject: text, public: z.literal(false), secretGround: secretGroundSchema, ...hearingDetails }),
]);

/** The public notice that an announced hearing is called off (第七条: announced to the public, so is its cancellation). */
export const hearingCancellationSchema = z.object({
  subject: text,
  matter: text,
  startsAt: instant,
  reason: text,
  via: z.array(text).min(1),
});

/**
 * The record of an opinion sent through a channel the consultation did not publish (第四条第(三)项): kept,
 * marked irregular, for the authority to decide whether to consider it.
 */
export const irregularOpinionSchema = z.object({
  subject: text,
  channel: text,
  publishedChannels: z.array(text).min(1),
  content: text,
});

/** The feedback to the participants (第八条). */
export const feedbackNoticeSchema = feedbackGivenSchema.extend({ subject: text, opinionsReceived: z.number().int().nonnegative() });

/**
 * The inquiry to the reported unit (第十二条). Strict: it has no field for the reporter, and the machine
 * refuses questions that name the reporter (第十三条).
 */
export const inquiryNoticeSchema = z.strictObject({
  accused: text,
  facts: text,
  questions: z.array(text).min(1),
});

/** The result told to the reporter (第十二条): the only notice that carries the reporter. */
export const reportResultNoticeSchema = z.strictObject({
  reporter: reporterSchema,
  accused: text,
  finding: findingSchema,
  investigation: text,
  measures: text,
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  consultationAnnouncement: {
    label: { zh: '征求意见公告', en: 'consultation announcement' },
    recipient: 'public',
    clause: '第四条',
    schema: consultationAnnouncementSchema,
  },
  meetingNotice: {
    label: { zh: '会议通知', en: 'meeting notice to participants' },
    recipient: 'meetingParticipants',
    clause: '第六条',
    schema: meetingNoticeSchema,
  },
  meetingAnnouncement: {
    label: { zh: '会议公告', en: 'public announcement of a meeting' },
    recipient: 'public',
    clause: '第六条',
    schema: meetingAnnouncementSchema,
  },
  hearingAnnouncement: {
    label: { zh: '听证公告', en: 'hearing announcement' },
    recipient: 'public',
    clause: '第七条',
    schema: hearingAnnouncementSchema,
  },
  hearingCancellation: {
    label: { zh: '取消听证公告', en: 'hearing cancellation' },
    recipient: 'public',
    clause: '第七条',
    schema: hearingCancellationSchema,
  },
  irregularOpinion: {
    label: { zh: '未经公布途径提交的意见（登记为不规范）', en: 'opinion through an unpublished channel (recorded as irregular)' },
    recipient: 'authority',
    clause: '第四条',
    schema: irregularOpinionSchema,
  },
  feedbackNotice: {
    label: { zh: '意见反馈', en: 'feedback to participants' },
    recipient: 'participants',
    clause: '第八条',
    schema: feedbackNoticeSchema,
  },
  inquiryNotice: {
    label: { zh: '调查核实函', en: 'inquiry to the reported unit' },
    recipient: 'reportedUnit',
    clause: '第十二条',
    schema: inquiryNoticeSchema,
  },
  reportResultNotice: {
    label: { zh: '举报调查处理结果告知', en: 'result told to the reporter' },
    recipient: 'reporter',
    clause: '第十二条',
    schema: reportResultNoticeSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
