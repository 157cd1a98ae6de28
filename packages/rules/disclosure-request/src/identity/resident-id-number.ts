/*
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit date of birth, 3-digit sequence
 * code and one check character computed by ISO 7064 MOD 11-2.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

/**
 * The check character of a resident identity number (GB 11643-1999, ISO 7064 MOD 11-2).
 *
 * @param first17 - the first 17 digits of the number
 * @returns the 18th character: `0`–`9` or `X`
 * @throws RangeError when `first17` is not 17 digits
 *
 * @example
 * residentIdCheckCharacter('11010519491231002'); //=> 'X'
 */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`first17 must be 17 digits, got ${JSON.stringify(first17)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

function isCalendarDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Whether a string is a well-formed 18-character resident identity number (GB 11643-1999):
 * a non-zero first digit, a real date of birth and the right check character (upper-case `X`).
 * It does not say the number was ever issued.
 *
 * @param value - the number as written, without spaces
 * @returns true when the shape, date of birth and check character are right
 *
 * @example
 * isResidentIdNumber('11010519491231002X'); //=> true
 * isResidentIdNumber('110105194912310021'); //=> false (check character)
 */
export function isResidentIdNumber(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  if (!isCalendarDate(value.slice(6, 14))) return false;
  return residentIdCheckCharacter(value.slice(0, 17)) === value[17];
}
