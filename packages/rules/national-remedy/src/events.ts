import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import { remedyResultSchema } from './remedy.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);

/** The remedy's events: its decision, entered by the office's legal officer. */
export const events = {
  'remedy.decided': {
    schema: z.object({ result: remedyResultSchema, decision: text }),
    roles: ['legalOfficer'],
    label: { zh: '复议决定、判决裁定或投诉处理结果', en: 'decision of the reconsideration body, the court or the complaint' },
    clause: '年报格式',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of an event of this module. */
export type EventType = keyof typeof events;
