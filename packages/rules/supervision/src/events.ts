import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { inspectionItemSchema } from './items.js';
import type { Role } from './roles.js';

/** The investigation's result (认真查实, 第一条; 调查处理, 第五条). */
export const investigationConcludedSchema = z
  .object({
    substantiated: z.boolean(),
    findings: z.string().min(1),
    /** When substantiated: what the body must correct (督促整改). */
    corrections: z.array(z.string().min(1)).optional(),
  })
  .refine((d) => !d.substantiated || (d.corrections?.length ?? 0) > 0, {
    path: ['corrections'],
    message: 'a substantiated complaint must name the corrections ordered',
  });

/** A substantiated complaint referred for accountability (严格实施责任追究, 第四条) to the supervisory organ. */
export const matterReferredSchema = z.object({ organ: z.string().min(1), reasons: z.string().min(1) });

/** The answer to the complainant (事事有答复, 第四条). */
export const answerSentSchema = z.object({ content: z.string().min(1), via: z.enum(['phone', 'letter', 'email', 'inPerson']) });

/**
 * The supervisor checked the corrections (件件有落实, 第四条; 督促整改, 第一条): `corrected` (the default)
 * when they are made, `false` when the body did not make them, which is recorded as a breach.
 */
export const rectificationVerifiedSchema = z.object({
  verifiedBy: z.string().min(1),
  notes: z.string().min(1),
  corrected: z.boolean().default(true),
});

/** One item of 第二条 inspected. */
export const itemInspectedSchema = z.object({
  item: inspectionItemSchema,
  result: z.enum(['satisfactory', 'deficient']),
  notes: z.string().min(1),
});

/** The inspection is concluded (its report goes to the inspected body). */
export const inspectionConcludedSchema = z.object({ summary: z.string().min(1) });

/** The inspected body reports what it corrected (督促整改, 第一条; 改进情况, 第二条第8项). */
export const rectificationReportedSchema = z.object({ corrections: z.array(z.string().min(1)).min(1) });

/** The events the module accepts: payload schema, roles allowed to send it, the clause it rests on. */
export const events = {
  'investigation.concluded': {
    schema: investigationConcludedSchema,
    roles: ['supervisor'],
    label: { zh: '调查核实完毕', en: 'investigation concluded' },
    clause: '第一条',
  },
  'matter.referred': {
    schema: matterReferredSchema,
    roles: ['supervisor'],
    label: { zh: '移送责任追究', en: 'referred for accountability' },
    clause: '第四条',
  },
  'answer.sent': {
    schema: answerSentSchema,
    roles: ['supervisor'],
    label: { zh: '答复投诉举报人', en: 'complainant answered' },
    clause: '第四条',
  },
  'rectification.verified': {
    schema: rectificationVerifiedSchema,
    roles: ['supervisor'],
    label: { zh: '整改落实核查', en: 'correction verified' },
    clause: '第一条',
  },
  'item.inspected': {
    schema: itemInspectedSchema,
    roles: ['supervisor'],
    label: { zh: '检查一项内容', en: 'item inspected' },
    clause: '第二条',
  },
  'inspection.concluded': {
    schema: inspectionConcludedSchema,
    roles: ['supervisor'],
    label: { zh: '检查结束', en: 'inspection concluded' },
    clause: '第一条',
  },
  'rectification.reported': {
    schema: rectificationReportedSchema,
    roles: ['inspectedBody'],
    label: { zh: '报告整改情况', en: 'corrections reported' },
    clause: '第二条(8)',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;
