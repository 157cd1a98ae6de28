import { type Calendar, endOfBeijingDay, instantToMs, toBeijingDate, toInstant } from '@zwgk/calendar';
import { type DeadlineHistoryEntry, type DeadlineOutcome, type DeadlineRecord, nextFireAt } from './deadline-record.js';
import { countDays } from './due-memo.js';
import { ZwgkError } from './errors.js';
import type { DeadlineOperation, Instant } from './events.js';
import type { DeadlineSpec } from './manifest.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

interface Due {
  dueAtMs: number;
  dueAt: Instant;
  warnAtMs: number | null;
  explanation: unknown;
  /** Counted through a year without an announced holiday schedule (the calendar's provisional option). */
  provisional: boolean;
}

/**
 * The due instant of a deadline from its anchor, its length counted from the anchor, and the
 * extensions granted since, each counted after the previous due instant.
 */
export function computeDue(
  spec: DeadlineSpec,
  calendar: Calendar,
  anchor: Instant,
  anchorLength: number,
  extensions: readonly number[],
): Due {
  let dueAtMs: number;
  let provisional = false;
  const steps: unknown[] = [];
  if (spec.unit === 'hours') {
    // Clock hours: nights and holidays count; `anchorLength` is in milliseconds after a resume.
    dueAtMs = instantToMs(anchor) + anchorLength + extensions.reduce((sum, h) => sum + h * HOUR, 0);
    steps.push({ rule: '按小时连续计算（含夜间、节假日）', from: anchor, hours: (dueAtMs - instantToMs(anchor)) / HOUR });
  } else {
    const unit = spec.unit;
    let computed = countDays(calendar, unit, toBeijingDate(instantToMs(anchor)), anchorLength);
    steps.push(computed.explanation);
    provisional = computed.provisional;
    for (const length of extensions) {
      computed = countDays(calendar, unit, computed.dueDate, length);
      steps.push(computed.explanation);
      provisional ||= computed.provisional;
    }
    dueAtMs = instantToMs(computed.dueAt);
  }
  return {
    dueAtMs,
    dueAt: toInstant(dueAtMs),
    warnAtMs: warningInstant(spec, calendar, dueAtMs, instantToMs(anchor)),
    explanation: steps.length === 1 ? steps[0] : steps,
    provisional,
  };
}

function warningInstant(spec: DeadlineSpec, calendar: Calendar, dueAtMs: number, anchorMs: number): number | null {
  const lead = spec.warnBefore;
  if (!lead) return null;
  let warnAtMs: number;
  if (lead.unit === 'minutes') warnAtMs = dueAtMs - lead.length * MINUTE;
  else if (lead.unit === 'calendarDays') warnAtMs = dueAtMs - lead.length * DAY;
  else {
    // Warn when `lead` working days remain: at the end of the working day `lead` before the last.
    const lastDay = toBeijingDate(dueAtMs - 1);
    warnAtMs = instantToMs(endOfBeijingDay(calendar.addWorkingDays(lastDay, -lead.length)));
  }
  // A period shorter than its lead warns at once rather than never.
  return Math.max(warnAtMs, anchorMs);
}

/** Facts about one engine call that every operation needs. */
export interface DeadlineContext {
  readonly caseId: string;
  readonly name: string;
  readonly spec: DeadlineSpec;
  readonly citation: string;
  readonly calendar: Calendar;
  /** The legal instant of the triggering event. */
  readonly at: Instant;
}

function refuse(ctx: DeadlineContext, op: DeadlineOperation, why: string): never {
  throw new ZwgkError('EVENT_NOT_ALLOWED', `deadline ${ctx.name} cannot ${op}: ${why}`, { deadline: ctx.name, op, caseId: ctx.caseId });
}

/** The record running to `due`, built in one copy (the record is the store's: never changed in place). */
function withDue(
  current: DeadlineRecord,
  due: Due,
  ctx: DeadlineContext,
  entry: DeadlineHistoryEntry,
  reset: boolean,
  changes?: Partial<DeadlineRecord>,
  rewarn = false,
): DeadlineRecord {
  const warned = reset || rewarn ? false : current.warned;
  const fellDue = reset ? false : current.fellDue;
  // A running deadline has no pause warning.
  const { pauseWarnAt: _at, pauseWarnAtMs: _ms, pauseWarned: _warned, ...record } = current;
  return {
    ...record,
    ...changes,
    status: 'running' as const,
    dueAt: due.dueAt,
    dueAtMs: due.dueAtMs,
    warnAt: due.warnAtMs === null ? null : toInstant(due.warnAtMs),
    warnAtMs: due.warnAtMs,
    warned,
    fellDue,
    remaining: null,
    pausedAt: null,
    calendarVersion: ctx.calendar.version,
    explanation: due.explanation,
    provisional: due.provisional,
    nextFireAtMs: nextFireAt({ status: 'running', warned, warnAtMs: due.warnAtMs, fellDue, dueAtMs: due.dueAtMs }),
    history: [...record.history, entry],
  };
}

