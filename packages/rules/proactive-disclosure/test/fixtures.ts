// Actors, inputs and step helpers shared by the scenario tables.
import { caseSteps, type ScenarioStep } from '@zwgk/testing';

export const M = 'proactive-disclosure';

export const publisher = { id: 'stats-clerk', role: 'publisher' } as const;
export const office = { id: 'zwgk-office', role: 'disclosureOffice' } as const;
export const spokesperson = { id: 'spokesperson-ma', role: 'spokesperson' } as const;
export const supervisor = { id: 'county-supervision', role: 'supervisor' } as const;

// Roles of 《西吉县政务公开保密审查制度》第六条 (confidentiality-review).
const dept = { id: 'stats-section', role: 'originatingDepartment' } as const;
const deptHead = { id: 'stats-head', role: 'departmentHead' } as const;
const leader = { id: 'deputy-county-head', role: 'leaderInCharge' } as const;
const reviewOffice = { id: 'zwgk-office', role: 'disclosureOffice' } as const;
const bureau = { id: 'secrecy-bureau', role: 'secrecyBureau' } as const;
// Roles of 《西吉县政府政务信息发布协调制度》 (release-coordination).
export const releasing = { id: 'stats-clerk', role: 'releasingAgency' } as const;
export const consulted = { id: 'finance-clerk', role: 'consultedAgency' } as const;
export const authority = { id: 'county-government-office', role: 'higherAuthority' } as const;

export const FINANCE = '西吉县财政局';

/** A statistical bulletin of the county government (第四条第3项), formed, not major, touching no agency. */
export function item(over: Record<string, unknown> = {}) {
  return {
    item: { title: '2019年1—8月西吉县国民经济和社会发展统计信息', documentNumber: null },
    change: 'formed',
    basis: { article: '第四条', item: 'statistics' },
    publisher: { name: '西吉县人民政府', level: 'countyGovernment' },
    major: false,
    ...over,
  };
}

const itemSteps = caseSteps('item', { module: M, actor: publisher });
export const { send, reject, tick } = itemSteps;
export const open = (at: string, input: unknown, expect?: ScenarioStep['expect'], as = 'item'): ScenarioStep =>
  caseSteps(as, { module: M, actor: publisher }).open(at, input, { expect });
/** The release-coordination child of the item (发布协调制度). */
export const coordination = caseSteps('item/coordination');
/** The confidentiality-review child of the item (保密审查制度). */
const review = caseSteps('item/review');

/** The five steps of 保密审查制度第六条 approving disclosure, one every ten minutes from `day`T09:00. */
export function reviewChain(
  day: string,
  opinion: Record<string, unknown> = { opinion: 'disclosable' },
  last?: ScenarioStep['expect'],
): ScenarioStep[] {
  return [
    review.send(`${day}T09:00:00+08:00`, 'initialOpinion.given', opinion, dept),
    review.send(`${day}T09:10:00+08:00`, 'headReview.given', { verdict: 'approve' }, deptHead),
    review.send(`${day}T09:20:00+08:00`, 'leaderReview.given', { verdict: 'approve' }, leader),
    review.send(`${day}T09:30:00+08:00`, 'officeReview.given', { verdict: 'approve' }, reviewOffice),
    review.send(`${day}T09:40:00+08:00`, 'bureauApproval.given', { verdict: 'approve' }, bureau, last),
  ];
}

/** The originating department finds the item not disclosable at once (第五条(二) personal privacy). */
export const reviewRefuses = (at: string, expect?: ScenarioStep['expect']): ScenarioStep =>
  review.send(
    at,
    'initialOpinion.given',
    { opinion: 'notDisclosable', ground: 'privacy', reason: '含个人身份证号码和家庭住址' },
    dept,
    expect,
  );

export const letter = (title: string) => ({
  information: { title, documentNumber: null, description: '拟主动公开的信息', producedOn: '2021-03-01', publisher: '西吉县农业农村局' },
  matters: ['资金数额是否与财政拨付一致'],
  opinion: '拟主动公开',
  basis: '《西吉县政府政务公开制度》第四条',
});
