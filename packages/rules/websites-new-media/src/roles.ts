import type { KitRole } from '@zwgk/core';

/**
 * The county disclosure office runs the portal and is the competent authority of every government
 * site (第四条); host units, units running new-media accounts and the city office are outside it.
 */
export const roles = {
  portalOperator: { zh: '政府门户网站运维单位（县政府政务公开办）', en: 'portal operator (county disclosure office)', inside: true },
  hostUnit: { zh: '政府网站主办单位', en: 'host unit of a site', inside: false },
  competentAuthority: { zh: '政府网站主管单位（逐级审核机关）', en: 'competent authority (reviewing level)', inside: true },
  cityOffice: { zh: '市政府政务公开办', en: 'city disclosure office', inside: false },
  newMediaOperator: { zh: '政务新媒体开设单位', en: 'unit running a new-media account', inside: false },
  propagandaOffice: { zh: '县网宣办', en: 'county internet publicity office', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
