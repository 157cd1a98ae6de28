import type { ParameterSpec, ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, with the reading chosen by default. */
export const policyParameters = {
  simultaneityToleranceMinutes: {
    label: { zh: '视为“同步发布”的间隔（分钟）', en: 'minutes apart that still count as simultaneous' },
    default: 0,
    schema: z.number().int().min(0),
    why:
      '《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项 requires the interpretation 同步发布 with the policy but does not say how far apart two publications may be. ' +
      'By default any interpretation published after the policy is late (a breach); a website that publishes the two items one after the other may set a tolerance.',
  } satisfies ParameterSpec<number>,
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type PolicyParameters = ParameterValues<typeof policyParameters>;
