/*
 * 统一社会信用代码 (GB 32100-2015): registration-authority code, organisation-type code, 6-digit
 * administrative-division code, 9-character organisation code and a check character, over an
 * alphabet of 31 characters (digits and upper-case letters without I, O, Z, S, V).
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/**
 * The check character of a unified social credit code (GB 32100-2015, 5.3).
 *
 * @param first17 - the first 17 characters of the code
 * @returns the 18th character
 * @throws RangeError when `first17` is not 17 characters of the code's alphabet
 *
 * @example
 * unifiedSocialCreditCheckCharacter('91330100716105852'); //=> 'F'
 */
export function unifiedSocialCreditCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`first17 must be 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`first17[${i}] is ${JSON.stringify(first17[i])}, which is not in the code's alphabet ${ALPHABET}`);
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Whether a string is a well-formed unified social credit code (GB 32100-2015): 18 characters
 * of the code's alphabet, digits in the division-code positions 3–8, and the right check character.
 * It does not say the code was ever issued.
 *
 * @param value - the code as written, upper case, without spaces
 * @returns true when the shape and check character are right
 *
 * @example
 * isUnifiedSocialCreditCode('91330100716105852F'); //=> true
 * isUnifiedSocialCreditCode('91330100716105852E'); //=> false
 */
export function isUnifiedSocialCreditCode(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  return unifiedSocialCreditCheckCharacter(value.slice(0, 17)) === value[17];
}
