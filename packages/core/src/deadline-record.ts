import type { DeadlineOperation, Instant } from './events.js';
import type { Bilingual, DeadlineUnit } from './manifest.js';

/** Where a deadline stands: counting, stopped (时间不计算在内), or no longer counting. */
export type DeadlineStatus = 'running' | 'paused' | 'completed' | 'cancelled';
/**
 * How a finished deadline ended: kept, missed (a breach), cancelled, elapsed (a period that ran out
 * by design, spec `endsBy: 'elapse'`), or deemed (silence deemed consent, spec `endsBy: 'deemed'`).
 */
export type DeadlineOutcome = 'met' | 'missed' | 'cancelled' | 'elapsed' | 'deemed';

/** One step of a deadline's life, kept on the record so an OA screen can show how the due date moved. */
export interface DeadlineHistoryEntry {
  readonly op: DeadlineOperation | 'warned' | 'fell-due' | 'recomputed' | 'pause-warned';
  readonly at: Instant;
  readonly dueAt: Instant | null;
  readonly note?: string;
}

/** A legal deadline of a case, stored with the case: data, not a timer. */
export interface DeadlineRecord {
  readonly caseId: string;
  readonly name: string;
  readonly label: Bilingual;
  readonly clause: string;
  readonly citation: string;
  readonly unit: DeadlineUnit;
  /** The length the deadline was started with. */
  readonly length: number;
  readonly status: DeadlineStatus;
  readonly startedAt: Instant;
  /** Counting runs from the day (or instant) of the anchor: the start, a restart or a resume. */
  readonly anchor: Instant;
  /** Units counted from the anchor: the full length, or what remained when the clock stopped. */
  readonly anchorLength: number;
  /** Extensions granted since the anchor, each counted after the previous due instant. */
  readonly extensions: readonly number[];
  readonly extensionsUsed: number;
  readonly dueAt: Instant | null;
  readonly dueAtMs: number | null;
  readonly warnAt: Instant | null;
  readonly warnAtMs: number | null;
  readonly warned: boolean;
  readonly fellDue: boolean;
  /** While paused: the units left (for hours, milliseconds left). */
  readonly remaining: number | null;
  readonly pausedAt: Instant | null;
  /** While paused: when the engine warns that the pause (which has no end of its own) has lasted too long. */
  readonly pauseWarnAt?: Instant | null;
  readonly pauseWarnAtMs?: number | null;
  readonly pauseWarned?: boolean;
  readonly completedAt: Instant | null;
  readonly outcome: DeadlineOutcome | null;
  readonly calendarVersion: string;
  /** The calendar's explanation of the current due instant (skipped days and why). */
  readonly explanation: unknown;
  /**
   * True when the due instant was counted through a year whose holiday schedule is not yet announced,
   * by its statutory holidays (a calendar created with `provisional: true`): it is recomputed, and may
   * move, when that year's schedule is loaded (`engine.useCalendar`). Absent on records written before.
   */
  readonly provisional?: boolean;
  /** When the engine must next look at it (warning or due), or null when nothing is pending. */
  readonly nextFireAtMs: number | null;
  readonly history: readonly DeadlineHistoryEntry[];
}

/** The next instant a deadline needs the engine: its warning, then its due instant; while paused, the pause warning. */
export function nextFireAt(
  record: Pick<DeadlineRecord, 'status' | 'warned' | 'warnAtMs' | 'fellDue' | 'dueAtMs' | 'pauseWarnAtMs' | 'pauseWarned'>,
): number | null {
  if (record.status === 'paused') return !record.pauseWarned && record.pauseWarnAtMs != null ? record.pauseWarnAtMs : null;
  if (record.status !== 'running') return null;
  if (!record.warned && record.warnAtMs !== null) return record.warnAtMs;
  if (!record.fellDue && record.dueAtMs !== null) return record.dueAtMs;
  return null;
}
