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
  websiteFollowUpWorkingDays: {
    label: {
      zh: '解读首发于其他途径后，政府网站跟进发布的期限（工作日）',
      en: 'working days for the website to carry an interpretation first released elsewhere',
    },
    default: 1,
    schema: z.number().int().min(1),
    why:
      '第五部分 makes the government website 政策解读的第一平台 and asks it to 迅速跟进, without a number of days. ' +
      'By default an interpretation first released at a press conference, in the media or on Weibo must be on the website by the end of the next working day; ' +
      'later, the breach interpretationNotOnWebsite is recorded and the case waits for the website release.',
  } satisfies ParameterSpec<number>,
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type PolicyParameters = ParameterValues<typeof policyParameters>;
