import type { EventSpec } from '@zwgk/core';
import { reviewInput } from '@zwgk/rule-confidentiality-review';
import { z } from 'zod';
import { channel } from './channels.js';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);

/** The item is sent for the confidentiality review of 第八条 (a `confidentiality-review` child case). */
export const reviewRequestedPayload = z.object({
  /** The department that produced the item; defaults to the publisher named in the case input. */
  originatingDepartment: text.optional(),
  /** 保密审查制度第七条: the other departments that formed the item jointly; each must consent in writing. */
  jointlyIssuedWith: z.array(text).optional(),
  /** 保密审查制度第十条: the marking given when the item was produced or signed (非密, 秘密, 机密, 绝密). */
  marking: reviewInput.shape.marking,
});

/** 第十条第二句: the approval the item needs before it is published was given. */
export const approvalGrantedPayload = z.object({
  /** The organ that approved. */
  authority: text,
  /** The approval's document reference. */
  reference: text,
});

/**
 * The item was put out through one or more channels of 第十一条. Channels add up over several
 * events; the case is published once the portal (and, for a county department, an offline medium)
 * has it, and, for a major item, the press conference has been held.
 */
export const itemPublishedPayload = z.object({
  channels: z.array(channel).min(1, 'name at least one channel of 第十一条'),
  /** Where it can be found: the portal URL, the notice board, the issue of the publication. */
  location: text.optional(),
});

/** The press conference at which a major item was released (第十一条: 同时以新闻发布会的形式公开). */
export const pressConferenceHeldPayload = z.object({
  spokesperson: text,
  /** The conference's title or number. */
  conference: text.optional(),
});

/** The situations of 第十二条 that the supervisory organ or the office finds and records. */
export const violationSituation = z.enum([
  /** 第十二条第1项 不依法履行政府政务信息主动公开义务 */
  'dutyNotPerformed',
  /** 第十二条第2项 公开不应当公开的政府政务信息 */
  'improperDisclosure',
  /** 第十二条第3项 不及时更新公开的政府政务信息内容 */
  'contentNotUpdated',
]);
/** The situations of 第十二条 that the supervisory organ or the office finds and records. (The value `violationSituation` parses to.) */
export type ViolationSituation = z.infer<typeof violationSituation>;

/** Payload of a recorded violation of 第十二条: the situation and the facts. */
export const violationRecordedPayload = z.object({
  situation: violationSituation,
  facts: text,
});

/** The events of a case of proactive disclosure, with the roles that may send them and their clause. */
export const events = {
  'review.requested': {
    schema: reviewRequestedPayload,
    roles: ['publisher', 'disclosureOffice'],
    label: { zh: '提请保密审查', en: 'confidentiality review requested' },
    clause: '第八条',
  },
  'item.published': {
    schema: itemPublishedPayload,
    roles: ['publisher', 'disclosureOffice'],
    label: { zh: '通过公开渠道发布', en: 'published through channels' },
    clause: '第十一条',
  },
  'pressConference.held': {
    schema: pressConferenceHeldPayload,
    roles: ['spokesperson', 'disclosureOffice'],
    label: { zh: '以新闻发布会形式公开', en: 'released at a press conference' },
    clause: '第十一条',
  },
  'approval.granted': {
    schema: approvalGrantedPayload,
    roles: ['publisher', 'disclosureOffice', 'approvingAuthority'],
    label: { zh: '依照国家有关规定获得发布批准', en: 'publication approved' },
    clause: '第十条',
  },
  'violation.recorded': {
    schema: violationRecordedPayload,
    roles: ['supervisor', 'disclosureOffice'],
    label: { zh: '记录违反本制度的情形', en: 'violation recorded' },
    clause: '第十二条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type ProactiveDisclosureEvents = typeof events;
/** The item was put out through one or more channels of 第十一条. Channels add up over several events; the case is published once the portal (and, for a county department, an offline medium) has it, and, for a major item, the press conference has been held. (The value `itemPublishedPayload` parses to.) */
export type ItemPublishedPayload = z.output<typeof itemPublishedPayload>;
/** Payload of a recorded violation of 第十二条: the situation and the facts. (The value `violationRecordedPayload` parses to.) */
export type ViolationRecordedPayload = z.output<typeof violationRecordedPayload>;