/** Applies one operation a machine asked for; returns the new record (the input is not changed). */
export function applyDeadlineOperation(
  current: DeadlineRecord | undefined,
  op: DeadlineOperation,
  ctx: DeadlineContext,
  length?: number,
  options: { readonly warnAfter?: number } = {},
): DeadlineRecord {
  const { spec, at } = ctx;
  const atMs = instantToMs(at);
  // A restart of a deadline that never started is its start (a module need not track which it is).
  if (op === 'start' || op === 'restart') {
    if (op === 'start' && current && (current.status === 'running' || current.status === 'paused'))
      refuse(ctx, op, 'it is already running');
    const units = length ?? spec.length;
    if (!Number.isInteger(units) || units < 1) refuse(ctx, op, `length ${units} must be a positive integer`);
    const fullLength = spec.unit === 'hours' ? units * HOUR : units;
    const base: DeadlineRecord = {
      caseId: ctx.caseId,
      name: ctx.name,
      label: spec.label,
      clause: spec.clause,
      citation: ctx.citation,
      unit: spec.unit,
      length: units,
      status: 'running',
      startedAt: at,
      anchor: at,
      anchorLength: fullLength,
      extensions: [],
      extensionsUsed: 0,
      dueAt: null,
      dueAtMs: null,
      warnAt: null,
      warnAtMs: null,
      warned: false,
      fellDue: false,
      remaining: null,
      pausedAt: null,
      completedAt: null,
      outcome: null,
      calendarVersion: ctx.calendar.version,
      explanation: null,
      nextFireAtMs: null,
      history: current?.history ?? [],
    };
    return withDue(base, computeDue(spec, ctx.calendar, at, fullLength, []), ctx, { op, at, dueAt: null }, true);
  }
  if (!current) return refuse(ctx, op, 'it was never started');
  const entry = (note?: string): DeadlineHistoryEntry => ({ op, at, dueAt: current.dueAt, ...(note ? { note } : {}) });
  switch (op) {
    case 'pause': {
      if (current.status !== 'running') refuse(ctx, op, `it is ${current.status}`);
      if (!spec.pause) refuse(ctx, op, 'its spec declares no clock stop (pause)');
      const remaining = remainingAt(current, ctx.calendar, atMs);
      // Paused: nothing fires until it resumes, except the warning that the pause has lasted too long.
      const pauseWarnAtMs = pauseWarningInstant(spec, ctx.calendar, at, options.warnAfter);
      const paused = {
        ...current,
        status: 'paused' as const,
        remaining,
        pausedAt: at,
        dueAt: null,
        dueAtMs: null,
        warnAt: null,
        warnAtMs: null,
        history: [...current.history, entry()],
      };
      if (pauseWarnAtMs === null) return { ...paused, nextFireAtMs: null };
      return { ...paused, pauseWarnAt: toInstant(pauseWarnAtMs), pauseWarnAtMs, pauseWarned: false, nextFireAtMs: pauseWarnAtMs };
    }
    case 'resume': {
      if (current.status !== 'paused' || current.remaining === null) refuse(ctx, op, `it is ${current.status}, not paused`);
      const due = computeDue(spec, ctx.calendar, at, current.remaining, []);
      return withDue(current, due, ctx, entry(), false, { anchor: at, anchorLength: current.remaining, extensions: [] });
    }
    case 'extend': {
      const rule = spec.extension;
      if (!rule) refuse(ctx, op, 'its spec allows no extension');
      const paused = current.status === 'paused' && current.remaining !== null;
      if (!paused && (current.status !== 'running' || current.dueAtMs === null)) refuse(ctx, op, `it is ${current.status}`);
      if (current.extensionsUsed >= rule.maxTimes)
        refuse(ctx, op, `it was already extended ${current.extensionsUsed} time(s), the most allowed`);
      if (paused && current.fellDue) refuse(ctx, op, 'it fell due before its clock stopped; an extension must come before the due instant');
      if (!paused && atMs >= (current.dueAtMs as number))
        refuse(ctx, op, `its due instant ${current.dueAt} has passed; an extension must come before it`);
      const extra = length ?? rule.maxLength;
      if (!Number.isInteger(extra) || extra < 1 || extra > rule.maxLength)
        refuse(ctx, op, `length ${extra} is outside 1…${rule.maxLength}`);
      if (paused) {
        // The clock is stopped (a third party consulted): the extension adds to the time left, which
        // counts again from the resume instant; the due instant is known only then.
        const added = spec.unit === 'hours' ? extra * HOUR : extra;
        return {
          ...current,
          remaining: (current.remaining as number) + added,
          extensionsUsed: current.extensionsUsed + 1,
          history: [...current.history, entry(`+${extra}`)],
        };
      }
      const extensions = [...current.extensions, extra];
      const due = computeDue(spec, ctx.calendar, current.anchor, current.anchorLength, extensions);
      return withDue(current, due, ctx, entry(`+${extra}`), false, { extensions, extensionsUsed: current.extensionsUsed + 1 });
    }
    case 'complete':
    case 'cancel': {
      if (current.status === 'completed' || current.status === 'cancelled') refuse(ctx, op, `it is already ${current.status}`);
      // A deadline cancelled after its due instant (the case closed, or the module withdrew it, once the
      // time had run out) was missed all the same: the act it asked for did not come in time.
      const late = current.dueAtMs !== null && atMs >= current.dueAtMs;
      // A period that ends by design (`endsBy`) elapsed, or the silence was deemed consent: no breach.
      const outcome = late ? lateOutcome(spec) : op === 'cancel' ? 'cancelled' : 'met';
      const next = {
        ...current,
        status: op === 'cancel' ? ('cancelled' as const) : ('completed' as const),
        completedAt: at,
        outcome,
        history: [...current.history, entry()],
      } satisfies DeadlineRecord;
      return { ...next, nextFireAtMs: null };
    }
    default:
      return refuse(ctx, op, 'it is already running');
  }
}

