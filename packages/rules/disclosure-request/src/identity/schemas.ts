import { z } from 'zod';
import { isResidentIdNumber } from './resident-id-number.js';
import { isUnifiedSocialCreditCode } from './unified-social-credit-code.js';

/** A resident identity number (居民身份证号码); spaces are removed and a lower-case `x` is read as `X`. */
export const residentIdNumberSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine(isResidentIdNumber, {
    message: 'must be an 18-character resident identity number with a valid date of birth and check character (GB 11643-1999)',
  });

/** A unified social credit code (统一社会信用代码); spaces are removed and letters upper-cased. */
export const unifiedSocialCreditCodeSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine(isUnifiedSocialCreditCode, {
    message: 'must be an 18-character unified social credit code with a valid check character (GB 32100-2015)',
  });

/** An identity number or code as registered: spaces removed, letters upper-cased, not checked (the case notes a failed check). */
export const normalisedCodeSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().min(1, 'must not be empty'));
