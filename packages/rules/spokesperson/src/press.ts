import { labelledEnum } from '@zwgk/core';
import { z } from 'zod';

/** The Chinese name of each kind of press. */
export const pressCategoryLabels = {
  domestic: '境内媒体',
  hongKongMacao: '港澳媒体',
  foreignResident: '国外驻华新闻机构',
  foreignVisiting: '其他国家来华媒体',
  taiwan: '台湾地区媒体',
} as const;
/**
 * Kinds of press a conference may invite (邀请记者范围, 第五条(四)), sorted by the approval
 * 第五条(七) requires: `domestic` 境内媒体 (none beyond the conference's own approval);
 * `hongKongMacao` 港澳媒体 and `foreignResident` 国外驻华新闻机构 (政府办公室 approves);
 * `foreignVisiting` 其他国家来华媒体 and `taiwan` 台湾地区媒体 (政府外事办公室 approves).
 */
export const pressCategorySchema = labelledEnum(pressCategoryLabels);
/** Kinds of press a conference may invite (邀请记者范围, 第五条(四)), sorted by the approval 第五条(七) requires: `domestic` 境内媒体 (none beyond the conference's own approval); `hongKongMacao` 港澳媒体 and `foreignResident` 国外驻华新闻机构 (政府办公室 approves); `foreignVisiting` 其他国家来华媒体 and `taiwan` 台湾地区媒体 (政府外事办公室 approves). (The value `pressCategorySchema` parses to.) */
export type PressCategory = z.infer<typeof pressCategorySchema>;

/** The authorities that approve the invitation of press from outside the mainland (第五条(七)). */
export const pressAuthoritySchema = z.enum(['governmentOffice', 'foreignAffairsOffice']);
/** The authorities that approve the invitation of press from outside the mainland (第五条(七)). (The value `pressAuthoritySchema` parses to.) */
export type PressAuthority = z.infer<typeof pressAuthoritySchema>;

const AUTHORITY: Readonly<Record<PressCategory, PressAuthority | null>> = {
  domestic: null,
  hongKongMacao: 'governmentOffice',
  foreignResident: 'governmentOffice',
  foreignVisiting: 'foreignAffairsOffice',
  taiwan: 'foreignAffairsOffice',
};

/**
 * The approvals an invitation needs before the conference (第五条(七) 应事先申请批准), in a fixed
 * order. Pure.
 *
 * @example
 * requiredPressApprovals(['domestic', 'taiwan', 'hongKongMacao'])
 * //=> ['governmentOffice', 'foreignAffairsOffice']
 */
export function requiredPressApprovals(categories: readonly PressCategory[]): PressAuthority[] {
  const needed = new Set(categories.map((c) => AUTHORITY[c]).filter((a): a is PressAuthority => a !== null));
  return pressAuthoritySchema.options.filter((a) => needed.has(a));
}

/** The categories an authority approves (第五条(七)). */
export function categoriesApprovedBy(authority: PressAuthority, categories: readonly PressCategory[]): PressCategory[] {
  return categories.filter((c) => AUTHORITY[c] === authority);
}
