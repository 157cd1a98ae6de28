import { tz } from '@date-fns/tz';

/** The one zone the calendar counts in. */
export const BEIJING = 'Asia/Shanghai';
export const inBeijing = tz(BEIJING);
