import type { KitRole } from '@zwgk/core';

/**
 * Who acts in a release coordination. The releasing agency runs the case; the consulted agencies and
 * the higher authority are other organs, outside it.
 */
export const roles = {
  releasingAgency: { zh: '拟公开政府政务信息的行政机关', en: 'releasing agency', inside: true },
  consultedAgency: { zh: '被征求意见的行政机关', en: 'consulted agency', inside: false },
  otherAgency: { zh: '其他行政机关（未被征求意见的）', en: 'another administrative organ (not consulted)', inside: false },
  higherAuthority: { zh: '上一级行政机关或政府政务信息公开工作主管部门', en: 'higher authority', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles that take part in a release coordination (the keys of `roles`). */
export type Role = keyof typeof roles;
