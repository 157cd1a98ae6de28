import { CalendarError, instantToMs, toInstant } from '@zwgk/calendar';
import type { Instant } from '@zwgk/core';

// Scenario files are written by auditors in Beijing wall time: "2020-09-29 10:00" means 10:00 in
// Beijing. An explicit +08:00 (or an instant in another offset, converted) is accepted too.
const WALL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?$/;

/**
 * Normalises a scenario time to the engine's instant form (`2020-09-29T10:00:00+08:00`).
 * Returns undefined when the text is not a valid date-time.
 */
export function parseBeijingInstant(text: string): Instant | undefined {
  const trimmed = text.trim();
  const wall = WALL_TIME.exec(trimmed);
  const candidate = wall ? `${wall[1]}T${wall[2]}${wall[3] ?? ':00'}+08:00` : trimmed;
  try {
    return toInstant(instantToMs(candidate));
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
}

/** How an instant is shown to an auditor: `2020-10-27 24:00` for the end of a day, Beijing time. */
export function formatBeijing(instant: Instant | null | undefined): string {
  if (!instant) return '—';
  const [date, rest] = instant.split('T') as [string, string];
  const time = rest.slice(0, 5);
  if (time === '00:00' && rest.startsWith('00:00:00')) {
    // Midnight ends the previous day: deadlines fall due "at 24:00" of their last day.
    const previous = toInstant(instantToMs(instant) - 1).slice(0, 10);
    return `${previous} 24:00`;
  }
  return `${date} ${time}`;
}
