// Actors and a report shared by the scenario tables and the plain tests.

export const unit = { id: 'edu-bureau', role: 'reportingUnit' } as const;
export const office = { id: 'disclosure-office', role: 'office' } as const;

export const M = 'annual-report';

/** A complete report of 县教育局 (第三条 1–4); its figures are not typed in, the case derives them. */
export function report(over: Record<string, unknown> = {}) {
  return {
    plan: { adoptedOn: '2019-01-15', title: '县教育局2019年政务公开工作要点' },
    basics: {
      organisationChanges: '调整政务公开工作领导小组组长',
      informationReview: '清理规范性文件12件，更新政策文件目录',
      channels: '门户网站教育专栏改版，新增政务微信公众号',
      refusalGrounds: '涉及个人隐私的不予公开',
    },
    practices: '每月梳理主动公开目录',
    problems: [{ problem: '政策解读形式单一', remedy: '增加图解、视频解读' }],
    ...over,
  };
}
