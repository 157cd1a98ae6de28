/** A quarter `YYYY-Qn` as the instant it starts (Beijing) and its length in clock hours (第三十二条 每季度). */
export interface QuarterSpan {
  readonly start: string;
  readonly hours: number;
}

/**
 * The span of a quarter: from 00:00 on its first day to 24:00 on its last (Beijing time).
 *
 * @example
 * quarterSpan('2019-Q1') //=> { start: '2019-01-01T00:00:00+08:00', hours: 2160 } (90 days)
 */
export function quarterSpan(quarter: string): QuarterSpan {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const firstMonth = (q - 1) * 3; // 0-based
  const startMs = Date.UTC(year, firstMonth, 1);
  const endMs = Date.UTC(year, firstMonth + 3, 1);
  const month = String(firstMonth + 1).padStart(2, '0');
  return { start: `${year}-${month}-01T00:00:00+08:00`, hours: (endMs - startMs) / 3_600_000 };
}
