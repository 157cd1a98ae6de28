import type { KitRole } from '@zwgk/core';

/** Who may act on a case. `inside: true`: staff of the office, who can always be asked to act. */
export const roles = {
  clerk: { zh: '政府信息公开工作机构经办人', en: 'officer of the disclosure office', inside: true },
  officeHead: { zh: '政府信息公开工作机构负责人', en: 'head of the disclosure office', inside: true },
  applicant: { zh: '申请人', en: 'applicant', inside: false },
} as const satisfies Record<string, KitRole>;

/** A role of this module. */
export type Role = keyof typeof roles;
