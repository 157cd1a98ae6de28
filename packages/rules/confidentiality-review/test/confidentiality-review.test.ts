import { caseSteps, describeRuleModule, runScenario, type Scenario, type ScenarioStep } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { confidentialityReview, unionWithheld } from '../src/index.js';

// Actors, one per role.
const office = { id: 'zwgk-office', role: 'disclosureOffice' } as const;
const dept = { id: 'edu-bureau-clerk', role: 'originatingDepartment' } as const;
const head = { id: 'edu-bureau-head', role: 'departmentHead' } as const;
const leader = { id: 'deputy-county-head', role: 'leaderInCharge' } as const;
const bureau = { id: 'county-secrecy-bureau', role: 'secrecyBureau' } as const;
const authority = { id: 'region-secrecy-bureau', role: 'classificationAuthority' } as const;
const health = { id: 'health-bureau', role: 'coIssuingDepartment' } as const;
const stranger = { id: 'someone', role: 'applicant' } as const;

const M = 'confidentiality-review';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: M });

const input = { subject: '2019年教育经费使用情况', originatingDepartment: '县教育局' };

// Received on Friday 2019-09-27: 2019-09-29 (Sun) and 2019-10-12 (Sat) are 调休 working days,
// 2019-10-01…07 the 国庆 holiday. The 10th working day is 2019-10-16, so the opinion is due at
// 24:00 that day; the warning comes at the end of 2019-10-12, when three working days are left.
const NATIONAL_DAY_DUE = '2019-10-17T00:00:00+08:00';
const NATIONAL_DAY_WARN = '2019-10-13T00:00:00+08:00';

const approve = { verdict: 'approve' } as const;
const { open, send, tick } = caseSteps('r', { module: M, actor: office });

/** The chain of 第六条 approving from step (二) on, starting at `day` (ISO date), one step an hour. */
const approveFromHead = (day: string): ScenarioStep[] => [
  send(`${day}T09:00:00+08:00`, 'headReview.given', approve, head, { state: 'reviewing.leaderReview' }),
  send(`${day}T10:00:00+08:00`, 'leaderReview.given', approve, leader, { state: 'reviewing.officeReview' }),
  send(`${day}T11:00:00+08:00`, 'officeReview.given', approve, office, { state: 'reviewing.bureauApproval' }),
];

/** The five steps of 第六条 in order, each with the role that takes it. */
const CHAIN = [
  ['initialOpinion.given', dept],
  ['headReview.given', head],
  ['leaderReview.given', leader],
  ['officeReview.given', office],
  ['bureauApproval.given', bureau],
] as const;
type ChainStep = (typeof CHAIN)[number][0];

/**
 * Case `as` goes through 第六条 from a disclosable initial opinion, at `day`T09:`minute` and ten minutes a
 * step, each step approving until `refusing` refuses with `refusal`; `expect` is checked on the refusal.
 */
const refusedAt = (as: string, day: string, minute: number, refusing: ChainStep, refusal: unknown, expect: ScenarioStep['expect']) => {
  const last = CHAIN.findIndex(([type]) => type === refusing);
  return CHAIN.slice(0, last + 1).map(([type, actor], i) =>
    on(as).send(
      `${day}T09:${String(minute + 10 * i).padStart(2, '0')}:00+08:00`,
      type,
      i === last ? refusal : i === 0 ? { opinion: 'disclosable' } : approve,
      actor,
      i === last ? expect : undefined,
    ),
  );
};

