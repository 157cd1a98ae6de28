// How far a provisional year (counted by the law, no notice yet) is from the year the State Council
// then announced, for every shipped year. `npx tsx packages/calendar/scripts/provisional-table.ts --write`
// rewrites the table in packages/calendar/README.md; test/provisional-table.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCalendar, shippedSchedules, statutorySchedule } from '../src/index.js';

const DAY = 86_400_000;
const ordinal = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const datesOf = (year: number) => {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

export interface YearAccuracy {
  readonly year: number;
  /** Days of the year that are working days in one and not in the other. */
  readonly differingDays: number;
  /** Start days whose 15-working-day due date differs. */
  readonly movedStarts: number;
  /** Largest move, in calendar days, of such a due date from the projection to the announcement. */
  readonly latest: number;
  readonly earliest: number;
}

/** The announced calendar against the same calendar with `year` replaced by its statutory projection. */
export function accuracy(year: number): YearAccuracy {
  // Both project the years after 2026 the same way, so only `year` differs.
  const announced = createCalendar({ schedules: shippedSchedules, provisional: true });
  const projected = createCalendar({
    schedules: [...shippedSchedules.filter((s) => s.year !== year), statutorySchedule(year)],
    provisional: true,
  });
  let differingDays = 0,
    movedStarts = 0,
    latest = 0,
    earliest = 0;
  for (const d of datesOf(year)) {
    if (announced.isWorkingDay(d) !== projected.isWorkingDay(d)) differingDays++;
    const shift = ordinal(announced.addWorkingDays(d, 15)) - ordinal(projected.addWorkingDays(d, 15));
    if (shift !== 0) movedStarts++;
    latest = Math.max(latest, shift);
    earliest = Math.min(earliest, shift);
  }
  return { year, differingDays, movedStarts, latest, earliest };
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export function provisionalTable(): string {
  const rows = shippedSchedules.map((s) => accuracy(s.year));
  const lines = [
    '| year | working days that differ | start days whose 15-working-day due date moves | largest move later | largest move earlier |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.year} | ${r.differingDays} | ${r.movedStarts} of ${datesOf(r.year).length} | ${r.latest > 0 ? `+${days(r.latest)}` : '—'} | ${r.earliest < 0 ? `−${days(-r.earliest)}` : '—'} |`,
    ),
  ];
  return lines.join('\n');
}

export const BEGIN = '<!-- provisional-table:begin (scripts/provisional-table.ts) -->';
export const END = '<!-- provisional-table:end -->';
export const README = join(import.meta.dirname, '..', 'README.md');

if (process.argv.includes('--write')) {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`README.md lacks the markers ${BEGIN} … ${END}`);
  writeFileSync(README, `${text.slice(0, start + BEGIN.length)}\n${provisionalTable()}\n${text.slice(end)}`);
  console.log(provisionalTable());
}
