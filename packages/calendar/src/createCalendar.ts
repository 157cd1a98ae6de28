import { daysFromCivil, isoFromDays, isoWeekday, parseIsoDate, requireInteger, tryParseIsoDate, yearOf } from './_lib/days.js';
import { fnv1a64 } from './_lib/fnv1a.js';
import type { Calendar, LocalDay } from './Calendar.js';
import { CalendarError } from './CalendarError.js';
import { endOfBeijingDay } from './endOfBeijingDay.js';
import { instantToMs } from './instantToMs.js';
import { loadSchedule } from './loadSchedule.js';
import { STATUTORY_BASIS, statutorySchedule } from './provisional/statutorySchedule.js';
import { toBeijingDate } from './toBeijingDate.js';
import { toInstant } from './toInstant.js';
import type { ComputedDeadline, DayInfo, DayKind, DeadlineExplanation, Instant, IsoDate, SkippedDay, WorkedWeekendDay } from './types.js';
import type { YearSchedule } from './YearSchedule.js';

/**
 * Options of {@link createCalendar}.
 *
 * @example
 * const o: CalendarOptions = { base: china, schedules: [loadSchedule(json2027)], id: 'china+2027' };
 * o.id
 * //=> 'china+2027'
 */
export interface CalendarOptions {
  /** Start from this calendar's schedules and extra days (e.g. `china`). */
  readonly base?: Calendar;
  /** Schedules to add, or to replace the base's schedule of the same year (e.g. 2027 from JSON, or a corrected 2020). */
  readonly schedules?: readonly YearSchedule[];
  /** Local holidays: days off on top of the national schedule. */
  readonly extraHolidays?: readonly LocalDay[];
  /** Local working days: days worked although the national schedule has them off. */
  readonly extraWorkdays?: readonly LocalDay[];
  /** A name for logs; defaults to the base's id + '+custom', or 'custom'. */
  readonly id?: string;
  /**
   * Count a year without an announced schedule by its statutory holidays ({@link statutorySchedule}:
   * 《全国年节及纪念日放假办法》, holidays on a weekend made up on the next working day, no 调休) instead
   * of throwing `YEAR_NOT_LOADED`. Every deadline that touches such a year is marked `provisional`.
   * Default: the base's setting, else false.
   */
  readonly provisional?: boolean;
  /** How many years after the last announced one are projected when `provisional` is on. Default 2. */
  readonly provisionalYears?: number;
}

const WORKDAY = 0,
  WEEKEND = 1,
  HOLIDAY = 2,
  ADJUSTED = 3,
  NOT_LOADED = 4;
const KIND_NAMES: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'adjusted-workday'];
const LOCAL = 'local';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function validateLocalDays(days: readonly LocalDay[] | undefined, what: string): LocalDay[] {
  if (days === undefined) return [];
  if (!Array.isArray(days)) throw new CalendarError('INVALID_ARGUMENT', `${what} must be an array`, { value: days });
  return days.map((d, i) => {
    parseIsoDate(d?.date, `${what}[${i}].date`);
    if (typeof d.name !== 'string' || d.name === '')
      throw new CalendarError('INVALID_ARGUMENT', `${what}[${i}].name must be a non-empty string`, { value: d });
    return { date: d.date, name: d.name };
  });
}

