import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);

/** The consultation's one event: the party's written opinion, entered by the clerk who received it. */
export const events = {
  'opinion.received': {
    schema: z.object({ consents: z.boolean(), reasons: text.optional() }).refine((p) => p.consents || p.reasons !== undefined, {
      path: ['reasons'],
      message: 'an objection must carry its reasons: the agency withholds only for reasonable grounds (第三十二条)',
    }),
    roles: ['clerk'],
    label: { zh: '收到被征求意见方的书面意见', en: 'written opinion received' },
    clause: '第三十二条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of an event of this module. */
export type EventType = keyof typeof events;
