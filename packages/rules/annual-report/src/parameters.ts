import type { ParameterSpec, ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, with the reading chosen by default. */
export const parameters = {
  lapseIsRefusal: {
    label: { zh: '补报期限届满仍未报告即视为拒不整改', en: 'missing the new limit counts as refusal to rectify' },
    default: true,
    schema: z.boolean(),
    why:
      '第五条第1项 orders a late unit to report within a new limit (责令限期补报) and 第五条第2项 sanctions one that refuses to rectify (拒不整改), ' +
      'but the text does not say whether letting the new limit pass is itself a refusal. By default it is (a breach and the recommendation are recorded ' +
      'when the new limit passes); set false to require the office to establish the refusal with a `report.refused` event.',
  } satisfies ParameterSpec<boolean>,
  supplementaryWorkingDays: {
    label: { zh: '限期补报的期限（工作日）', en: 'the new limit for a late report (working days)' },
    default: 10,
    schema: z.number().int().min(1).max(60),
    why:
      '第五条第1项 orders a late unit to report within a new limit (责令限期补报) without saying how long. By default 10 working days; ' +
      'the criticism notice states the limit in force.',
  } satisfies ParameterSpec<number>,
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
