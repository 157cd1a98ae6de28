import { z } from 'zod';

/**
 * The impact of an emergency (突发事件, 《西吉县政务公开新闻发言人制度》第五条(五)):
 * `major` 影响重大, `significant` 影响较大, `general` 一般性.
 */
export const impactSchema = z.enum(['major', 'significant', 'general']);
/** The impact of an emergency (突发事件, 《西吉县政务公开新闻发言人制度》第五条(五)): `major` 影响重大, `significant` 影响较大, `general` 一般性. (The value `impactSchema` parses to.) */
export type Impact = z.infer<typeof impactSchema>;

/** The spokesperson roles of the module. */
export type SpokespersonRole = 'countySpokesperson' | 'departmentSpokesperson' | 'townshipSpokesperson';

/** Who releases news of an emergency, by 第五条(五). */
export interface EmergencySpeaker {
  /** The roles that may release: one of them speaks. */
  readonly speakers: readonly SpokespersonRole[];
  /** Whether the county government must consent first (影响较大的突发事件经政府同意后). */
  readonly needsGovernmentConsent: boolean;
}

/**
 * The level of spokesperson who releases news of an emergency (第五条(五)). Pure.
 *
 * @param impact - how grave the emergency's impact is
 * @returns who may release it and whether the government must consent first
 *
 * @example
 * emergencySpeaker('significant')
 * //=> { speakers: ['departmentSpokesperson', 'townshipSpokesperson'], needsGovernmentConsent: true }
 */
export function emergencySpeaker(impact: Impact): EmergencySpeaker {
  switch (impact) {
    case 'major':
      return { speakers: ['countySpokesperson'], needsGovernmentConsent: false };
    case 'significant':
      // 由政府部门新闻发言人或事件发生地乡(镇)政府新闻发言人发布
      return { speakers: ['departmentSpokesperson', 'townshipSpokesperson'], needsGovernmentConsent: true };
    case 'general':
      return { speakers: ['townshipSpokesperson'], needsGovernmentConsent: false };
  }
}
