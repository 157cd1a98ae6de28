import type { KitRole } from '@zwgk/core';
import { disclosureOfficeRoles } from '@zwgk/regulation-national-2019';

/** Who acts in a consultation: the clerk who sends the letter and enters the answer. */
export const roles = { clerk: disclosureOfficeRoles.clerk } as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
