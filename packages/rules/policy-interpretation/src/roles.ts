import type { KitRole } from '@zwgk/core';

/** Who acts on a policy's interpretation: all inside the county government. */
export const roles = {
  draftingUnit: { zh: '起草单位', en: 'drafting unit', inside: true },
  countyGovernment: { zh: '县人民政府（审定）', en: 'county government (approves)', inside: true },
  websiteOperator: { zh: '政府网站（发布）', en: 'government website (publishes)', inside: true },
  disclosureOffice: { zh: '政务公开办公室', en: 'disclosure office', inside: true },
} as const satisfies Record<string, KitRole>;

/** A role of this module (the keys of `roles`). */
export type Role = keyof typeof roles;
