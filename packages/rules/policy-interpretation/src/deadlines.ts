import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The text gives no deadline in days: simultaneity is checked when the interpretation is published. */
export const deadlines = {} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  interpretationNotSimultaneous: {
    label: { zh: '解读材料未与政策文件同步发布', en: 'interpretation not published at the same time as the policy' },
    clause: '网站十八(三)',
  },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
