import type { KitRole } from '@zwgk/core';

/**
 * Who acts in a case of proactive disclosure. The publishing agency, the disclosure office and the
 * spokesperson belong to the government running the case; the supervisory organ (监察机关) does not.
 */
export const roles = {
  publisher: { zh: '信息公开主体（形成或保存信息的行政机关、部门）', en: 'publishing agency (第二条)', inside: true },
  disclosureOffice: { zh: '政务公开办公室', en: 'disclosure office', inside: true },
  spokesperson: { zh: '新闻发言人', en: 'spokesperson (press conference, 第十一条)', inside: true },
  supervisor: { zh: '监察机关', en: 'supervisory organ (第十二条)', inside: false },
  approvingAuthority: { zh: '依照国家有关规定批准发布的机关', en: 'organ that approves publication (第十条第二句)', inside: false },
} as const satisfies Record<string, KitRole>;

/** The roles that take part in proactive disclosure (the keys of `roles`). */
export type Role = keyof typeof roles;
