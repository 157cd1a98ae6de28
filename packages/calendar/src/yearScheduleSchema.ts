import { z } from 'zod';
import { isoWeekday, tryParseIsoDate, yearOf } from './_lib/days.js';
import type { YearSchedule } from './YearSchedule.js';

const text = () => z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' });
const objectError = (issue: { code?: string; keys?: readonly string[] }): string =>
  issue.code === 'unrecognized_keys'
    ? `has unknown key(s) ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`
    : 'must be an object';
const dateString = z.string({ error: 'must be an ISO date YYYY-MM-DD' });

const holidaySchema = z.strictObject(
  {
    name: text(),
    nameEn: z.string({ error: 'must be a string' }).optional(),
    notice: text().optional(),
    days: z.array(dateString, { error: 'must be an array of ISO dates' }).min(1, { error: 'must list at least one day' }),
  },
  { error: objectError },
);

const adjustedSchema = z.strictObject({ date: dateString, for: text(), notice: text().optional() }, { error: objectError });

/**
 * The zod schema of a {@link YearSchedule}. Beyond the shape it checks that every date is a
 * real 'YYYY-MM-DD' date in the schedule's year, that no day is listed twice, that no day is both
 * a holiday and an adjusted workday, and that every adjusted workday is a Saturday or Sunday.
 * Issue paths name the field (`holidays[2].days[0]`).
 *
 * @example
 * yearScheduleSchema.safeParse({ year: 2027, notice: 'x', title: 'y', holidays: [], adjustedWorkdays: [] }).success
 * //=> true
 */
export const yearScheduleSchema: z.ZodType<YearSchedule> = z
  .strictObject(
    {
      year: z
        .number({ error: 'must be a number' })
        .int({ error: 'must be an integer' })
        .min(1949, { error: 'must be 1949 or later' })
        .max(9999, { error: 'must be at most 9999' }),
      notice: text(),
      title: text(),
      published: z
        .string({ error: 'must be a string' })
        .refine((s) => tryParseIsoDate(s) !== undefined, { error: 'must be an ISO date YYYY-MM-DD' })
        .optional(),
      holidays: z.array(holidaySchema, { error: 'must be an array' }),
      adjustedWorkdays: z.array(adjustedSchema, { error: 'must be an array' }),
    },
    { error: objectError },
  )
  .superRefine((s, ctx) => {
    const seen = new Map<string, string>();
    const inYear = (date: string, path: (string | number)[]): boolean => {
      const ord = tryParseIsoDate(date);
      if (ord === undefined || yearOf(ord) !== s.year) {
        ctx.addIssue({ code: 'custom', path, message: `must be an ISO date YYYY-MM-DD in ${s.year}, got ${JSON.stringify(date)}` });
        return false;
      }
      return true;
    };
    s.holidays.forEach((h, i) =>
      h.days.forEach((d, j) => {
        const path = ['holidays', i, 'days', j];
        if (!inYear(d, path)) return;
        const before = seen.get(d);
        if (before) ctx.addIssue({ code: 'custom', path, message: `${d} is listed twice (also at ${before})` });
        else seen.set(d, `holidays[${i}].days[${j}]`);
      }),
    );
    s.adjustedWorkdays.forEach((w, i) => {
      const path = ['adjustedWorkdays', i, 'date'];
      if (!inYear(w.date, path)) return;
      const ord = tryParseIsoDate(w.date)!;
      if (isoWeekday(ord) < 6)
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${w.date} is not a Saturday or Sunday, so it cannot be an adjusted workday (调休上班)`,
        });
      const before = seen.get(w.date);
      if (before?.startsWith('holidays'))
        ctx.addIssue({ code: 'custom', path, message: `${w.date} is both a holiday (${before}) and an adjusted workday` });
      else if (before) ctx.addIssue({ code: 'custom', path, message: `${w.date} is listed twice (also at ${before})` });
      else seen.set(w.date, `adjustedWorkdays[${i}].date`);
    });
  });
