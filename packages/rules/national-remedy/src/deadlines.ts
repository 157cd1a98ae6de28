import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The statutory windows, run from the day the applicant knew of the act and completed at the filing. */
export const deadlines = {
  reconsiderationWindow: {
    label: { zh: '申请行政复议期限', en: 'reconsideration window' },
    length: 60,
    unit: 'calendarDays',
    startsOn: { zh: '知道或者应当知道该行政行为之日', en: 'the day the applicant knew of the act' },
    clause: '行政复议法第二十条',
  },
  litigationWindow: {
    label: { zh: '直接提起行政诉讼期限（六个月）', en: 'lawsuit window (six months)' },
    length: 183,
    unit: 'calendarDays',
    startsOn: { zh: '知道或者应当知道作出行政行为之日', en: 'the day the applicant knew of the act' },
    clause: '行政诉讼法第四十六条',
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** A remedy case records no breach: a late filing shows in its window's outcome. */
export const breaches = {} as const satisfies Record<string, BreachSpec<ClauseId>>;
