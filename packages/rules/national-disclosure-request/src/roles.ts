import type { KitRole } from '@zwgk/core';
import { disclosureOfficeRoles } from '@zwgk/regulation-national-2019';

/** Who acts on an application: the disclosure office's clerk and head, and the applicant (outside the office). */
export const roles = {
  ...disclosureOfficeRoles,
  applicant: { zh: '申请人', en: 'applicant', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
