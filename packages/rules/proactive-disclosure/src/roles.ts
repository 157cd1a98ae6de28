import type { Bilingual } from '@zwgk/core';

/** Who acts in a case of proactive disclosure. */
export const roles = {
  publisher: { zh: '信息公开主体（形成或保存信息的行政机关、部门）', en: 'publishing agency (第二条)' },
  disclosureOffice: { zh: '政务公开办公室', en: 'disclosure office' },
  spokesperson: { zh: '新闻发言人', en: 'spokesperson (press conference, 第十一条)' },
  supervisor: { zh: '监察机关', en: 'supervisory organ (第十二条)' },
} as const satisfies Record<string, Bilingual>;

/** The roles that take part in proactive disclosure (the keys of `roles`). */
export type Role = keyof typeof roles;
