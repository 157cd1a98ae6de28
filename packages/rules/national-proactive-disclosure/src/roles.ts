import type { KitRole } from '@zwgk/core';
import { disclosureOfficeRoles } from '@zwgk/regulation-national-2019';

/** Who acts: the clerk publishes, the head of the office decides to withhold. */
export const roles = disclosureOfficeRoles satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
