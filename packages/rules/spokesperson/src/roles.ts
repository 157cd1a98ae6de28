import type { KitRole } from '@zwgk/core';

/** Who acts: the organising department, the government offices, the leaders and the spokespersons, all inside the county government. */
export const roles = {
  organizer: { zh: '主办单位（政府部门）', en: 'organising department', inside: true },
  governmentOffice: { zh: '政府办公室', en: 'county government office', inside: true },
  foreignAffairsOffice: { zh: '政府外事办公室', en: 'county foreign affairs office', inside: true },
  countyGovernment: { zh: '县人民政府（有关领导）', en: 'county government (the leader concerned)', inside: true },
  countySpokesperson: { zh: '政府新闻发言人', en: 'county government spokesperson', inside: true },
  departmentSpokesperson: { zh: '政府部门新闻发言人', en: 'department spokesperson', inside: true },
  townshipSpokesperson: { zh: '乡（镇）政府新闻发言人', en: 'township spokesperson', inside: true },
} as const satisfies Record<string, KitRole>;

/** A role of this module (the keys of `roles`). */
export type Role = keyof typeof roles;
