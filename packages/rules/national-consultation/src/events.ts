import type { EventSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with its offset, e.g. 2025-03-03T10:00:00+08:00' });

/** The consultation's events, entered by the clerk: the party's receipt of the letter, and its written opinion. */
export const events = {
  'letter.received': {
    schema: z.object({
      /**
       * When the party received the letter (the signature on the return receipt or the postal
       * record); the moment the event is recorded when absent. Not before the letter was sent, not
       * after the event is recorded.
       */
      receivedAt: instant.optional(),
    }),
    roles: ['clerk'],
    label: {
      zh: '被征求意见方收到征求意见书（签收回执或邮政记录）',
      en: 'the party received the letter (return receipt or postal record)',
    },
    clause: '第三十二条',
  },
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
