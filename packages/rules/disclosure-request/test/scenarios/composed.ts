// Scenarios in which the application opens the real sibling modules as child cases: the
// confidentiality review (key 'review') and the consultation of other agencies (key 'coordination').
import { caseSteps, type Scenario, type ScenarioStep } from '@zwgk/testing';
import { application, clerk, handling, head, M } from '../fixtures.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: M });

type S = Omit<Scenario, 'modules'>;

// Roles of 《西吉县政务公开保密审查制度》第六条 (confidentiality-review).
const dept = { id: 'housing-clerk', role: 'originatingDepartment' } as const;
const deptHead = { id: 'housing-head', role: 'departmentHead' } as const;
const leader = { id: 'deputy-county-head', role: 'leaderInCharge' } as const;
const office = { id: 'zwgk-office', role: 'disclosureOffice' } as const;
const bureau = { id: 'secrecy-bureau', role: 'secrecyBureau' } as const;
// Roles of 《西吉县政府政务信息发布协调制度》 (release-coordination).
const releasing = { id: 'zwgk-office-clerk', role: 'releasingAgency' } as const;
const finance = { id: 'finance-clerk', role: 'consultedAgency' } as const;
const authority = { id: 'county-government-office', role: 'higherAuthority' } as const;

const REVIEW = { subject: '2020年农村危房改造补助资金分配明细', originatingDepartment: '西吉县住房和城乡建设局' };
const FINANCE = '西吉县财政局';
const letter = {
  information: {
    title: '2020年农村危房改造补助资金分配明细',
    documentNumber: null,
    description: '补助对象及金额',
    producedOn: '2021-01-15',
    publisher: '西吉县住房和城乡建设局',
  },
  matters: ['资金数额是否与财政拨付一致'],
  opinion: '拟依申请公开',
  basis: '《西吉县政府信息依申请公开制度》第九条',
};
const provided = { howToObtain: '到县政务公开办公室领取纸质文件', form: 'paper' } as const;

/** The confidentiality-review child of the application. */
const review = caseSteps('app/review');

/** The five steps of 第六条 after an initial opinion, one every ten minutes from `day`T09:00. */
function reviewChain(day: string, opinion: Record<string, unknown>, last?: ScenarioStep['expect']): ScenarioStep[] {
  return [
    review.send(`${day}T09:00:00+08:00`, 'initialOpinion.given', opinion, dept),
    review.send(`${day}T09:10:00+08:00`, 'headReview.given', { verdict: 'approve' }, deptHead),
    review.send(`${day}T09:20:00+08:00`, 'leaderReview.given', { verdict: 'approve' }, leader),
    review.send(`${day}T09:30:00+08:00`, 'officeReview.given', { verdict: 'approve' }, office),
    review.send(`${day}T09:40:00+08:00`, 'bureauApproval.given', { verdict: 'approve' }, bureau, last),
  ];
}

const requestReview = (at: string, expect?: ScenarioStep['expect']): ScenarioStep =>
  on('app').send(at, 'review.requested', REVIEW, clerk, expect);

