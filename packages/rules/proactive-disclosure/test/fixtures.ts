// Actors, inputs and step helpers shared by the scenario tables.
import type { ScenarioStep } from '@zwgk/testing';

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

export const open = (at: string, input: unknown, expect?: ScenarioStep['expect'], as = 'item'): ScenarioStep => ({
  at,
  open: { as, module: M, input, actor: publisher },
  ...(expect ? { expect } : {}),
});

export const send = (
  at: string,
  type: string,
  payload: unknown,
  actor: { id: string; role: string } = publisher,
  expect?: ScenarioStep['expect'],
  kase = 'item',
): ScenarioStep => ({
  at,
  send: { case: kase, type, payload, actor },
  ...(expect ? { expect } : {}),
});

export const reject = (
  at: string,
  type: string,
  payload: unknown,
  code: 'EVENT_NOT_ALLOWED' | 'ROLE_NOT_ALLOWED' | 'INVALID_PAYLOAD' | 'CASE_CLOSED',
  actor: { id: string; role: string } = publisher,
  kase = 'item',
): ScenarioStep => send(at, type, payload, actor, { rejected: code }, kase);

const review = (
  at: string,
  type: string,
  actor: { id: string; role: string },
  payload: unknown,
  expect?: ScenarioStep['expect'],
): ScenarioStep => send(at, type, payload, actor, expect, 'item/review');

/** The five steps of 保密审查制度第六条 approving disclosure, one every ten minutes from `day`T09:00. */
export function reviewChain(
  day: string,
  opinion: Record<string, unknown> = { opinion: 'disclosable' },
  last?: ScenarioStep['expect'],
): ScenarioStep[] {
  return [
    review(`${day}T09:00:00+08:00`, 'initialOpinion.given', dept, opinion),
    review(`${day}T09:10:00+08:00`, 'headReview.given', deptHead, { verdict: 'approve' }),
    review(`${day}T09:20:00+08:00`, 'leaderReview.given', leader, { verdict: 'approve' }),
    review(`${day}T09:30:00+08:00`, 'officeReview.given', reviewOffice, { verdict: 'approve' }),
    review(`${day}T09:40:00+08:00`, 'bureauApproval.given', bureau, { verdict: 'approve' }, last),
  ];
}

/** The originating department finds the item not disclosable at once (第五条(二) personal privacy). */
export const reviewRefuses = (at: string, expect?: ScenarioStep['expect']): ScenarioStep =>
  review(at, 'initialOpinion.given', dept, { opinion: 'notDisclosable', ground: 'privacy', reason: '含个人身份证号码和家庭住址' }, expect);

export const letter = (title: string) => ({
  information: { title, documentNumber: null, description: '拟主动公开的信息', producedOn: '2021-03-01', publisher: '西吉县农业农村局' },
  matters: ['资金数额是否与财政拨付一致'],
  opinion: '拟主动公开',
  basis: '《西吉县政府政务公开制度》第四条',
});