export const scenarios: Omit<Scenario, 'modules'>[] = [
  {
    name: 'a review received on 2019-09-27 is due after the National Day holiday and passes the five steps as disclosable',
    steps: [
      open('2019-09-27T10:00:00+08:00', input, {
        expect: {
          state: 'reviewing.initialOpinion',
          status: 'open',
          notices: [],
          deadlines: { opinion: { dueAt: NATIONAL_DAY_DUE, warnAt: NATIONAL_DAY_WARN, status: 'running' } },
        },
      }),
      send('2019-09-29T09:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept, { state: 'reviewing.headReview' }),
      ...approveFromHead('2019-10-08' /* first working day after 国庆 */),
      send('2019-10-09T09:00:00+08:00', 'bureauApproval.given', approve, bureau, {
        state: 'disclosable',
        status: 'done',
        notices: ['reviewOpinion'],
        deadlines: { opinion: { status: 'completed', outcome: 'met', dueAt: NATIONAL_DAY_DUE } },
      }),
      send('2019-10-09T10:00:00+08:00', 'bureauApproval.given', approve, bureau, { rejected: 'CASE_CLOSED' }),
    ],
  },
  {
    name: 'a step that disagrees sends the review back to the previous step, which may then approve again',
    steps: [
      open('2019-09-27T10:00:00+08:00', input),
      send('2019-09-29T09:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      send('2019-09-29T10:00:00+08:00', 'headReview.given', approve, head, { state: 'reviewing.leaderReview' }),
      send(
        '2019-09-30T09:00:00+08:00',
        'leaderReview.given',
        { verdict: 'sendBack', reason: '请核实经费数据是否涉及未公开的预算' },
        leader,
        { state: 'reviewing.headReview' },
      ),
      send('2019-09-30T10:00:00+08:00', 'headReview.given', { verdict: 'sendBack', reason: '请补充说明' }, head, {
        state: 'reviewing.initialOpinion',
      }),
      send('2019-09-30T11:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable', comment: '已核实' }, dept, {
        state: 'reviewing.headReview',
      }),
      ...approveFromHead('2019-10-08'),
      send('2019-10-08T14:00:00+08:00', 'bureauApproval.given', { verdict: 'sendBack', reason: '请办公室复核' }, bureau, {
        state: 'reviewing.officeReview',
      }),
      send('2019-10-08T15:00:00+08:00', 'officeReview.given', { verdict: 'sendBack', reason: '请分管领导再审' }, office, {
        state: 'reviewing.leaderReview',
      }),
      send('2019-10-08T16:00:00+08:00', 'leaderReview.given', approve, leader, { state: 'reviewing.officeReview' }),
      send('2019-10-08T17:00:00+08:00', 'officeReview.given', approve, office, { state: 'reviewing.bureauApproval' }),
      send('2019-10-09T09:00:00+08:00', 'bureauApproval.given', approve, bureau, { state: 'disclosable', notices: ['reviewOpinion'] }),
    ],
  },
  {
    name: 'with sendBackTo set to originatingDepartment a send-back at any step returns to the initial opinion',
    parameters: { [M]: { sendBackTo: 'originatingDepartment' } },
    steps: [
      open('2019-09-27T10:00:00+08:00', input),
      send('2019-09-29T09:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      ...approveFromHead('2019-10-08'),
      send('2019-10-08T14:00:00+08:00', 'bureauApproval.given', { verdict: 'sendBack', reason: '涉及内部预算数据' }, bureau, {
        state: 'reviewing.initialOpinion',
      }),
    ],
  },
  {
    name: 'a refusal at the leader step ends the review as not disclosable with its ground (第五条(三))',
    steps: [
      open('2019-09-27T10:00:00+08:00', input),
      send('2019-09-29T09:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      send('2019-09-29T10:00:00+08:00', 'headReview.given', approve, head),
      send(
        '2019-09-30T09:00:00+08:00',
        'leaderReview.given',
        { verdict: 'refuse', ground: 'endangersSecurity', reason: '公开后可能影响社会稳定' },
        leader,
        {
          state: 'notDisclosable',
          status: 'done',
          notices: ['reviewOpinion'],
          deadlines: { opinion: { status: 'completed', outcome: 'met' } },
        },
      ),
    ],
  },
  {
    name: 'each later step may refuse: the head, the office and the secrecy bureau',
    steps: [
      on('a').open('2019-09-27T10:00:00+08:00', input, { actor: office }),
      on('b').open('2019-09-27T10:01:00+08:00', input, { actor: office }),
      on('c').open('2019-09-27T10:02:00+08:00', input, { actor: office }),
      ...refusedAt(
        'a',
        '2019-09-29',
        0,
        'headReview.given',
        { verdict: 'refuse', ground: 'privacy', reason: '含学生个人信息' },
        {
          state: 'notDisclosable',
          notices: ['reviewOpinion'],
        },
      ),
      ...refusedAt(
        'b',
        '2019-09-29',
        20,
        'officeReview.given',
        { verdict: 'refuse', ground: 'tradeSecret', reason: '含供应商报价' },
        {
          state: 'notDisclosable',
        },
      ),
      ...refusedAt(
        'c',
        '2019-09-30',
        0,
        'bureauApproval.given',
        { verdict: 'refuse', ground: 'unmarkedStateSecret', reason: '内容涉及国家秘密' },
        {
          state: 'notDisclosable',
          notices: ['reviewOpinion'],
        },
      ),
    ],
  },
  {
    name: '第四条, 第六条 (issue 15): an initial opinion of non-disclosure (第五条(二) privacy) goes through the head, the leader in charge and the office, which confirms it',
    steps: [
      open('2019-09-27T10:00:00+08:00', input),
      send(
        '2019-09-27T11:00:00+08:00',
        'initialOpinion.given',
        { opinion: 'notDisclosable', ground: 'privacy', reason: '含个人身份信息' },
        dept,
        { state: 'reviewing.headReview', notices: [] },
      ),
      send('2019-09-29T09:00:00+08:00', 'headReview.given', approve, head, { state: 'reviewing.leaderReview', notices: [] }),
      send('2019-09-29T10:00:00+08:00', 'leaderReview.given', approve, leader, { state: 'reviewing.officeReview', notices: [] }),
      // The office confirms the non-disclosure: the written opinion of 第四条; the secrecy bureau approves disclosures only.
      send('2019-09-29T11:00:00+08:00', 'officeReview.given', approve, office, {
        state: 'notDisclosable',
        status: 'done',
        notices: ['reviewOpinion'],
        deadlines: { opinion: { status: 'completed', outcome: 'met' } },
      }),
      // 第十二条: a citizen asks why it was not disclosed; the office answers with the ground, its clause and the reason.
      send(
        '2019-10-08T09:00:00+08:00',
        'explanation.requested',
        { requester: '马某', question: '为何未公开2019年教育经费使用情况' },
        { id: 'citizen-1', role: 'requester' },
        { state: 'notDisclosable', status: 'done', notices: ['withholdingExplanation'] },
      ),
    ],
  },
  {
    name: '第六条(一) with parameter initialRefusalEndsReview = true: the initial opinion of non-disclosure ends the review at once',
    parameters: { [M]: { initialRefusalEndsReview: true } },
    steps: [
      open('2019-09-27T10:00:00+08:00', input),
      send(
        '2019-09-27T11:00:00+08:00',
        'initialOpinion.given',
        { opinion: 'notDisclosable', ground: 'privacy', reason: '含个人身份信息' },
        dept,
        { state: 'notDisclosable', notices: ['reviewOpinion'] },
      ),
    ],
  },
  {
    name: '第八条, 第十一条 (issue 15): the withheld parts are a union; the part the authority found secret survives a new initial opinion and later approvals',
    steps: [
      open('2019-09-27T10:00:00+08:00', input),
      send('2019-09-27T11:00:00+08:00', 'initialOpinion.given', { opinion: 'partlyDisclosable', withheld: '附件三' }, dept),
      send('2019-09-29T09:00:00+08:00', 'headReview.given', { verdict: 'approve', withheld: '附件四' }, head),
      send(
        '2019-09-29T10:00:00+08:00',
        'classification.referred',
        { authority: '自治区保密局', question: '表五是否属于国家秘密' },
        leader,
        {
          state: 'reviewing.awaitingClassification',
          notices: ['classificationReferral'],
        },
      ),
      // The office registers the authority's written determination when it arrives (the authority itself has no period).
      send('2019-10-08T09:00:00+08:00', 'classification.determined', { classified: true, level: '秘密', part: '表五' }, office, {
        state: 'reviewing.leaderReview',
      }),
      send('2019-10-08T10:00:00+08:00', 'leaderReview.given', { verdict: 'sendBack', reason: '请重新提出初步意见' }, leader),
      send('2019-10-08T11:00:00+08:00', 'headReview.given', { verdict: 'sendBack', reason: '请重新提出初步意见' }, head, {
        state: 'reviewing.initialOpinion',
      }),
      // A new initial opinion names only 附件一: the part found secret (表五) stays withheld.
      send('2019-10-09T09:00:00+08:00', 'initialOpinion.given', { opinion: 'partlyDisclosable', withheld: '附件一' }, dept),
      ...approveFromHead('2019-10-10'),
      // The office registers the secrecy bureau's written approval (the bureau itself has no period).
      send('2019-10-10T15:00:00+08:00', 'bureauApproval.given', { verdict: 'approve', withheld: '附件一' }, office, {
        state: 'partlyDisclosable',
        status: 'done',
        notices: ['reviewOpinion'],
      }),
      send('2019-10-11T09:00:00+08:00', 'explanation.requested', { requester: '某律师事务所', question: '部分内容未公开的依据' }, office, {
        state: 'partlyDisclosable',
        notices: ['withholdingExplanation'],
      }),
    ],
  },
  {
    name: '第十二条 (issue 15): nothing was withheld from a disclosable item, so there is no withholding to explain',
    steps: [
      open('2019-09-27T10:00:00+08:00', input),
      send('2019-09-27T11:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      ...approveFromHead('2019-09-29'),
      send('2019-09-29T15:00:00+08:00', 'bureauApproval.given', approve, bureau, { state: 'disclosable', status: 'done' }),
      send(
        '2019-10-08T09:00:00+08:00',
        'explanation.requested',
        { requester: '马某', question: '为何未公开' },
        { id: 'citizen-1', role: 'requester' },
        { rejected: 'CASE_CLOSED' },
      ),
    ],
  },
  {
    name: 'information with a classified part is disclosed in part, the part withheld (第十一条), and a later step may withhold a part',
    steps: [
      on('p').open('2019-09-27T10:00:00+08:00', input, { actor: office }),
      on('q').open('2019-09-27T10:01:00+08:00', input, { actor: office }),
      on('p').send(
        '2019-09-27T11:00:00+08:00',
        'initialOpinion.given',
        { opinion: 'partlyDisclosable', withheld: '附件三 涉密统计表' },
        dept,
        { state: 'reviewing.headReview' },
      ),
      on('p').send('2019-09-27T11:10:00+08:00', 'headReview.given', approve, head),
      on('p').send('2019-09-27T11:20:00+08:00', 'leaderReview.given', approve, leader),
      on('p').send('2019-09-27T11:30:00+08:00', 'officeReview.given', approve, office),
      on('p').send('2019-09-27T11:40:00+08:00', 'bureauApproval.given', approve, bureau, {
        state: 'partlyDisclosable',
        status: 'done',
        notices: ['reviewOpinion'],
      }),
      on('q').send('2019-09-27T12:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      on('q').send('2019-09-27T12:10:00+08:00', 'headReview.given', approve, head),
      on('q').send('2019-09-27T12:20:00+08:00', 'leaderReview.given', approve, leader),
      on('q').send('2019-09-27T12:30:00+08:00', 'officeReview.given', { verdict: 'approve', withheld: '第四部分' }, office),
      on('q').send('2019-09-27T12:40:00+08:00', 'bureauApproval.given', approve, bureau, { state: 'partlyDisclosable' }),
    ],
  },
  {
    name: 'an unclear classification is referred to the deciding authority (第八条) and, found not secret, returns to the step that referred it',
    steps: [
      open('2019-09-27T10:00:00+08:00', input),
      send('2019-09-27T11:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      // Only the step's own role may refer: the leader may not refer at the head's step.
      send(
        '2019-09-29T09:00:00+08:00',
        'classification.referred',
        { authority: '固原市保密局', question: '是否属于工作秘密以上' },
        leader,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send('2019-09-29T09:10:00+08:00', 'classification.referred', { authority: '固原市保密局', question: '是否属于国家秘密' }, head, {
        state: 'reviewing.awaitingClassification',
        notices: ['classificationReferral'],
        deadlines: { opinion: { status: 'running', dueAt: NATIONAL_DAY_DUE } },
      }),
      send('2019-09-30T09:00:00+08:00', 'headReview.given', approve, head, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-10-08T09:00:00+08:00', 'classification.determined', { classified: false, reference: '固保函〔2019〕12号' }, authority, {
        state: 'reviewing.headReview',
      }),
      send('2019-10-08T10:00:00+08:00', 'headReview.given', approve, head, { state: 'reviewing.leaderReview' }),
      send('2019-10-08T11:00:00+08:00', 'classification.referred', { authority: '固原市保密局', question: '附件是否涉密' }, leader, {
        state: 'reviewing.awaitingClassification',
      }),
      send('2019-10-09T09:00:00+08:00', 'classification.determined', { classified: true, level: '秘密', part: '附件二' }, authority, {
        state: 'reviewing.leaderReview',
      }),
      send('2019-10-09T10:00:00+08:00', 'leaderReview.given', approve, leader, { state: 'reviewing.officeReview' }),
      send('2019-10-09T11:00:00+08:00', 'classification.referred', { authority: '固原市保密局', question: '附件三是否涉密' }, office, {
        state: 'reviewing.awaitingClassification',
      }),
      send('2019-10-10T09:00:00+08:00', 'classification.determined', { classified: false }, authority, { state: 'reviewing.officeReview' }),
      send('2019-10-10T10:00:00+08:00', 'officeReview.given', approve, office, { state: 'reviewing.bureauApproval' }),
      // The secrecy bureau decides itself: there is no referral from its step.
      send('2019-10-10T11:00:00+08:00', 'classification.referred', { authority: '自治区保密局', question: '？' }, office, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      send('2019-10-10T12:00:00+08:00', 'bureauApproval.given', approve, bureau, {
        state: 'partlyDisclosable',
        notices: ['reviewOpinion'],
      }),
    ],
  },
  {
    name: 'the deciding authority finds the whole a state secret: not disclosable (第五条(一)); a found part can only be withheld',
    steps: [
      on('s').open('2019-09-27T10:00:00+08:00', input, { actor: office }),
      on('t').open('2019-09-27T10:01:00+08:00', input, { actor: office }),
      on('s').send('2019-09-27T11:00:00+08:00', 'classification.referred', { authority: '自治区保密局', question: '密级不明' }, dept, {
        state: 'reviewing.awaitingClassification',
        notices: ['classificationReferral'],
      }),
      on('s').send('2019-09-27T11:10:00+08:00', 'classification.determined', { classified: true, level: '机密' }, dept, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      on('s').send('2019-09-27T11:20:00+08:00', 'classification.determined', { classified: true, level: '内部' }, authority, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('s').send('2019-10-08T09:00:00+08:00', 'classification.determined', { classified: true, level: '机密' }, authority, {
        state: 'notDisclosable',
        notices: ['reviewOpinion'],
        deadlines: { opinion: { status: 'completed', outcome: 'met' } },
      }),
      on('t').send('2019-10-08T10:00:00+08:00', 'classification.referred', { authority: '自治区保密局', question: '密级不明' }, dept),
      on('t').send(
        '2019-10-08T11:00:00+08:00',
        'classification.determined',
        { classified: true, level: '秘密', part: '第三节' },
        authority,
        { state: 'reviewing.initialOpinion' },
      ),
      on('t').send('2019-10-08T12:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('t').send('2019-10-08T13:00:00+08:00', 'initialOpinion.given', { opinion: 'partlyDisclosable', withheld: '第三节' }, dept, {
        state: 'reviewing.headReview',
      }),
    ],
  },
  {
    name: 'a secret past its term is confirmed disclosable, then declassified, then disclosed (第九条)',
    steps: [
      open('2019-09-27T10:00:00+08:00', { ...input, marking: '机密' }),
      // 第五条(一): marked 机密 and not said to be past its term, it cannot be proposed for disclosure.
      send('2019-09-27T11:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-09-27T11:10:00+08:00', 'initialOpinion.given', { opinion: 'disclosable', pastSecrecyTerm: true }, dept, {
        state: 'reviewing.headReview',
      }),
      ...approveFromHead('2019-10-08'),
      send('2019-10-09T09:00:00+08:00', 'bureauApproval.given', approve, bureau, {
        state: 'declassifying',
        status: 'open',
        notices: ['reviewOpinion'],
        deadlines: { opinion: { status: 'completed', outcome: 'met' } },
      }),
      send('2019-10-09T10:00:00+08:00', 'declassification.completed', { reference: '教解密〔2019〕3号' }, bureau, {
        rejected: 'ROLE_NOT_ALLOWED',
      }),
      send('2019-10-25T10:00:00+08:00', 'declassification.completed', { reference: '教解密〔2019〕3号' }, dept, {
        state: 'disclosable',
        status: 'done',
        notices: ['declassificationResult'],
      }),
    ],
  },
  {
    name: 'a refused declassification leaves the information not disclosable; a marked secret may still be disclosed in part',
    steps: [
      on('d').open('2019-09-27T10:00:00+08:00', { ...input, marking: '秘密' }, { actor: office }),
      on('d').send(
        '2019-09-27T11:00:00+08:00',
        'initialOpinion.given',
        { opinion: 'partlyDisclosable', withheld: '涉密部分', pastSecrecyTerm: true },
        dept,
        { state: 'reviewing.headReview' },
      ),
      on('d').send('2019-09-27T11:10:00+08:00', 'headReview.given', approve, head),
      on('d').send('2019-09-27T11:20:00+08:00', 'leaderReview.given', approve, leader),
      on('d').send('2019-09-27T11:30:00+08:00', 'officeReview.given', approve, office),
      on('d').send('2019-09-27T11:40:00+08:00', 'bureauApproval.given', approve, bureau, { state: 'declassifying' }),
      on('d').send('2019-09-29T10:00:00+08:00', 'declassification.refused', { reason: '保密期限延长' }, dept, {
        state: 'notDisclosable',
        status: 'done',
        notices: ['declassificationResult'],
      }),
    ],
  },
  {
    name: 'jointly issued information is disclosed only after every co-issuing department consents in writing (第七条)',
    steps: [
      open(
        '2019-09-27T10:00:00+08:00',
        { ...input, jointlyIssuedWith: ['县卫生健康局', '县财政局'] },
        { actor: office, expect: { state: 'reviewing.initialOpinion', notices: ['jointConsentRequest'] } },
      ),
      send(
        '2019-09-29T09:00:00+08:00',
        'jointConsent.recorded',
        { consents: true, department: '县卫生健康局', letter: '卫函〔2019〕8号' },
        health,
        { state: 'reviewing.initialOpinion' },
      ),
      send(
        '2019-09-29T09:10:00+08:00',
        'jointConsent.recorded',
        { consents: true, department: '县卫生健康局', letter: '卫函〔2019〕9号' },
        health,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send(
        '2019-09-29T09:20:00+08:00',
        'jointConsent.recorded',
        { consents: true, department: '县公安局', letter: '公函〔2019〕1号' },
        health,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send('2019-09-29T09:30:00+08:00', 'jointConsent.recorded', { consents: true, department: '县财政局' }, health, {
        rejected: 'INVALID_PAYLOAD',
      }),
      send('2019-09-29T10:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      ...approveFromHead('2019-10-08'),
      send('2019-10-09T09:00:00+08:00', 'bureauApproval.given', approve, bureau, {
        state: 'reviewing.awaitingJointConsent',
        notices: [],
        deadlines: { opinion: { status: 'running' } },
      }),
      send(
        '2019-10-10T09:00:00+08:00',
        'jointConsent.recorded',
        { consents: true, department: '县财政局', letter: '财函〔2019〕21号' },
        health,
        {
          state: 'disclosable',
          status: 'done',
          notices: ['reviewOpinion'],
          deadlines: { opinion: { status: 'completed', outcome: 'met' } },
        },
      ),
    ],
  },
  {
    name: 'a co-issuing department that refuses in writing makes the information not disclosable (第七条)',
    steps: [
      open('2019-09-27T10:00:00+08:00', { ...input, jointlyIssuedWith: ['县卫生健康局'] }),
      send('2019-09-29T10:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      send(
        '2019-09-29T11:00:00+08:00',
        'jointConsent.recorded',
        { consents: false, department: '县卫生健康局', letter: '卫函〔2019〕10号', reason: '涉及疫情数据' },
        health,
        {
          state: 'notDisclosable',
          status: 'done',
          notices: ['reviewOpinion'],
        },
      ),
    ],
  },
  {
    name: 'an opinion not given by the 10th working day warns three working days ahead and records a breach of 第四条',
    steps: [
      // Received 2020-01-20; the 2020 春节 holiday (extended to 2020-02-02) is not counted: due 2020-02-12 00:00.
      open('2020-01-20T09:00:00+08:00', input, {
        expect: { deadlines: { opinion: { dueAt: '2020-02-12T00:00:00+08:00', warnAt: '2020-02-07T00:00:00+08:00' } } },
      }),
      send('2020-01-21T09:00:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept),
      tick('2020-02-07T00:00:00+08:00', { fired: ['opinion:warning'], breaches: [] }),
      tick('2020-02-12T00:00:00+08:00', { fired: ['opinion:due'], breaches: ['opinionOverdue'], state: 'reviewing.headReview' }),
      send(
        '2020-02-12T09:00:00+08:00',
        'headReview.given',
        { verdict: 'refuse', ground: 'endangersSecurity', reason: '疫情期间暂不公开' },
        head,
        {
          state: 'notDisclosable',
          deadlines: { opinion: { status: 'completed', outcome: 'missed' } },
          breaches: ['opinionOverdue'],
        },
      ),
    ],
  },
  {
    name: 'events from the wrong role, in the wrong state or with an invalid payload are rejected and change nothing',
    steps: [
      open('2019-09-27T10:00:00+08:00', { originatingDepartment: '县教育局' }, { actor: office, expect: { rejected: 'INVALID_PAYLOAD' } }),
      on('r').open('2019-09-27T10:01:00+08:00', input, { actor: stranger, expect: { rejected: 'ROLE_NOT_ALLOWED' } }),
      open('2019-09-27T10:02:00+08:00', input),
      send('2019-09-27T10:10:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, head, { rejected: 'ROLE_NOT_ALLOWED' }),
      send('2019-09-27T10:20:00+08:00', 'headReview.given', approve, head, {
        rejected: 'EVENT_NOT_ALLOWED',
        state: 'reviewing.initialOpinion',
      }),
      send('2019-09-27T10:30:00+08:00', 'initialOpinion.given', { opinion: 'partlyDisclosable' }, dept, { rejected: 'INVALID_PAYLOAD' }),
      send(
        '2019-09-27T10:40:00+08:00',
        'initialOpinion.given',
        { opinion: 'notDisclosable', ground: 'noJointConsent', reason: '…' },
        dept,
        { rejected: 'INVALID_PAYLOAD' },
      ),
      send('2019-09-27T10:50:00+08:00', 'initialOpinion.given', { opinion: 'disclosable' }, dept, { state: 'reviewing.headReview' }),
      send('2019-09-27T11:00:00+08:00', 'headReview.given', approve, leader, { rejected: 'ROLE_NOT_ALLOWED' }),
      send('2019-09-27T11:10:00+08:00', 'headReview.given', { verdict: 'refuse', reason: '无依据' }, head, { rejected: 'INVALID_PAYLOAD' }),
      send('2019-09-27T11:20:00+08:00', 'headReview.given', { verdict: 'sendBack' }, head, { rejected: 'INVALID_PAYLOAD' }),
      send('2019-09-27T11:30:00+08:00', 'leaderReview.given', approve, leader, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-09-27T11:40:00+08:00', 'officeReview.given', approve, office, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-09-27T11:50:00+08:00', 'bureauApproval.given', approve, bureau, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-09-27T12:00:00+08:00', 'classification.determined', { classified: false }, authority, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-09-27T12:10:00+08:00', 'declassification.completed', { reference: 'x' }, dept, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-09-27T12:20:00+08:00', 'declassification.refused', { reason: 'x' }, dept, { rejected: 'EVENT_NOT_ALLOWED' }),
      send('2019-09-27T12:30:00+08:00', 'jointConsent.recorded', { consents: true, department: '县卫生健康局', letter: 'x' }, health, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      send('2019-09-27T12:40:00+08:00', 'classification.referred', { authority: '', question: 'x' }, dept, { rejected: 'INVALID_PAYLOAD' }),
      send('2019-09-27T12:50:00+08:00', 'review.withdrawn', {}, dept, { rejected: 'UNKNOWN_EVENT', state: 'reviewing.headReview' }),
    ],
  },
];

describeRuleModule(confidentialityReview, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios,
});

describe('issue 15: what a withholding leaves on record', () => {
  const byName = (prefix: string) => scenarios.find((s) => s.name.startsWith(prefix))!;

  it('the union of the withheld parts reaches the output and the explanation (第八条, 第十一条, 第十二条)', async () => {
    const { engine, cases } = await runScenario({ ...byName('第八条, 第十一条 (issue 15)'), modules: [confidentialityReview] });
    const record = (await engine.getCase(cases.r!)).case;
    const closed = (await engine.history(cases.r!)).find((e) => e.kind === 'case.closed');
    expect((closed?.data as { output: unknown }).output).toEqual({ decision: 'partlyDisclosable', withheld: '表五；附件一' });
    expect(record.notices.at(-1)).toMatchObject({
      name: 'withholdingExplanation',
      recipient: 'requester',
      citation: '《西吉县政务公开保密审查制度》第十二条（条号据顺序推定）',
      data: {
        decision: 'partlyDisclosable',
        withheld: '表五；附件一',
        citation: '《西吉县政务公开保密审查制度》第十一条（条号据顺序推定）',
      },
    });
  });

  it('the explanation of a refusal gives the ground, its clause and the reason (第十二条)', async () => {
    const { engine, cases } = await runScenario({ ...byName('第四条, 第六条 (issue 15)'), modules: [confidentialityReview] });
    const record = (await engine.getCase(cases.r!)).case;
    expect(record.notices.at(-1)).toMatchObject({
      name: 'withholdingExplanation',
      data: {
        requester: '马某',
        decision: 'notDisclosable',
        ground: 'privacy',
        citation: '《西吉县政务公开保密审查制度》第五条（条号据顺序推定）第（二）项',
        reason: '含个人身份信息',
      },
    });
  });

  it('unionWithheld never drops a part', () => {
    expect(unionWithheld('表五', '附件一；表五')).toBe('表五；附件一');
    expect(unionWithheld(null, undefined)).toBeNull();
  });
});
