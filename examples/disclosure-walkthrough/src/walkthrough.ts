// An application for government information (依申请公开) replayed end to end on a simulated
// clock, as an auditor would: received before the 2020 National Day holiday, it opens a
// confidentiality review and a consultation of another agency, consults a third party (the reply
// clock stops), is extended once, and is answered. The consulted agency stays silent, so its
// consent is deemed when its period passes (《西吉县政府政务信息发布协调制度》第十条).
import { china } from '@zwgk/calendar';
import { type Actor, createEngine, type Engine, SimulatedClock } from '@zwgk/core';
import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { releaseCoordination } from '@zwgk/rule-release-coordination';

const clerk: Actor = { id: 'clerk-ma', role: 'clerk' };
const head: Actor = { id: 'head-li', role: 'officeHead' };
const releasing: Actor = { id: 'zwgk-office-clerk', role: 'releasingAgency' };
const finance: Actor = { id: 'finance-clerk', role: 'consultedAgency' };
const review = {
  dept: { id: 'housing-clerk', role: 'originatingDepartment' },
  deptHead: { id: 'housing-head', role: 'departmentHead' },
  leader: { id: 'deputy-county-head', role: 'leaderInCharge' },
  office: { id: 'zwgk-office', role: 'disclosureOffice' },
  bureau: { id: 'secrecy-bureau', role: 'secrecyBureau' },
} satisfies Record<string, Actor>;

/** Replays the walkthrough on a fresh engine and returns it with the application's case id. */
export async function runWalkthrough(): Promise<{ engine: Engine; caseId: string }> {
  const clock = new SimulatedClock('2020-09-29T10:00:00+08:00');
  let fileNumber = 0; // case ids as an OA system numbers its files
  const engine = createEngine({
    modules: [disclosureRequest, confidentialityReview, releaseCoordination],
    calendar: china,
    clock,
    newId: () => `XJ-2020-${String(++fileNumber).padStart(4, '0')}`,
  });

  /** Moves the clock, fires what fell due meanwhile, and sends one event. */
  async function at(instant: string, caseId: string, type: string, payload: unknown, actor: Actor) {
    clock.set(instant);
    await engine.tick();
    await engine.send(caseId, { type, payload, actor });
  }

  const subject = '2020年农村危房改造补助资金分配明细';
  const { caseId } = await engine.open('disclosure-request', {
    actor: clerk,
    input: {
      channel: 'writing',
      applicant: {
        kind: 'citizen',
        name: '马明',
        contact: '13909541234',
        identity: { document: 'residentIdCard', number: '640422198503120027' },
      },
      request: { kind: 'disclosure', description: subject, form: 'paper' },
    },
  });

  await at('2020-09-29T11:00:00+08:00', caseId, 'review.requested', { subject, originatingDepartment: '西吉县住房和城乡建设局' }, clerk);
  await at('2020-09-29T11:05:00+08:00', caseId, 'coordination.requested', { subject, agencies: ['西吉县财政局'] }, clerk);
  const { review: reviewId, coordination: coordinationId } = (await engine.getCase(caseId)).case.children;

  // The consultation letter (第九条) reaches the finance bureau, which never answers.
  const letter = {
    information: {
      title: subject,
      documentNumber: null,
      description: '补助对象及金额',
      producedOn: '2020-09-15',
      publisher: '西吉县住房和城乡建设局',
    },
    matters: ['资金数额是否与财政拨付一致'],
    opinion: '拟依申请公开',
    basis: '《西吉县政府信息依申请公开制度》第九条',
  };
  await at('2020-10-09T08:30:00+08:00', coordinationId!, 'letter.sent', letter, releasing);
  await at('2020-10-09T08:45:00+08:00', coordinationId!, 'letter.received', { agency: '西吉县财政局' }, finance);

  // The five steps of the review (《西吉县政务公开保密审查制度》第六条), after the holiday.
  await at('2020-10-09T09:00:00+08:00', reviewId!, 'initialOpinion.given', { opinion: 'disclosable' }, review.dept);
  await at('2020-10-09T09:30:00+08:00', reviewId!, 'headReview.given', { verdict: 'approve' }, review.deptHead);
  await at('2020-10-09T10:00:00+08:00', reviewId!, 'leaderReview.given', { verdict: 'approve' }, review.leader);
  await at(
    '2020-10-10T09:00:00+08:00' /* a 调休 Saturday, worked */,
    reviewId!,
    'officeReview.given',
    { verdict: 'approve' },
    review.office,
  );
  await at('2020-10-12T09:00:00+08:00', reviewId!, 'bureauApproval.given', { verdict: 'approve' }, review.bureau);

  // A third party's privacy is touched: the reply clock stops while it is consulted (2007 条例第二十四条).
  await at(
    '2020-10-13T16:00:00+08:00',
    caseId,
    'thirdParty.consulted',
    { party: '马某', information: '名单中马某的补助金额', interest: 'privacy' },
    clerk,
  );
  await at('2020-10-19T09:00:00+08:00', caseId, 'thirdParty.replied', { party: '马某', consents: true }, clerk);
  await at('2020-10-20T09:00:00+08:00', caseId, 'reply.extended', { reason: '需核对财政拨付记录' }, head);
  await at('2020-10-27T10:00:00+08:00', caseId, 'reply.disclosed', { howToObtain: '到县政务公开办公室领取纸质文件', form: 'paper' }, clerk);
  return { engine, caseId };
}