/** What a deadline that ran out is: a duty missed, a period elapsed, or silence deemed consent. */
function lateOutcome(spec: DeadlineSpec): DeadlineOutcome {
  return spec.endsBy === 'elapse' ? 'elapsed' : spec.endsBy === 'deemed' ? 'deemed' : 'missed';
}

/** When a pause begun at `at` warns: `warnAfter` units (the spec's unit, or working days) later, or never. */
function pauseWarningInstant(spec: DeadlineSpec, calendar: Calendar, at: Instant, warnAfter: number | undefined): number | null {
  const rule = spec.pause?.warnAfter;
  const length = warnAfter ?? rule?.length;
  if (length === undefined) return null;
  if (!Number.isInteger(length) || length < 1)
    throw new ZwgkError('MODULE_FAULT', `deadline ${spec.label.en}: pause warning after ${length} must be a positive integer`, {});
  const computed = rule?.unit === 'calendarDays' ? calendar.calendarDayDeadline(at, length) : calendar.workingDayDeadline(at, length);
  return instantToMs(computed.dueAt);
}

/** Units left at `atMs`: working or calendar days after that day, or milliseconds for hours. */
function remainingAt(record: DeadlineRecord, calendar: Calendar, atMs: number): number {
  if (record.dueAtMs === null || record.dueAt === null) return 0;
  if (record.unit === 'hours') return Math.max(0, record.dueAtMs - atMs);
  const day = toBeijingDate(atMs);
  const lastDay = toBeijingDate(record.dueAtMs - 1);
  if (record.unit === 'workingDays') return calendar.workingDaysBetween(day, lastDay);
  return Math.max(0, Math.round((instantToMs(endOfBeijingDay(lastDay)) - instantToMs(endOfBeijingDay(day))) / DAY));
}

/** Recomputes a running deadline with another calendar (a changed holiday schedule). */
export function recomputeDeadline(record: DeadlineRecord, spec: DeadlineSpec, calendar: Calendar, at: Instant): DeadlineRecord {
  if (record.status !== 'running') return { ...record, calendarVersion: calendar.version };
  const due = computeDue(spec, calendar, record.anchor, record.anchorLength, record.extensions);
  const ctx = { caseId: record.caseId, name: record.name, spec, citation: record.citation, calendar, at };
  const note = `calendar ${record.calendarVersion} → ${calendar.version}`;
  // A due instant that comes earlier warns again (at once, when its warning instant has passed).
  const earlier = record.dueAtMs !== null && due.dueAtMs < record.dueAtMs;
  return withDue(record, due, ctx, { op: 'recomputed', at, dueAt: record.dueAt, note }, false, undefined, earlier);
}
