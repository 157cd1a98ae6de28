import { z } from 'zod';
import type { Bilingual, BreachSpec, DeadlineSpec, DeadlineUnit, ParameterSpec, WarningUnit } from '../manifest.js';

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

/** The working days a `workingDaysParameter` may be set to: at least 1, at most 60 (three months of working days). */
const workingDaysValue = z.number().int().min(1).max(60);

/**
 * A parameter for a period the text leaves open, in working days (1 to 60): its default, its
 * label and why it is a parameter.
 *
 * @example
 * workingDaysParameter(15, {
 *   label: { zh: '补正期限（工作日）', en: 'time given to correct the application (working days)' },
 *   why: '第三十条 asks for a reasonable time to correct without a number; 15 working days by default.',
 * })
 * //=> { label, default: 15, schema: z.number().int().min(1).max(60), why }
 */
export function workingDaysParameter(
  defaultDays: number,
  details: { readonly label: Bilingual; readonly why: string },
): ParameterSpec<number> & { readonly schema: typeof workingDaysValue } {
  return { label: details.label, default: defaultDays, schema: workingDaysValue, why: details.why };
}

/**
 * A yes-or-no parameter for a reading the text leaves open: its default, its label and why it is a
 * parameter (what each value means).
 *
 * @example
 * booleanParameter(true, {
 *   label: { zh: '须听取每一名责任人的陈述和申辩', en: 'hear every responsible person before deciding' },
 *   why: '第八条 does not say whether each responsible person is heard; true by default.',
 * })
 * //=> { label, default: true, schema: z.boolean(), why }
 */
export function booleanParameter(
  defaultValue: boolean,
  details: { readonly label: Bilingual; readonly why: string },
): ParameterSpec<boolean> & { readonly schema: z.ZodBoolean } {
  return { label: details.label, default: defaultValue, schema: z.boolean(), why: details.why };
}

/**
 * The schema of a closed list of choices declared with the Chinese name of each: the keys of
 * `labels`, in their order, are the values the schema accepts, so each choice is written once.
 *
 * @example
 * export const severityLabels = { major: '重大突发事件', other: '其他政务舆情' } as const;
 * export const severitySchema = labelledEnum(severityLabels);
 * severitySchema.parse('major') //=> 'major'
 */
export function labelledEnum<const L extends Readonly<Record<string, string>>>(labels: L) {
  return z.enum(Object.keys(labels) as [keyof L & string, ...(keyof L & string)[]]);
}
