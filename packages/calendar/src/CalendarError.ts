/**
 * Why a calendar operation failed.
 *
 * @example
 * const c: CalendarErrorCode = 'YEAR_NOT_LOADED';
 * c
 * //=> 'YEAR_NOT_LOADED'
 */
export type CalendarErrorCode = 'YEAR_NOT_LOADED' | 'INVALID_DATE' | 'INVALID_SCHEDULE' | 'INVALID_ARGUMENT' | 'INVALID_NOTICE';

/**
 * The one error the calendar throws. `code` says why; `details` carries the data
 * (the year not loaded, the offending input, the schedule's issues).
 *
 * @example
 * try { china.isWorkingDay('2017-06-01'); } catch (e) { (e as CalendarError).code }
 * //=> 'YEAR_NOT_LOADED'
 */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  readonly code: CalendarErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: CalendarErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
