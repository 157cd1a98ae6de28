/** Milliseconds of an ISO 8601 instant with offset. */
const ms = (instant: string): number => {
  const value = Date.parse(instant);
  if (Number.isNaN(value)) throw new RangeError(`not an ISO 8601 instant: ${instant}`);
  return value;
};

/**
 * How many whole minutes the interpretation came out after the policy, beyond the tolerance
 * (《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项 同步发布); 0 when it was simultaneous.
 * Pure: it reads only its arguments.
 *
 * @param policyPublishedAt - when the policy was published
 * @param interpretationPublishedAt - when its interpretation was published
 * @param toleranceMinutes - how far apart the two still count as simultaneous
 * @returns the minutes late beyond the tolerance (rounded up), or 0
 *
 * @example
 * minutesLate('2020-09-30T10:00:00+08:00', '2020-10-08T09:00:00+08:00', 0)
 * //=> 11460
 */
export function minutesLate(policyPublishedAt: string, interpretationPublishedAt: string, toleranceMinutes: number): number {
  const late = ms(interpretationPublishedAt) - ms(policyPublishedAt) - toleranceMinutes * 60_000;
  return late > 0 ? Math.ceil(late / 60_000) : 0;
}
