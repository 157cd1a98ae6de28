import type { KitRole } from '@zwgk/core';

/** Who acts on a sentiment: the monitor, the disclosure office, the responsible body and the spokesperson, all inside the county government. */
export const roles = {
  monitor: { zh: '舆情监测登记人员', en: 'sentiment monitor (registers the item)', inside: true },
  office: { zh: '政务公开办公室（政府办公室）', en: 'government disclosure office', inside: true },
  responsibleBody: { zh: '舆情回应责任主体（涉事部门、乡镇）', en: 'responsible body (department or township concerned)', inside: true },
  spokesperson: { zh: '新闻发言人', en: 'spokesperson', inside: true },
} as const satisfies Record<string, KitRole>;

/** A role of this module (the keys of `roles`). */
export type Role = keyof typeof roles;
