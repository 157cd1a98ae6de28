import type { KitRole } from '@zwgk/core';

/**
 * `office` is the 政务公开办公室 (the competent department, 第一条), `team` the assessment team it
 * forms (考核组, 第六条第(一)项), `assessedUnit` the unit assessed.
 */
export const roles = {
  office: { zh: '政务公开办公室（政务公开工作主管部门）', en: 'government disclosure office (competent department)', inside: true },
  team: { zh: '政务公开工作考核组', en: 'assessment team', inside: true },
  assessedUnit: { zh: '被考核单位', en: 'assessed unit', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
