import type { KitRole } from '@zwgk/core';
import { disclosureOfficeRoles } from '@zwgk/regulation-national-2019';

/** Who acts in a remedy case: both are staff of the agency that records it. */
export const roles = {
  legalOfficer: { zh: '承办复议应诉的法制工作人员', en: 'the agency’s legal officer', inside: true },
  clerk: disclosureOfficeRoles.clerk,
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
