import { booleanParameter, type ParameterSpec, type ParameterValues } from '@zwgk/core';

/** What the text leaves open, each with its default and the reason it is a parameter. */
export const parameters = {
  requireEveryItem: booleanParameter(true, {
    label: { zh: '检查须涵盖第二条全部8项内容', en: 'an inspection must record all eight items of 第二条' },
    why:
      '第二条列举了监督检查的8项内容，以"等"结尾，未规定每次检查是否须逐项检查。默认 true：8项均有记录才能结束检查；' +
      '设为 false 时（专项检查），至少记录1项即可结束。',
  }),
} as const satisfies Record<string, ParameterSpec<boolean>>;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
