import type { ParameterSpec, ParameterValues } from '@zwgk/core';

/** Proactive disclosure has no parameter: 第二十六条 fixes the 20 working days. */
export const parameters = {} as const satisfies Record<string, ParameterSpec<unknown>>;

/** The parameter values a case runs with (none). */
export type Parameters = ParameterValues<typeof parameters>;
