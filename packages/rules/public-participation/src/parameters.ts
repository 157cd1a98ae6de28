import type { ParameterSpec, ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, each with its default and the reason it is a parameter. */
export const parameters = {
  meetingNoticeLeadHours: {
    label: { zh: '会议通知提前时间（小时）', en: 'meeting notice lead time (hours)' },
    default: 0,
    schema: z.number().int().nonnegative(),
    why:
      '第六条只要求"提前"将会议的时间、地点、议题、议程通知参会人员，没有规定提前多久。' +
      '默认 0：通知只须早于开会时间；各单位可按本部门规定设为 24、72 等小时数，晚于此的会议通知被拒绝。',
  },
} as const satisfies Record<string, ParameterSpec<number>>;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
