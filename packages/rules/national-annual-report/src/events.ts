import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';
import { supplementSchema } from './supplement.js';

const text = z.string().trim().min(1);

/** The report case's events. */
export const events = {
  'figures.supplemented': {
    schema: supplementSchema,
    roles: ['clerk'],
    label: { zh: '填报案件无法得出的数据和文字', en: 'figures and text the cases cannot give, entered' },
    clause: '第五十条',
  },
  'report.published': {
    schema: z.object({ url: text, submittedTo: text.optional() }),
    roles: ['officeHead'],
    label: { zh: '报送并向社会公布年度报告', en: 'report submitted and published' },
    clause: '第四十九条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of an event of this module. */
export type EventType = keyof typeof events;
