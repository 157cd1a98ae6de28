import type { ParameterSpec, ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, each with its default and the reason it is a parameter. */
export const parameters = {
  minimumRepresentatives: {
    label: { zh: '评议代表最少人数', en: 'minimum number of representatives' },
    default: 1,
    schema: z.number().int().positive(),
    why:
      '第五条第1项要求"选聘评议代表"，第八条规定代表的来源，但没有规定人数。默认 1：至少选聘一名代表才能完成准备阶段；' +
      '实施方案定有人数的，设为该人数。',
  },
} as const satisfies Record<string, ParameterSpec<number>>;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
