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
  rectificationWorkingDays: {
    label: { zh: '被评单位上报整改结果期限（工作日）', en: 'time for each evaluated unit to report its rectification (working days)' },
    default: 20,
    schema: z.number().int().positive().max(120),
    why:
      '第五条第4项要求被评单位"制定整改措施,向政务公开联席会议办公室上报整改结果"，没有规定期限。默认自评议大会之日起20个工作日（本模块的选择，' +
      '与政府信息公开工作中常见的期限一致）；逾期未报的单位记违规 rectificationNotReported，评议不因其停顿，其后补报的照样记录。实施方案定有期限的，设为该期限。',
  },
} as const satisfies Record<string, ParameterSpec<number>>;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
