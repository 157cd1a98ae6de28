import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { remedyResultSchema } from './remedy.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);
const date = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with its offset, e.g. 2025-03-03T10:00:00+08:00' });
/** When the agency received the copy (the signature on the service record); the moment the event is recorded when absent. */
const receivedAt = instant.optional();
/** The written answer the agency files: its text and the evidence and rules it relies on. */
const answer = z.object({ answer: text, evidence: z.array(text).min(1) });

/**
 * The remedy's events, entered by the office's legal officer: the copy of the application or the
 * complaint received (the agency's answer period starts), its answer filed, the review body's
 * extension, and the decision.
 */
export const events = {
  'reconsideration.copyReceived': {
    schema: z.object({
      receivedAt,
      /** The day the reconsideration body accepted the application (stated in its 答复通知书): its decision period runs from it. */
      acceptedOn: date,
    }),
    roles: ['legalOfficer'],
    label: {
      zh: '收到行政复议申请书副本或者申请笔录复印件（及答复通知书）',
      en: 'copy of the reconsideration application received',
    },
    clause: '行政复议法第四十八条',
  },
  'reconsideration.replySubmitted': {
    schema: answer,
    roles: ['legalOfficer'],
    label: { zh: '提出书面答复并提交证据、依据和其他有关材料', en: 'written reply and evidence submitted' },
    clause: '行政复议法第四十八条',
  },
  'reconsideration.extended': {
    schema: z.object({ days: z.number().int().min(1).max(30), reasons: text }),
    roles: ['legalOfficer'],
    label: { zh: '收到行政复议机关延长审理期限的书面告知', en: 'the reconsideration body’s written notice of an extension' },
    clause: '行政复议法第六十二条',
  },
  'litigation.copyReceived': {
    schema: z.object({ receivedAt }),
    roles: ['legalOfficer'],
    label: { zh: '收到起诉状副本', en: 'copy of the complaint received' },
    clause: '行政诉讼法第六十七条',
  },
  'litigation.defenceSubmitted': {
    schema: answer,
    roles: ['legalOfficer'],
    label: { zh: '向人民法院提交证据、规范性文件和答辩状', en: 'evidence and defence filed with the court' },
    clause: '行政诉讼法第六十七条',
  },
  'remedy.decided': {
    schema: z.object({ result: remedyResultSchema, decision: text }),
    roles: ['legalOfficer'],
    label: { zh: '复议决定、判决裁定或投诉处理结果', en: 'decision of the reconsideration body, the court or the complaint' },
    clause: '年报格式',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of an event of this module. */
export type EventType = keyof typeof events;
