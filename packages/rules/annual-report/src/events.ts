import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { reportSchema } from './report.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);

/**
 * The module's events: payload schema, the roles that may send each, and the clause behind it.
 * `reportingUnit` is the department or township that reports (第四条), `office` the county's
 * 政务公开办公室 that receives the reports (第二条) and applies 第五条.
 */
export const events = {
  'report.submitted': {
    schema: reportSchema,
    roles: ['reportingUnit'],
    label: { zh: '报送年度工作报告', en: 'yearly report submitted' },
    clause: '第一条',
  },
  'report.accepted': {
    schema: z.object({ remarks: text.optional() }),
    roles: ['office'],
    label: { zh: '受理年度工作报告', en: 'yearly report accepted' },
    clause: '第二条',
  },
  'report.refused': {
    schema: z.object({ facts: text }),
    roles: ['office'],
    label: { zh: '认定拒不整改（拒不补报）', en: 'refusal to rectify established' },
    clause: '第五条(二)',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type ReportEvents = typeof events;
