import type { ParameterSpec, ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, each with its default and the reason it is a parameter. */
export const parameters = {
  escalateOnFirstDisagreement: {
    label: { zh: '收到不同意见即可报请上一级协调', en: 'escalate on the first disagreement' },
    default: false,
    schema: z.boolean(),
    why:
      '第十一条只说行政机关之间"存在不同意见的"由拟发布机关报请上一级行政机关协调，没有说是否须等所有被征求意见机关函复（或期满视为同意）后再报请。' +
      '默认 false：等齐全部意见后一并报请；设为 true 时，一有不同意见即可报请，其余机关的答复期限随之取消。',
  } satisfies ParameterSpec<boolean>,
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
