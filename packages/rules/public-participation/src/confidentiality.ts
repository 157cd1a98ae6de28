/** The reporter of an obstruction (第十条) or of an authority's failure (第十一条). */
export interface Reporter {
  readonly name: string;
  /** How the result is told to the reporter (phone, address, e-mail). */
  readonly contact: string;
  /** An identity document number, when the reporter gave one. */
  readonly idNumber?: string | undefined;
}

/**
 * Whether a text names the reporter: it contains the reporter's name, contact or identity number
 * (whitespace ignored). Used to keep the reporter's identity out of everything sent to anyone but
 * the reporter (第十三条).
 *
 * @example
 * mentionsReporter('请说明 2020 年 5 月拒绝提供文件的情况', { name: '马某某', contact: '13900000000' }) //=> false
 * mentionsReporter('据马某某反映……', { name: '马某某', contact: '13900000000' }) //=> true
 */
export function mentionsReporter(text: string, reporter: Reporter | null): boolean {
  if (reporter === null) return false;
  const squash = (s: string) => s.replace(/\s+/g, '');
  const haystack = squash(text);
  return [reporter.name, reporter.contact, reporter.idNumber]
    .filter((v): v is string => typeof v === 'string' && squash(v).length > 0)
    .some((v) => haystack.includes(squash(v)));
}