export const composedScenarios: S[] = [
  {
    name: 'an application that opens a confidentiality review and a consultation of another agency waits for both before it discloses',
    steps: [
      on('app').open('2021-03-01T09:00:00+08:00' /* Monday */, application(), {
        actor: clerk,
        expect: { deadlines: { reply: { dueAt: '2021-03-23T00:00:00+08:00' } } },
      }),
      requestReview('2021-03-01T10:00:00+08:00', [
        { state: handling('examining', { review: 'pending' }) },
        { case: 'app/review', state: 'reviewing.initialOpinion', status: 'open' },
      ]),
      on('app').send('2021-03-01T10:01:00+08:00', 'review.requested', REVIEW, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send('2021-03-01T10:02:00+08:00', 'coordination.requested', { subject: REVIEW.subject, agencies: [] }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send('2021-03-01T10:05:00+08:00', 'coordination.requested', { subject: REVIEW.subject, agencies: [FINANCE] }, clerk, [
        { state: handling('examining', { review: 'pending', agencies: 'pending' }) },
        { case: 'app/coordination', state: 'application.preparing' },
      ]),
      on('app').send('2021-03-01T11:00:00+08:00', 'reply.disclosed', provided, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send('2021-03-01T11:01:00+08:00', 'reply.refused', { reasons: '等待中' }, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      ...reviewChain('2021-03-02', { opinion: 'disclosable' }, [
        { case: 'app/review', state: 'disclosable', status: 'done' },
        { case: 'app', state: handling('examining', { review: 'done', agencies: 'pending' }) },
      ]),
      on('app').send('2021-03-02T10:00:00+08:00', 'reply.disclosed', provided, clerk, {
        rejected: 'EVENT_NOT_ALLOWED' /* the other agency has not answered */,
      }),
      on('app/coordination').send('2021-03-02T11:00:00+08:00', 'letter.sent', letter, releasing),
      on('app/coordination').send('2021-03-02T11:30:00+08:00', 'letter.received', { agency: FINANCE }, finance),
      on('app/coordination').send('2021-03-03T10:00:00+08:00', 'reply.given', { agency: FINANCE, opinion: 'agree' }, finance, [
        { case: 'app/coordination', status: 'done' },
        { case: 'app', state: handling('examining', { review: 'done', agencies: 'done' }) },
      ]),
      // 第十二条: another form than the one requested needs the reason, or the notice is incomplete.
      on('app').send('2021-03-03T11:00:00+08:00', 'reply.disclosed', { howToObtain: '电子邮件发送', form: 'electronic' }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send(
        '2021-03-03T11:05:00+08:00',
        'reply.disclosed',
        { howToObtain: '电子邮件发送至申请人邮箱', form: 'electronic', formReason: '原件为电子表格，无纸质版本' },
        clerk,
        {
          state: 'disclosed',
          status: 'done',
          notices: ['disclosure'],
          deadlines: { reply: { status: 'completed', outcome: 'met' } },
        },
      ),
    ],
  },
  {
    name: 'a review that withholds a part allows only a partial disclosure, which says what was withheld and why',
    steps: [
      on('app').open('2021-03-01T09:00:00+08:00', application(), { actor: clerk }),
      requestReview('2021-03-01T10:00:00+08:00'),
      ...reviewChain('2021-03-02', { opinion: 'partlyDisclosable', withheld: '附表二 涉密统计数据' }, [
        { case: 'app/review', state: 'partlyDisclosable' },
        { case: 'app', state: handling('examining', { review: 'done' }) },
      ]),
      on('app').send('2021-03-02T10:00:00+08:00', 'reply.disclosed', provided, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send('2021-03-02T10:05:00+08:00', 'reply.partlyDisclosed', { ...provided, withheld: '附表二' }, clerk, {
        rejected: 'INVALID_PAYLOAD',
      }),
      on('app').send(
        '2021-03-02T10:10:00+08:00',
        'reply.partlyDisclosed',
        { ...provided, withheld: '附表二 统计数据', reasons: '经保密审查属于国家秘密，已作区分处理' },
        clerk,
        { state: 'partlyDisclosed', status: 'done', notices: ['partialDisclosure'] },
      ),
    ],
  },
  {
    name: 'a review that finds the information not disclosable forbids any disclosure; the answer is a refusal with reasons',
    // The short cut of the review's parameter (its default routes the refusal through the 第四条 chain).
    parameters: { 'confidentiality-review': { initialRefusalEndsReview: true } },
    steps: [
      on('app').open('2021-03-01T09:00:00+08:00', application(), { actor: clerk }),
      requestReview('2021-03-01T10:00:00+08:00'),
      review.send(
        '2021-03-01T11:00:00+08:00',
        'initialOpinion.given',
        { opinion: 'notDisclosable', ground: 'privacy', reason: '含补助对象身份证号码和家庭住址' },
        dept,
        [
          { case: 'app/review', state: 'notDisclosable', status: 'done' },
          { case: 'app', state: handling('examining', { review: 'done' }) },
        ],
      ),
      on('app').send('2021-03-01T11:10:00+08:00', 'reply.disclosed', provided, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send('2021-03-01T11:11:00+08:00', 'reply.partlyDisclosed', { ...provided, withheld: '身份证号', reasons: '隐私' }, clerk, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('app').send('2021-03-01T11:12:00+08:00', 'reply.refused', { reasons: '' }, clerk, { rejected: 'INVALID_PAYLOAD' }),
      on('app').send('2021-03-01T11:15:00+08:00', 'reply.refused', { reasons: '经保密审查，申请公开的信息涉及个人隐私' }, clerk, {
        state: 'refused',
        status: 'done',
        notices: ['refusal'],
      }),
    ],
  },
  {
    name: 'a third party consulted while the review runs: the clock stops for the third party only, and disclosure in the public interest follows the review',
    steps: [
      on('app').open('2021-03-01T09:00:00+08:00', application(), { actor: clerk }),
      requestReview('2021-03-01T10:00:00+08:00'),
      on('app').send(
        '2021-03-05T16:00:00+08:00' /* Friday: 11 working days remain (03-08 … 03-22) */,
        'thirdParty.consulted',
        { party: '马某', information: '补助对象名单中马某的补助金额', interest: 'privacy' },
        clerk,
        {
          state: handling('examining', { review: 'pending', thirdParty: 'consulting' }),
          notices: ['thirdPartyConsultation'],
          deadlines: { reply: { status: 'paused' } },
        },
      ),
      ...reviewChain(
        '2021-03-08',
        { opinion: 'disclosable' },
        {
          case: 'app',
          state: handling('examining', { review: 'done', thirdParty: 'consulting' }),
          deadlines: { reply: { status: 'paused' } },
        },
      ),
      on('app').send(
        '2021-03-10T10:00:00+08:00' /* Wednesday: 11 working days from 03-11 end on 03-25 */,
        'thirdParty.replied',
        { party: '马某', consents: false, opinion: '不同意公开本人补助金额' },
        clerk,
        {
          state: handling('examining', { review: 'done', thirdParty: 'answered' }),
          deadlines: { reply: { status: 'running', dueAt: '2021-03-26T00:00:00+08:00', warnAt: '2021-03-23T00:00:00+08:00' } },
        },
      ),
      on('app').send('2021-03-10T11:00:00+08:00', 'reply.disclosed', provided, clerk, {
        rejected: 'EVENT_NOT_ALLOWED' /* 第三方不同意公开的，不得公开 */,
      }),
      on('app').send(
        '2021-03-11T09:00:00+08:00',
        'publicInterest.overrode',
        {
          party: '马某',
          content: '补助对象名单及补助金额',
          reasons: '危房改造补助属于公共资金，不公开可能对公共利益造成重大影响',
        },
        head,
        { state: handling('examining', { review: 'done', thirdParty: 'answered' }), notices: ['thirdPartyOverride'] },
      ),
      on('app').send('2021-03-11T10:00:00+08:00', 'reply.disclosed', provided, clerk, {
        state: 'disclosed',
        notices: ['disclosure'],
        deadlines: { reply: { outcome: 'met' } },
      }),
      // 第十三条: the postage is known once the paper copy is sent, after the answer closed the case.
      on('app').send('2021-03-12T15:00:00+08:00', 'fee.charged', { items: [{ item: 'postage', amountFen: 1200 }] }, clerk, {
        state: 'disclosed',
        status: 'done',
        notices: ['feeStatement'],
      }),
      on('app').send('2021-03-12T15:05:00+08:00', 'fee.charged', { items: [{ item: 'service', amountFen: 1200 }] }, clerk, {
        rejected: 'INVALID_PAYLOAD' /* nothing but retrieval, copying and postage, after the answer too */,
      }),
      on('app').send('2021-03-12T15:10:00+08:00', 'reply.refused', { reasons: '重复' }, clerk, { rejected: 'CASE_CLOSED' }),
    ],
  },
  {
    name: 'a third party’s standing objection still allows a partial disclosure that withholds what concerns it',
    steps: [
      on('app').open('2021-03-01T09:00:00+08:00', application(), { actor: clerk }),
      on('app').send(
        '2021-03-01T09:30:00+08:00',
        'thirdParty.consulted',
        { party: '某建筑公司', information: '施工合同单价', interest: 'tradeSecret' },
        clerk,
      ),
      on('app').send('2021-03-03T09:30:00+08:00', 'thirdParty.replied', { party: '某建筑公司', consents: false }, clerk),
      requestReview('2021-03-03T10:00:00+08:00'),
      ...reviewChain('2021-03-04', { opinion: 'disclosable' }),
      on('app').send('2021-03-04T10:00:00+08:00', 'reply.disclosed', provided, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send(
        '2021-03-04T10:05:00+08:00',
        'reply.partlyDisclosed',
        { ...provided, withheld: '施工合同单价', reasons: '涉及第三方商业秘密，第三方不同意公开' },
        clerk,
        { state: 'partlyDisclosed', notices: ['partialDisclosure'] },
      ),
      on('app').send(
        '2021-03-05T09:00:00+08:00',
        'fee.charged',
        {
          items: [
            { item: 'copying', amountFen: 300 },
            { item: 'postage', amountFen: 1200 },
          ],
        },
        clerk,
        { state: 'partlyDisclosed', status: 'done', notices: ['feeStatement'] },
      ),
    ],
  },
  {
    name: 'when the higher authority decides against release after another agency disagrees, the information is not disclosed',
    steps: [
      on('app').open('2021-03-01T09:00:00+08:00', application(), { actor: clerk }),
      requestReview('2021-03-01T09:30:00+08:00'),
      on('app').send('2021-03-01T10:00:00+08:00', 'coordination.requested', { subject: REVIEW.subject, agencies: [FINANCE] }, clerk),
      ...reviewChain('2021-03-02', { opinion: 'disclosable' }),
      on('app/coordination').send('2021-03-02T11:00:00+08:00', 'letter.sent', letter, releasing),
      on('app/coordination').send('2021-03-02T11:30:00+08:00', 'letter.received', { agency: FINANCE }, finance),
      on('app/coordination').send(
        '2021-03-03T10:00:00+08:00',
        'reply.given',
        { agency: FINANCE, opinion: 'disagree', reasons: '资金尚在审计中' },
        finance,
      ),
      on('app/coordination').send('2021-03-03T11:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing),
      on('app/coordination').send(
        '2021-03-04T10:00:00+08:00',
        'authority.decided',
        { authority: '西吉县人民政府办公室', release: false, reasons: '审计结束前暂不公开' },
        authority,
        [
          { case: 'app/coordination', status: 'done' },
          { case: 'app', state: handling('examining', { review: 'done', agencies: 'done' }) },
        ],
      ),
      on('app').send('2021-03-04T11:00:00+08:00', 'reply.disclosed', provided, clerk, { rejected: 'EVENT_NOT_ALLOWED' }),
      on('app').send('2021-03-04T11:01:00+08:00', 'reply.partlyDisclosed', { ...provided, withheld: '金额', reasons: '审计' }, clerk, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      on('app').send('2021-03-04T11:05:00+08:00', 'reply.refused', { reasons: '经上级机关协调，审计结束前暂不公开' }, clerk, {
        state: 'refused',
        notices: ['refusal'],
      }),
    ],
  },
  {
    name: '《西吉县政府政务信息发布协调制度》第八条: the consultation letter is due 5 working days from receipt of the application (收到申请之日起), not from the request to consult',
    steps: [
      on('app').open('2020-03-02T09:30:00+08:00' /* Monday */, application(), { actor: clerk }),
      // 5 working days after 03-02: 03-03 … 03-06, 03-09 → 03-09 24:00 (not 03-12 24:00, counted from 03-05).
      on('app').send('2020-03-05T10:00:00+08:00', 'coordination.requested', { subject: REVIEW.subject, agencies: [FINANCE] }, clerk, {
        case: 'app/coordination',
        state: 'application.preparing',
        deadlines: { sendApplication: { dueAt: '2020-03-10T00:00:00+08:00', warnAt: '2020-03-07T00:00:00+08:00', status: 'running' } },
      }),
      on('app/coordination').tick('2020-03-10T00:00:00+08:00', {
        fired: ['sendApplication:warning', 'sendApplication:due'],
        breaches: ['letterLateApplication'],
      }),
    ],
  },
  {
    name: '《西吉县政府政务信息发布协调制度》第八条: a consultation opened after the 5 working days from receipt is late at once',
    steps: [
      on('app').open('2020-03-02T09:30:00+08:00', application(), { actor: clerk }),
      on('app').send('2020-03-11T10:00:00+08:00', 'coordination.requested', { subject: REVIEW.subject, agencies: [FINANCE] }, clerk, {
        case: 'app/coordination',
        deadlines: { sendApplication: { dueAt: '2020-03-10T00:00:00+08:00', status: 'running' } },
      }),
      on('app/coordination').tick('2020-03-11T10:01:00+08:00', {
        fired: ['sendApplication:warning', 'sendApplication:due'],
        breaches: ['letterLateApplication'],
      }),
      on('app/coordination').send('2020-03-11T11:00:00+08:00', 'letter.sent', letter, releasing, {
        case: 'app/coordination',
        state: 'application.consulting',
        deadlines: { sendApplication: { status: 'completed', outcome: 'missed' } },
      }),
    ],
  },
  {
    name: '《西吉县政府政务信息发布协调制度》第七条, 第八条: each consulted agency has its own reply deadline, so one consultation writes to at most 10 agencies',
    steps: [
      on('app').open('2020-03-02T09:30:00+08:00', application(), { actor: clerk }),
      on('app').send(
        '2020-03-03T10:00:00+08:00',
        'coordination.requested',
        { subject: REVIEW.subject, agencies: Array.from({ length: 11 }, (_, i) => `西吉县第${i + 1}机关`) },
        clerk,
        { rejected: 'INVALID_PAYLOAD' /* the child's input refuses it; nothing is opened */ },
      ),
      on('app').send(
        '2020-03-03T10:05:00+08:00',
        'coordination.requested',
        { subject: REVIEW.subject, agencies: [FINANCE, '西吉县发展和改革局'] },
        clerk,
        [{ state: handling('examining', { agencies: 'pending' }) }, { case: 'app/coordination', state: 'application.preparing' }],
      ),
    ],
  },
  {
    name: 'answering ends a review still open: the child case is ended with its parent',
    parameters: { 'confidentiality-review': { initialRefusalEndsReview: true } },
    steps: [
      on('app').open('2021-03-01T09:00:00+08:00', application(), { actor: clerk }),
      requestReview('2021-03-01T09:30:00+08:00'),
      review.send(
        '2021-03-01T11:00:00+08:00',
        'initialOpinion.given',
        {
          opinion: 'notDisclosable',
          ground: 'privacy',
          reason: '个人隐私',
        },
        dept,
      ),
      on('app').send('2021-03-01T11:30:00+08:00', 'reply.nonexistent', { explanation: '申请的年度无此项目' }, clerk, [
        { state: 'nonexistent', status: 'done' },
        { case: 'app/review', status: 'done' },
      ]),
    ],
  },
];
