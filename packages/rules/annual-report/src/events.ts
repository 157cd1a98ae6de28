import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { FIGURES, figureQueries, recordContext } from './figures.js';
import { reportSchema } from './report.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);

/**
 * The reporting unit's figures are asked of the store when the report comes in (第三条第1项): its
 * applications and proactive items of the reported year (see `figureQueries`). The unit and year
 * come from the case itself, never from the payload.
 */
const reportFacts = ({ case: record }: { case: Parameters<typeof recordContext>[0] }) => {
  const context = recordContext(record);
  return figureQueries(String(context['unit']), Number(context['year']));
};

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
    facts: reportFacts,
  },
  'report.returned': {
    schema: z.object({ missing: text }),
    roles: ['office'],
    label: { zh: '退回报告补充完善', en: 'report returned for completion' },
    clause: '第二条',
  },
  'figures.supplemented': {
    schema: z.object({
      /** The figure (see FIGURES) the cases cannot show in full. */
      figure: z.enum(FIGURES),
      /** How many to add to the figure derived from the cases. */
      add: z.number().int().min(1),
      /** What the cases cannot know (applications on paper never entered, items published outside the engine…). */
      reason: text,
    }),
    roles: ['office'],
    label: { zh: '补充案件以外的数字', en: 'figure supplemented with what the cases cannot show' },
    clause: '第二条',
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
