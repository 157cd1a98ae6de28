import type { KitRole } from '@zwgk/core';

/**
 * Who acts in a confidentiality review; each step of 第六条 has its own role. The agency's own
 * office, departments and leaders are inside; the secrecy bureau, the classifying authority and
 * co-issuing departments of other agencies are not.
 */
export const roles = {
  disclosureOffice: {
    zh: '政务公开办公室（负责政务公开工作的机构）',
    en: 'disclosure office (receives the request, step 四)',
    inside: true,
  },
  originatingDepartment: { zh: '信息产生部门', en: 'originating department (step 一, declassification)', inside: true },
  departmentHead: { zh: '信息产生部门负责人', en: 'head of the originating department (step 二)', inside: true },
  leaderInCharge: { zh: '分管领导', en: 'leader in charge (step 三)', inside: true },
  secrecyBureau: { zh: '保密机关', en: 'secrecy bureau (approval)', inside: false },
  classificationAuthority: {
    zh: '有权确定密级的上级机关或保密工作部门',
    en: 'authority that determines classification (第八条)',
    inside: false,
  },
  coIssuingDepartment: { zh: '共同形成信息的其他部门', en: 'co-issuing department (第七条)', inside: false },
  requester: {
    zh: '提出质疑的公民、法人或者其他组织',
    en: 'citizen or organisation asking why information was withheld (第十二条)',
    inside: false,
  },
} as const satisfies Record<string, KitRole>;

/** The roles that take part in a confidentiality review (the keys of `roles`). */
export type Role = keyof typeof roles;
