import type { Calendar } from './Calendar.js';
import { createCalendar } from './createCalendar.js';
import { shippedSchedules } from './schedules/index.js';

/**
 * The mainland-China working-day calendar with every shipped State Council schedule (2018–2026).
 *
 * @example
 * china.addWorkingDays('2024-09-27', 15)
 * //=> '2024-10-23'
 */
export const china: Calendar = createCalendar({ id: 'china', schedules: shippedSchedules });
