/**
 * Working-day calendar of mainland China (法定节假日 and 调休) for 政务公开 deadlines
 *
 * @module @zwgk/calendar
 */
export * from '@zwgk/calendar';
