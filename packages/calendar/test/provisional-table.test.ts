import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracy, BEGIN, END, provisionalTable, README } from '../scripts/provisional-table.js';

describe('the README table of provisional against announced years', () => {
  it('is what scripts/provisional-table.ts computes now (run it with --write after a schedule changes)', () => {
    const text = readFileSync(README, 'utf8');
    const table = text.slice(text.indexOf(BEGIN) + BEGIN.length, text.indexOf(END)).trim();
    expect(table).toBe(provisionalTable());
  });

  it('counts 2024 by hand: the announcement against the law’s projection', () => {
    // Announced 2024, weekdays off (19): 01-01, 02-12…16, 04-04, 04-05, 05-01…03, 06-10, 09-16, 09-17, 10-01…04, 10-07;
    // weekends worked (8): 02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12.
    // The law's 2024, weekdays off (13): 01-01, 02-09 (除夕), 02-12, 02-13 and 02-14 (made up for 02-10/11), 04-04,
    // 05-01, 05-02, 06-10, 09-17, 10-01…03; no weekend worked. Both have 12 of those days.
    expect(accuracy(2024).differingDays).toBe(8 + (19 - 12) + (13 - 12));
  });
});
