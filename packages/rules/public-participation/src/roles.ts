import type { KitRole } from '@zwgk/core';

/**
 * The disclosure authority consults and investigates; the public takes part; a report of the
 * authority's own failure goes to its superior or the supervisory organ (第十一条), outside the office.
 */
export const roles = {
  authority: { zh: '政务公开主管部门', en: 'disclosure authority', inside: true },
  participant: { zh: '参与的公民、法人和其他组织', en: 'participating citizen or organisation', inside: false },
  supervisor: { zh: '上级机关或者监察机关', en: 'superior organ or supervisory organ', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
