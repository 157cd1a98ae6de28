import type { Bilingual } from '@zwgk/core';

/** Who acts in a confidentiality review; each step of 第六条 has its own role. */
export const roles = {
  disclosureOffice: { zh: '政务公开办公室（负责政务公开工作的机构）', en: 'disclosure office (receives the request, step 四)' },
  originatingDepartment: { zh: '信息产生部门', en: 'originating department (step 一, declassification)' },
  departmentHead: { zh: '信息产生部门负责人', en: 'head of the originating department (step 二)' },
  leaderInCharge: { zh: '分管领导', en: 'leader in charge (step 三)' },
  secrecyBureau: { zh: '保密机关', en: 'secrecy bureau (approval)' },
  classificationAuthority: { zh: '有权确定密级的上级机关或保密工作部门', en: 'authority that determines classification (第八条)' },
  coIssuingDepartment: { zh: '共同形成信息的其他部门', en: 'co-issuing department (第七条)' },
} as const satisfies Record<string, Bilingual>;

/** The roles that take part in a confidentiality review (the keys of `roles`). */
export type Role = keyof typeof roles;
