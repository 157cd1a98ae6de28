import { addDays, addMonths, differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import type { RemedyInput } from './input.js';

/** How a remedy ended (国办公开办函〔2021〕30号 四): upheld, corrected, other; open ones count as 尚未审结. */
export const remedyResultSchema = z.enum(['upheld', 'corrected', 'other']);

/** How a remedy ended (the value `remedyResultSchema` parses to). */
export type RemedyResult = z.output<typeof remedyResultSchema>;

/**
 * The calendar days of the statutory window from the day the applicant knew of the act: 60 for
 * reconsideration (行政复议法第二十条), six months for a direct lawsuit (行政诉讼法第四十六条; a month
 * ends on the corresponding day, or the month's last day when there is none, 《民法典》第二百零二条).
 * A complaint has no statutory window (null); nor does a lawsuit after reconsideration here (its 15
 * days run from the reconsideration decision, which this case does not record).
 *
 * @example
 * windowDays({ kind: 'litigation', afterReconsideration: false, knewOn: '2025-08-31' })
 * //=> 183 (to 2026-02-28)
 */
export function windowDays(input: Pick<RemedyInput, 'kind' | 'knewOn'> & { afterReconsideration?: boolean }): number | null {
  const knew = parseISO(input.knewOn);
  if (input.kind === 'reconsideration') return differenceInCalendarDays(addDays(knew, 60), knew);
  if (input.kind === 'litigation' && !input.afterReconsideration) return differenceInCalendarDays(addMonths(knew, 6), knew);
  return null;
}
