// Actors, applications and a state-name helper shared by the scenario tables.

export const clerk = { id: 'clerk-ma', role: 'clerk' } as const;
export const head = { id: 'head-li', role: 'officeHead' } as const;
export const applicant = { id: 'applicant-ma', role: 'applicant' } as const;

/** A citizen of 西吉县 with a resident identity card (address code 640422). */
export const citizen = {
  kind: 'citizen',
  name: '马明',
  contact: '13909541234',
  identity: { document: 'residentIdCard', number: '640422198503120027' },
} as const;

/** A cooperative identified by its unified social credit code. */
export const organisation = {
  kind: 'organisation',
  name: '西吉县马铃薯种植专业合作社',
  contact: '0954-3012345',
  creditCode: '91640422MA76XJ2K3M',
} as const;

/** A written application for information, on paper (第五条, 第六条). */
export function application(over: Record<string, unknown> = {}) {
  return {
    channel: 'writing',
    applicant: citizen,
    request: { kind: 'disclosure', description: '2019年西吉县农村危房改造补助资金分配明细', form: 'paper' },
    ...over,
  };
}

/** A request to correct a record about the applicant (第十一条). */
export function recordCorrection(over: Record<string, unknown> = {}) {
  return application({
    request: {
      kind: 'recordCorrection',
      record: '2019年低保户名单中申请人的家庭人口数',
      evidence: '户口簿复印件',
      correction: '家庭人口数应为5人',
    },
    ...over,
  });
}

/**
 * The state of a case being handled: its four parallel regions, e.g.
 * `handling('examining', { review: 'pending' })`.
 */
export function handling(
  main: 'examining' | 'awaitingCorrection',
  regions: { review?: string; agencies?: string; thirdParty?: string } = {},
): string {
  return `handling.(main.${main}|review.${regions.review ?? 'none'}|agencies.${regions.agencies ?? 'none'}|thirdParty.${regions.thirdParty ?? 'none'})`;
}

export const M = 'disclosure-request';
