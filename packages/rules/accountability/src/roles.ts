import type { KitRole } from '@zwgk/core';

/** The investigating and deciding body runs the case (第四条); the unit or person held to account is outside it. */
export const roles = {
  investigator: { zh: '调查处理机关（政务公开办公室或本单位纪委、纪检组）', en: 'investigating and deciding body', inside: true },
  respondent: { zh: '被追究责任的单位及其相关人员', en: 'unit or person held to account', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
