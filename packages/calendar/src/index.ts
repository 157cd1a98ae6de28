export type { Calendar, LocalDay } from './Calendar.js';
export type { CalendarErrorCode } from './CalendarError.js';
export { CalendarError } from './CalendarError.js';
export { china } from './china.js';
export type { CalendarOptions } from './createCalendar.js';
export { createCalendar } from './createCalendar.js';
export { endOfBeijingDay } from './endOfBeijingDay.js';
export { instantToMs } from './instantToMs.js';
export { loadSchedule } from './loadSchedule.js';
export { loadSchedules } from './loadSchedules.js';
export type { AppliedNotice } from './notice/applyHolidayNotice.js';
export { applyHolidayNotice } from './notice/applyHolidayNotice.js';
export type { AnnualHolidayNotice, HolidayAmendmentNotice, HolidayNotice, NoticeHoliday, NoticeWorkday } from './notice/HolidayNotice.js';
export { parseHolidayNotice } from './notice/parseHolidayNotice.js';
export { PROVISIONAL_NOTICE, STATUTORY_BASIS, statutorySchedule } from './provisional/statutorySchedule.js';
export { schedule2018 } from './schedules/2018.js';
export { schedule2019 } from './schedules/2019.js';
export { schedule2020 } from './schedules/2020.js';
export { schedule2020AsFirstAnnounced } from './schedules/2020-as-first-announced.js';
export { schedule2021 } from './schedules/2021.js';
export { schedule2022 } from './schedules/2022.js';
export { schedule2023 } from './schedules/2023.js';
export { schedule2024 } from './schedules/2024.js';
export { schedule2025 } from './schedules/2025.js';
export { schedule2026 } from './schedules/2026.js';
export { shippedSchedules } from './schedules/index.js';
export { toBeijingDate } from './toBeijingDate.js';
export { toInstant } from './toInstant.js';
export type {
  ComputedDeadline,
  CountingRule,
  DayInfo,
  DayKind,
  DeadlineExplanation,
  DeadlineUnit,
  Instant,
  IsoDate,
  SkippedDay,
  WorkedWeekendDay,
} from './types.js';
export type { AdjustedWorkday, ScheduleHoliday, YearSchedule } from './YearSchedule.js';
export { yearScheduleSchema } from './yearScheduleSchema.js';
export type { IssueLike } from './zodIssues.js';
export { describeIssue, formatIssuePath } from './zodIssues.js';
