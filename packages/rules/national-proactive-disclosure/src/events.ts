import type { EventSpec } from '@zwgk/core';
import { withholdingGrounds } from '@zwgk/regulation-national-2019';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

const text = z.string().trim().min(1);

/** Where proactive information is published (第二十三条, 第二十四条). */
export const publicationChannelSchema = z.enum([
  'governmentWebsite',
  'governmentGazette',
  'pressConference',
  'newMedia',
  'newspaperBroadcastTv',
  'readingRoom',
]);

/** The module's events. */
export const events = {
  'information.published': {
    schema: z.object({ channels: z.array(publicationChannelSchema).min(1), url: text.optional() }),
    roles: ['clerk'],
    label: { zh: '主动公开（发布）', en: 'published' },
    clause: '第二十六条',
  },
  'publication.withheld': {
    schema: z.object({
      ground: z.enum(withholdingGrounds),
      reasons: text,
    }),
    roles: ['officeHead'],
    label: { zh: '经审查不予公开', en: 'withheld after review' },
    clause: '第十四条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;

/** The type of an event of this module. */
export type EventType = keyof typeof events;
