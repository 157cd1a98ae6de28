import type { Bilingual, BreachSpec, DeadlineSpec, DeadlineUnit, WarningUnit } from '../manifest.js';

/** A length of time in one unit: a deadline's period, its warning lead or a pause's warning. */
export interface Period<U extends DeadlineUnit | WarningUnit = DeadlineUnit | WarningUnit> {
  readonly length: number;
  readonly unit: U;
}

/**
 * A number of working days (工作日: holidays skipped, 调休 days counted; see the calendar).
 *
 * @example
 * workingDays(20) //=> { length: 20, unit: 'workingDays' }
 */
export function workingDays(length: number): Period<'workingDays'> {
  return { length, unit: 'workingDays' };
}

/**
 * A number of calendar days (日: every day counted, the last rolled past a holiday).
 *
 * @example
 * calendarDays(60) //=> { length: 60, unit: 'calendarDays' }
 */
export function calendarDays(length: number): Period<'calendarDays'> {
  return { length, unit: 'calendarDays' };
}

/**
 * A number of clock hours (nights and holidays included): a deadline's period.
 *
 * @example
 * hours(48) //=> { length: 48, unit: 'hours' }
 */
export function hours(length: number): Period<'hours'> {
  return { length, unit: 'hours' };
}

/**
 * A number of minutes: the warning lead of an hour-long deadline.
 *
 * @example
 * minutes(15) //=> { length: 15, unit: 'minutes' }
 */
export function minutes(length: number): Period<'minutes'> {
  return { length, unit: 'minutes' };
}

/** What a deadline declares besides its clause and period: its label, what starts it, and its options. */
export type DeadlineDetails<C extends string> = Omit<DeadlineSpec<C>, 'clause' | 'length' | 'unit'>;

/**
 * A deadline (期限) as the text states it: the clause that sets it, its period, and the details.
 * The clause type is kept, so a table declared `satisfies Record<string, DeadlineSpec<ClauseId>>`
 * still rejects a clause the module does not have.
 *
 * @example
 * deadline('第三十三条', workingDays(20), {
 *   label: { zh: '答复期限', en: 'reply' },
 *   startsOn: { zh: '收到申请之日', en: 'receipt of the application' },
 *   warnBefore: workingDays(3),
 * })
 * //=> { label, length: 20, unit: 'workingDays', startsOn, clause: '第三十三条', warnBefore: { length: 3, unit: 'workingDays' } }
 */
export function deadline<const C extends string>(clause: C, period: Period<DeadlineUnit>, details: DeadlineDetails<C>): DeadlineSpec<C> {
  const { label, startsOn, ...options } = details;
  return { label, length: period.length, unit: period.unit, startsOn, clause, ...options };
}

/**
 * A breach (违规) the text names: the clause it breaks and its label.
 *
 * @example
 * breach('第三十三条', { zh: '逾期未答复', en: 'reply overdue' })
 * //=> { label: { zh: '逾期未答复', en: 'reply overdue' }, clause: '第三十三条' }
 */
export function breach<const C extends string>(clause: C, label: Bilingual): BreachSpec<C> {
  return { label, clause };
}
