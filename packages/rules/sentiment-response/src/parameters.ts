import type { ParameterSpec, ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, with the reading chosen by default. */
export const sentimentParameters = {
  earlierResponseCountsAsFirstRelease: {
    label: { zh: '升级前已作回应视为首次信息发布', en: 'a response given before an upgrade counts as the first release' },
    default: true,
    schema: z.boolean(),
    why:
      '第三部分第(一)项 requires the first release (首次信息发布) within 1 hour but says nothing of a sentiment upgraded to major after it was answered as 其他政务舆情 under 第(二)项. ' +
      'By default the answer already published is the first release, so the upgrade starts only the 24-hour press conference; set false to require a fresh first release within 1 hour of the upgrade.',
  } satisfies ParameterSpec<boolean>,
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type SentimentParameters = ParameterValues<typeof sentimentParameters>;
