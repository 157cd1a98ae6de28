import { describe, expect, it } from 'vitest';
import {
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
  residentIdCheckCharacter,
  residentIdNumberSchema,
  unifiedSocialCreditCheckCharacter,
  unifiedSocialCreditCodeSchema,
} from '../src/index.js';

describe('resident identity numbers (GB 11643-1999)', () => {
  it('computes the check character of the standard’s own examples', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it.each([
    ['11010519491231002X', 'the standard’s example, check character X'],
    ['440524188001010014', 'the standard’s example, born 1880'],
    ['640422198503120027', 'a 西吉县 (640422) number'],
    ['64042220000229001X', 'born on 29 February of a leap year'],
  ])('accepts %s (%s)', (number) => {
    expect(isResidentIdNumber(number)).toBe(true);
  });

  it.each([
    ['11010519491231002x', 'a lower-case x (the schema upper-cases it first)'],
    ['110105194912310021', 'a wrong check character'],
    ['11010519491231002', '17 characters'],
    ['11010519491231002X1', '19 characters'],
    ['010105194912310026', 'address code starting with 0 (check character right)'],
    ['640422199002300016', '30 February (check character right)'],
    ['640422190002290013', '29 February 1900, not a leap year (check character right)'],
    ['640422198513120020', 'month 13 (check character right)'],
    ['6404221985031200X7', 'an X before the last place'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (number) => {
    expect(isResidentIdNumber(number)).toBe(false);
  });

  it('refuses to compute a check character for anything but 17 digits', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('1101051949123100A')).toThrow(/17 digits/);
  });

  it('the schema trims spaces and reads a lower-case x as X', () => {
    expect(residentIdNumberSchema.parse(' 110105 19491231 002x ')).toBe('11010519491231002X');
    const failed = residentIdNumberSchema.safeParse('110105194912310021');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toMatch(/GB 11643-1999/);
  });
});

describe('unified social credit codes (GB 32100-2015)', () => {
  it.each([
    ['91330100716105852F', 'a company registered in Hangzhou'],
    ['914403001922038216', 'a company registered in Shenzhen, digit check character'],
    ['91440300708461136T', 'another Shenzhen company'],
    ['91640422MA76XJ2K3M', 'a code with letters in the organisation code, 西吉县 division'],
  ])('accepts %s (%s)', (code) => {
    expect(isUnifiedSocialCreditCode(code)).toBe(true);
  });

  it.each([
    ['91330100716105852E', 'a wrong check character'],
    ['91330100716105852', '17 characters'],
    ['9133010071610585I2', 'the letter I, which the alphabet leaves out'],
    ['913301007161O5852F', 'the letter O'],
    ['91A30100716105852F', 'a letter in the division code'],
    ['91330100716105852f', 'lower case (the schema upper-cases it first)'],
  ])('rejects %s (%s)', (code) => {
    expect(isUnifiedSocialCreditCode(code)).toBe(false);
  });

  it('computes a check character of 0 when the weighted sum is a multiple of 31', () => {
    // Found by search: the remainder 0 maps to 31 - 0 = 31, which the standard writes as 0.
    let found: string | undefined;
    for (let n = 0; n < 1000 && !found; n++) {
      const first17 = `91640422MA${String(n).padStart(7, '0')}`;
      if (unifiedSocialCreditCheckCharacter(first17) === '0') found = first17;
    }
    expect(found).toBeDefined();
    expect(isUnifiedSocialCreditCode(`${found}0`)).toBe(true);
  });

  it('refuses characters outside the alphabet, naming the position', () => {
    expect(() => unifiedSocialCreditCheckCharacter('9133010071610585Z')).toThrow(/first17\[16\]/);
    expect(() => unifiedSocialCreditCheckCharacter('913301')).toThrow(RangeError);
  });

  it('the schema upper-cases and strips spaces before checking', () => {
    expect(unifiedSocialCreditCodeSchema.parse('91330100 716105852f')).toBe('91330100716105852F');
    expect(unifiedSocialCreditCodeSchema.safeParse('91330100716105852E').error?.issues[0]?.message).toMatch(/GB 32100-2015/);
  });
});
