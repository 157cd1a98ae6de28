import type { KitRole } from '@zwgk/core';

/** Who acts in a case: the supervising body runs it; the body supervised is outside the office. */
export const roles = {
  supervisor: { zh: '政务公开主管部门或监察机关（接受投诉举报、检查的机关）', en: 'supervising body', inside: true },
  inspectedBody: { zh: '公开义务人（被投诉或被检查的行政机关）', en: 'body supervised', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
