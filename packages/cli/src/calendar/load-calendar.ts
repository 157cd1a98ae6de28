import { readFile } from 'node:fs/promises';
import { delimiter } from 'node:path';
import { type Calendar, china, createCalendar, loadSchedules, type YearSchedule } from '@zwgk/calendar';

/** How the CLI's calendar is chosen: `--calendar` files (repeatable), `--provisional`, and the environment. */
export interface CalendarChoice {
  /** Schedule files from `--calendar`, in order. */
  readonly files: readonly string[];
  readonly provisional: boolean;
  /** The environment: ZWGK_CALENDAR (file list, separated like PATH) and ZWGK_PROVISIONAL=1. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A schedule file that cannot be read or is not a schedule: a usage error (exit 2), naming the file. */
export class CalendarFileError extends Error {}

/** The schedule files named by ZWGK_CALENDAR, then by --calendar (a later file wins for the same year). */
export function calendarFiles(choice: CalendarChoice): string[] {
  const fromEnv = (choice.env.ZWGK_CALENDAR ?? '').split(delimiter).filter((p) => p.trim() !== '');
  return [...fromEnv, ...choice.files];
}

/** Reads the schedules of every file named, in order; a file may hold one schedule or an array. */
export async function readScheduleFiles(files: readonly string[]): Promise<YearSchedule[]> {
  const schedules: YearSchedule[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new CalendarFileError(`--calendar ${file}: ${(error as Error).message}`);
    }
    try {
      schedules.push(...loadSchedules(json));
    } catch (error) {
      throw new CalendarFileError(`--calendar ${file}: ${(error as Error).message}`);
    }
  }
  return schedules;
}

/**
 * The calendar the CLI counts with: `china`, plus the years of the schedule files (a later file
 * replaces an earlier one's year, and a shipped year), counting years without a schedule by their
 * statutory holidays when `--provisional` (or ZWGK_PROVISIONAL=1) is given.
 */
export async function loadCliCalendar(choice: CalendarChoice): Promise<Calendar> {
  const files = calendarFiles(choice);
  const provisional = choice.provisional || choice.env.ZWGK_PROVISIONAL === '1' || choice.env.ZWGK_PROVISIONAL === 'true';
  if (files.length === 0 && !provisional) return china;
  const byYear = new Map<number, YearSchedule>();
  for (const s of await readScheduleFiles(files)) byYear.set(s.year, s);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return createCalendar({
    base: china,
    schedules: [...byYear.values()],
    provisional,
    id: `china${years.length ? `+${years.join('+')}` : ''}${provisional ? '+provisional' : ''}`,
  });
}
