import type { KitRole } from '@zwgk/core';

/** Who acts in a case: the receiving office's clerk and the head of the 政务公开办公室 (第二条, 第八条), and the applicant. */
export const roles = {
  clerk: { zh: '受理机构经办人', en: 'clerk of the receiving office', inside: true },
  officeHead: { zh: '政务公开办公室机构负责人', en: 'head of the government disclosure office', inside: true },
  applicant: { zh: '申请人', en: 'applicant', inside: false },
} as const satisfies Record<string, KitRole>;

/** A role of this module (the keys of `roles`). */
export type Role = keyof typeof roles;
