import type { ParameterSpec, ParameterValues } from '@zwgk/core';

/** A remedy case has no parameter: its windows are fixed by law. */
export const parameters = {} as const satisfies Record<string, ParameterSpec<unknown>>;

/** The parameter values a case runs with (none). */
export type Parameters = ParameterValues<typeof parameters>;
