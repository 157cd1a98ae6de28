import type { ScheduleHoliday } from '../YearSchedule.js';

/** The English names of the holidays the State Council's notices set. */
const ENGLISH: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival (Tomb-sweeping Day)',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};

/** The English name of a holiday of the notices ('国庆节、中秋节' → 'National Day and Mid-Autumn Festival'), when every part is known. */
export function englishName(name: string): string | undefined {
  const parts = name.split('、').map((p) => ENGLISH[p]);
  return parts.every((p) => p !== undefined) ? parts.join(' and ') : undefined;
}

/**
 * A holiday of a yearly schedule, its English name derived from its Chinese one; `notice` when
 * another notice than the year's set it.
 *
 * @example
 * holiday('端午节', ['2024-06-10'])
 * //=> { name: '端午节', nameEn: 'Dragon Boat Festival', days: ['2024-06-10'] }
 */
export function holiday(name: string, days: readonly string[], notice?: string): ScheduleHoliday {
  const nameEn = englishName(name);
  return { name, ...(nameEn ? { nameEn } : {}), ...(notice ? { notice } : {}), days: [...days] };
}
