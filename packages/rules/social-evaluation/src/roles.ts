import type { KitRole } from '@zwgk/core';

/** The joint meeting office organises the evaluation (第六条); the evaluated governments, departments and industries are outside it. */
export const roles = {
  office: { zh: '政务公开联席会议办公室（政务公开办公室）', en: 'joint meeting office for disclosure', inside: true },
  evaluatedUnit: { zh: '被评议的政府、部门和行业', en: 'evaluated government, department or industry', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
