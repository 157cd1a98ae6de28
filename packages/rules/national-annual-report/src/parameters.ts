import type { ParameterSpec, ParameterValues } from '@zwgk/core';

/** The yearly report has no parameter: 第四十九条 fixes its dates. */
export const parameters = {} as const satisfies Record<string, ParameterSpec<unknown>>;

/** The parameter values a case runs with (none). */
export type Parameters = ParameterValues<typeof parameters>;
