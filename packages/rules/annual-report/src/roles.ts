import type { KitRole } from '@zwgk/core';

/**
 * `reportingUnit` is the department or township that reports (第四条); `office` the county's
 * 政务公开办公室 that receives the reports (第二条) and applies 第五条.
 */
export const roles = {
  reportingUnit: {
    zh: '报告单位（县政府各部门、各乡（镇）政府）',
    en: 'reporting unit (county department or township government)',
    inside: false,
  },
  office: { zh: '政府政务公开办公室', en: 'government disclosure office', inside: true },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