/**
 * Builds a working-day calendar from yearly schedules and local extra days, and precomputes an
 * index (cumulative working-day count per day, ordinal of each working day) so that
 * `addWorkingDays` and `workingDaysBetween` run in constant time.
 *
 * Schedules passed in are validated with {@link yearScheduleSchema} (`INVALID_SCHEDULE` otherwise).
 * Local days take precedence over the schedules; a day may not be both an extra holiday and an extra workday.
 *
 * @param options - base calendar, schedules, local days, id
 * @returns a frozen {@link Calendar}
 *
 * @example
 * const cal = createCalendar({ base: china, extraHolidays: [{ date: '2024-10-08', name: '本地假日' }] });
 * cal.addWorkingDays('2024-09-27', 15)
 * //=> '2024-10-24'
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  const base = options.base;
  const byYear = new Map<number, YearSchedule>();
  for (const s of base?.schedules ?? []) byYear.set(s.year, s);
  const own = new Set<number>();
  (options.schedules ?? []).forEach((raw, i) => {
    const s = loadSchedule(raw);
    if (own.has(s.year))
      throw new CalendarError('INVALID_ARGUMENT', `schedules[${i}] is a second schedule for ${s.year}`, { year: s.year });
    own.add(s.year);
    byYear.set(s.year, s);
  });
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length === 0) {
    throw new CalendarError('INVALID_ARGUMENT', 'a calendar needs at least one yearly schedule: pass schedules, or base: china', {});
  }
  const schedules = years.map((y) => byYear.get(y)!);
  const provisional = options.provisional ?? base?.provisional ?? false;
  const ahead = options.provisionalYears ?? base?.provisionalSpan ?? 2;
  if (typeof provisional !== 'boolean')
    throw new CalendarError('INVALID_ARGUMENT', `provisional must be true or false, got ${String(provisional)}`, { value: provisional });
  if (!Number.isInteger(ahead) || ahead < 0 || ahead > 50)
    throw new CalendarError('INVALID_ARGUMENT', `provisionalYears must be an integer 0…50, got ${String(ahead)}`, { value: ahead });
  // Years projected from the law: gaps between announced years, and `ahead` years after the last.
  const provisionalYears: number[] = [];
  if (provisional) for (let y = years[0]!; y <= years[years.length - 1]! + ahead; y++) if (!byYear.has(y)) provisionalYears.push(y);
  const projected = provisionalYears.map(statutorySchedule);

  // Local days: the options' own override the base's for the same date.
  const ownHolidays = validateLocalDays(options.extraHolidays, 'extraHolidays');
  const ownWorkdays = validateLocalDays(options.extraWorkdays, 'extraWorkdays');
  const ownDates = new Map<string, string>();
  ownHolidays.forEach((d, i) => ownDates.set(d.date, `extraHolidays[${i}]`));
  ownWorkdays.forEach((d, i) => {
    const other = ownDates.get(d.date);
    if (other) throw new CalendarError('INVALID_ARGUMENT', `extraWorkdays[${i}].date ${d.date} is also ${other}`, { date: d.date });
  });
  const extraHolidays = [
    ...(base?.extraHolidays ?? []).filter((d) => !ownDates.has(d.date) && !ownWorkdays.some((w) => w.date === d.date)),
    ...ownHolidays,
  ];
  const extraWorkdays = [
    ...(base?.extraWorkdays ?? []).filter((d) => !ownDates.has(d.date) && !ownWorkdays.some((w) => w.date === d.date)),
    ...ownWorkdays,
  ];

  const minYear = years[0]!;
  const maxYear = Math.max(years[years.length - 1]!, provisionalYears.at(-1) ?? 0);
  const first = daysFromCivil(minYear, 1, 1);
  const len = daysFromCivil(maxYear, 12, 31) - first + 1;
  const kind = new Uint8Array(len);
  const label: (string | undefined)[] = new Array(len);
  const notice: (string | undefined)[] = new Array(len);
  const iso: string[] = new Array(len);
  const loaded = new Set([...years, ...provisionalYears]);
  const projectedYears = new Set(provisionalYears);

  for (let i = 0; i < len; i++) {
    const ord = first + i;
    iso[i] = isoFromDays(ord);
    kind[i] = !loaded.has(yearOf(ord)) ? NOT_LOADED : isoWeekday(ord) >= 6 ? WEEKEND : WORKDAY;
  }
  const at = (date: string): number => (tryParseIsoDate(date) as number) - first;
  for (const s of [...projected, ...schedules]) {
    for (const h of s.holidays)
      for (const d of h.days) {
        const i = at(d);
        kind[i] = HOLIDAY;
        label[i] = h.name;
        notice[i] = h.notice ?? s.notice;
      }
    for (const w of s.adjustedWorkdays) {
      const i = at(w.date);
      kind[i] = ADJUSTED;
      label[i] = w.for;
      notice[i] = w.notice ?? s.notice;
    }
  }
  const placeLocal = (days: readonly LocalDay[], what: string, k: number) =>
    days.forEach((d, n) => {
      const ord = parseIsoDate(d.date);
      const i = ord - first;
      if (i < 0 || i >= len || kind[i] === NOT_LOADED) {
        throw new CalendarError('YEAR_NOT_LOADED', `${what}[${n}].date ${d.date} is in ${yearOf(ord)}, which has no loaded schedule`, {
          year: yearOf(ord),
        });
      }
      // A local workday on a weekend is "worked", like 调休; on a weekday it just undoes a holiday.
      kind[i] = k === WORKDAY && isoWeekday(ord) >= 6 ? ADJUSTED : k;
      label[i] = d.name;
      notice[i] = LOCAL;
    });
  placeLocal(extraHolidays, 'extraHolidays', HOLIDAY);
  placeLocal(extraWorkdays, 'extraWorkdays', WORKDAY);

  // The index: cum[i] = working days in [first, first + i]; workAt[k] = day index of the (k+1)th working day;
  // gapCum[i] = days of unloaded years in [first, first + i] (non-zero only when the loaded years have a gap).
  // provCum[i] = days of provisional years in [first, first + i].
  const cum = new Int32Array(len);
  const gapCum = new Int32Array(len);
  const provCum = new Int32Array(len);
  const workList: number[] = [];
  let c = 0,
    g = 0,
    p = 0;
  for (let i = 0; i < len; i++) {
    const k = kind[i]!;
    if (k === WORKDAY || k === ADJUSTED) {
      c++;
      workList.push(i);
    }
    if (k === NOT_LOADED) g++;
    if (projectedYears.size > 0 && projectedYears.has(yearOf(first + i))) p++;
    cum[i] = c;
    gapCum[i] = g;
    provCum[i] = p;
  }
  const workAt = Int32Array.from(workList);
  const total = c;

  let table = `years:${years.join(',')}\n${provisionalYears.length ? `provisional:${provisionalYears.join(',')}\n` : ''}`;
  for (let i = 0; i < len; i++)
    if (kind[i] !== WORKDAY && kind[i] !== WEEKEND) table += `${iso[i]}|${kind[i]}|${label[i] ?? ''}|${notice[i] ?? ''}\n`;
  const version = `fnv1a64-${fnv1a64(table)}`;
  const id = options.id ?? (base ? `${base.id}+custom` : 'custom');

  const describeYears = (): string => (years.length === maxYear - minYear + 1 ? `${minYear}–${maxYear}` : years.join(', '));
  const notLoaded = (year: number, why = ''): CalendarError =>
    new CalendarError(
      'YEAR_NOT_LOADED',
      `No holiday schedule is loaded for ${year}${why}: calendar '${id}' covers ${describeYears()}${provisionalYears.length ? ` (provisionally ${provisionalYears.join(', ')})` : ''}. ` +
        `Working days in ${year} cannot be judged without the State Council's announcement; ` +
        `load the State Council's ${year} schedule with createCalendar({ base: china, schedules: [loadSchedule(json)] }), ` +
        `or count ${year} provisionally by its statutory holidays with createCalendar({ base: china, provisional: true }). ` +
        `Command line: zwgk calendar import <notice.txt> > ${year}.json, then --calendar ${year}.json (or ZWGK_CALENDAR=${year}.json), or --provisional. ` +
        `HTTP service: start it with --calendar ${year}.json or --provisional, or POST the schedule to /admin/calendar`,
      { year, loadedYears: years, provisionalYears },
    );
  /** Whether counting over [i, j] touches a provisional year. */
  const touchesProvisional = (i: number, j: number): boolean =>
    projectedYears.size > 0 && (provCum[j]! !== provCum[i]! || projectedYears.has(yearOf(first + i)));
  /** The provisional years a count over [i, j] touches. */
  const provisionalYearsIn = (i: number, j: number): number[] =>
    provisionalYears.filter((y) => y >= yearOf(first + i) && y <= yearOf(first + j));
  const provisionalNote = (i: number, j: number): string =>
    `（${provisionalYearsIn(i, j).join('、')}年放假安排未公布，暂按${STATUTORY_BASIS}推算，公布后重算）`;
  /** The explanation's part saying a count over [i, j] was provisional, and by which years. */
  const provisionalPart = (i: number, j: number) => ({ provisional: { basis: STATUTORY_BASIS, years: provisionalYearsIn(i, j) } });
  /** A deadline counted in days from `s`, due at the end (24:00 Beijing time) of `dueDate`. */
  const dayDeadline = (
    s: { instant: Instant; date: IsoDate },
    length: number,
    unit: 'workingDays' | 'calendarDays',
    dueDate: IsoDate,
    provisional: boolean,
    explanation: DeadlineExplanation,
  ): ComputedDeadline => ({
    start: s.instant,
    startDate: s.date,
    length,
    unit,
    dueDate,
    dueAt: endOfBeijingDay(dueDate),
    calendarVersion: version,
    provisional,
    explanation,
  });

  const index = (date: IsoDate, what = 'date'): number => {
    const ord = parseIsoDate(date, what);
    const i = ord - first;
    if (i < 0 || i >= len || kind[i] === NOT_LOADED) throw notLoaded(yearOf(ord));
    return i;
  };
  const firstGapYear = (i: number, j: number): number => {
    for (let y = yearOf(first + Math.min(i, j)); ; y++) if (!loaded.has(y)) return y;
  };
  const checkNoGap = (i: number, j: number, why: string): void => {
    if (gapCum[i] !== gapCum[j]) throw notLoaded(firstGapYear(i, j), why);
  };
  const isWork = (i: number): boolean => kind[i] === WORKDAY || kind[i] === ADJUSTED;
  /** Day index of the (t+1)th working day, or a YEAR_NOT_LOADED error past either end. */
  const workingDayAt = (t: number, from: number): number => {
    if (t >= total) throw notLoaded(maxYear + 1, ` (counting from ${iso[from]} runs past ${maxYear}-12-31)`);
    if (t < 0) throw notLoaded(minYear - 1, ` (counting back from ${iso[from]} runs before ${minYear}-01-01)`);
    const j = workAt[t]!;
    checkNoGap(from, j, ` (counting from ${iso[from]} crosses it)`);
    return j;
  };
  const addWorking = (i: number, n: number): number =>
    n > 0 ? workingDayAt(cum[i]! + n - 1, i) : workingDayAt(cum[i]! - (isWork(i) ? 1 : 0) + n, i);
  const nextWorking = (i: number): number => (isWork(i) ? i : workingDayAt(cum[i]!, i));

  const dayInfoAt = (i: number): DayInfo => {
    const info: { -readonly [K in keyof DayInfo]: DayInfo[K] } = {
      date: iso[i]!,
      weekday: isoWeekday(first + i),
      kind: KIND_NAMES[kind[i]!]!,
    };
    if (label[i] !== undefined) info.holiday = label[i];
    if (notice[i] !== undefined) info.notice = notice[i];
    return info;
  };

  const requireLength = (n: unknown, what: string): number => {
    const v = requireInteger(n, what);
    if (v <= 0) throw new CalendarError('INVALID_ARGUMENT', `${what} must be a positive integer, got ${v}`, { value: n });
    return v;
  };
  const startOf = (start: Instant | IsoDate): { instant: Instant; date: IsoDate } => {
    if (tryParseIsoDate(start) !== undefined) return { instant: `${start}T00:00:00+08:00`, date: start };
    if (typeof start === 'string' && start.length === 10) parseIsoDate(start, 'start'); // a bad date reads better as such
    const ms = instantToMs(start);
    return { instant: toInstant(ms), date: toBeijingDate(ms) };
  };

  const calendar: Calendar = {
    id,
    version,
    years,
    schedules,
    provisional,
    provisionalSpan: ahead,
    provisionalYears,
    isProvisional: (date) => projectedYears.has(yearOf(parseIsoDate(date))),
    extraHolidays,
    extraWorkdays,

    isWorkingDay: (date) => isWork(index(date)),
    dayInfo: (date) => dayInfoAt(index(date)),

    addWorkingDays(date, n) {
      const i = index(date);
      requireInteger(n, 'n');
      return n === 0 ? iso[i]! : iso[addWorking(i, n)]!;
    },

    workingDaysBetween(from, to) {
      const i = index(from, 'from');
      const j = index(to, 'to');
      if (j <= i) return 0;
      checkNoGap(i, j, ` (between ${iso[i]} and ${iso[j]})`);
      return cum[j]! - cum[i]!;
    },

    nextWorkingDay: (date) => iso[nextWorking(index(date))]!,

    addCalendarDays(date, n) {
      const i = index(date);
      requireInteger(n, 'n');
      const end = i + n;
      if (end < 0 || end >= len || kind[end] === NOT_LOADED) throw notLoaded(yearOf(first + end), ` (${iso[i]} + ${n} days ends in it)`);
      checkNoGap(i, end, ` (${iso[i]} + ${n} days crosses it)`);
      return iso[nextWorking(end)]!;
    },

    workingDayDeadline(start, n) {
      const s = startOf(start);
      const length = requireLength(n, 'n');
      const i = index(s.date, 'start');
      const j = addWorking(i, length);
      const counted: IsoDate[] = [];
      const skipped: SkippedDay[] = [];
      const worked: WorkedWeekendDay[] = [];
      for (let k = i + 1; k <= j; k++) {
        const kk = kind[k];
        if (kk === WORKDAY || kk === ADJUSTED) counted.push(iso[k]!);
        if (kk === ADJUSTED) worked.push({ date: iso[k]!, for: label[k]!, notice: notice[k]! });
        else if (kk === WEEKEND) skipped.push({ date: iso[k]!, reason: 'weekend' });
        else if (kk === HOLIDAY) skipped.push({ date: iso[k]!, reason: 'holiday', holiday: label[k]! });
      }
      const dueDate = iso[j]!;
      const parts = [`自${s.date}次日起算${length}个工作日`];
      const holidayCounts = new Map<string, number>();
      let weekends = 0;
      for (const d of skipped)
        if (d.reason === 'weekend') weekends++;
        else holidayCounts.set(d.holiday!, (holidayCounts.get(d.holiday!) ?? 0) + 1);
      const skippedText = [...[...holidayCounts].map(([name, count]) => `${name}${count}天`), ...(weekends ? [`周末${weekends}天`] : [])];
      if (skippedText.length) parts.push(`跳过${skippedText.join('、')}`);
      if (worked.length) parts.push(`${worked.map((w) => w.date).join('、')}调休上班计入`);
      parts.push(`截止${dueDate} 24:00`);
      const isProvisional = touchesProvisional(i, j);
      const explanation: DeadlineExplanation = {
        rule: '《民法典》第二百零一条',
        counted,
        skipped,
        workedWeekendDays: worked,
        summary: parts.join('，') + (isProvisional ? provisionalNote(i, j) : ''),
        ...(isProvisional ? provisionalPart(i, j) : {}),
      };
      return dayDeadline(s, length, 'workingDays', dueDate, isProvisional, explanation);
    },

    calendarDayDeadline(start, n) {
      const s = startOf(start);
      const length = requireLength(n, 'n');
      const i = index(s.date, 'start');
      const end = i + length;
      if (end >= len || kind[end] === NOT_LOADED) throw notLoaded(yearOf(first + end), ` (${s.date} + ${length} days ends in it)`);
      checkNoGap(i, end, ` (${s.date} + ${length} days crosses it)`);
      const endDate = iso[end]!;
      const j = nextWorking(end);
      const counted: IsoDate[] = [];
      for (let k = i + 1; k <= end; k++) counted.push(iso[k]!);
      const skipped: SkippedDay[] = [];
      for (let k = end; k < j; k++)
        skipped.push(kind[k] === HOLIDAY ? { date: iso[k]!, reason: 'holiday', holiday: label[k]! } : { date: iso[k]!, reason: 'weekend' });
      const dueDate = iso[j]!;
      let summary = `自${s.date}次日起算${length}日`;
      let rolledForward: DeadlineExplanation['rolledForward'];
      if (j !== end) {
        const reason = kind[end] === HOLIDAY ? `${endDate}为${label[end]}假期（法定休假日）` : `${endDate}为周末（法定休假日）`;
        rolledForward = { from: endDate, to: dueDate, reason };
        summary += `，期间最后一日${reason}，依《民法典》第二百零三条顺延至${dueDate}`;
      }
      summary += `，截止${dueDate} 24:00`;
      const isProvisional = touchesProvisional(i, j);
      if (isProvisional) summary += provisionalNote(i, j);
      const explanation: DeadlineExplanation = {
        rule: '《民法典》第二百零三条',
        counted,
        skipped,
        workedWeekendDays: [],
        ...(rolledForward ? { rolledForward } : {}),
        summary,
        ...(isProvisional ? provisionalPart(i, j) : {}),
      };
      return dayDeadline(s, length, 'calendarDays', dueDate, isProvisional, explanation);
    },

    hourDeadline(start, hours) {
      const ms = instantToMs(start);
      const length = requireLength(hours, 'hours');
      const dueMs = ms + length * 3_600_000;
      const startInstant = toInstant(ms);
      const dueAt = toInstant(dueMs);
      const show = (t: Instant) => t.slice(0, 16).replace('T', ' ');
      const explanation: DeadlineExplanation = {
        rule: '《民法典》第二百零一条第二款',
        counted: [],
        skipped: [],
        workedWeekendDays: [],
        summary: `自${show(startInstant)}起按小时计算${length}小时（夜间、节假日连续计算），截止${show(dueAt)}（北京时间）`,
      };
      return {
        start: startInstant,
        startDate: toBeijingDate(ms),
        length,
        unit: 'hours',
        dueDate: toBeijingDate(dueMs),
        dueAt,
        calendarVersion: version,
        provisional: false,
        explanation,
      };
    },
  };
  deepFreeze(schedules);
  deepFreeze(extraHolidays);
  deepFreeze(extraWorkdays);
  Object.freeze(years);
  Object.freeze(provisionalYears);
  return Object.freeze(calendar);
}
