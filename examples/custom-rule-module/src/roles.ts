import type { KitRole } from '@zwgk/core';
import { disclosureOfficeRoles } from '@zwgk/regulation-national-2019';

/**
 * Who may act on a case. `inside: true`: staff of the office, who can always be asked to act. The
 * disclosure office's clerk and head are the regulation package's, as every national module names them.
 */
export const roles = {
  ...disclosureOfficeRoles,
  applicant: { zh: '申请人', en: 'applicant', inside: false },
} as const satisfies Record<string, KitRole>;

/** A role of this module. */
export type Role = keyof typeof roles;
