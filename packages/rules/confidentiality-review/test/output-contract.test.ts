import { parentModuleOf, runScenario, type ScenarioStep } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { confidentialityReview, reviewInput, reviewOpinionNotice } from '../src/index.js';

const office = { id: 'office', role: 'disclosureOffice' } as const;
const dept = { id: 'dept', role: 'originatingDepartment' } as const;
const head = { id: 'head', role: 'departmentHead' } as const;
const leader = { id: 'leader', role: 'leaderInCharge' } as const;
const bureau = { id: 'bureau', role: 'secrecyBureau' } as const;
const authority = { id: 'authority', role: 'classificationAuthority' } as const;
const coIssuer = { id: 'co', role: 'coIssuingDepartment' } as const;
const input = { subject: '某文件', originatingDepartment: '县教育局' };
const approve = { verdict: 'approve' } as const;

let minute = 0;
/** Steps one minute apart on 2019-10-08 (a working day after 国庆). */
const at = () => `2019-10-08T09:${String(minute++ % 60).padStart(2, '0')}:00+08:00`;
const send = (type: string, actor: { id: string; role: string }, payload: unknown): ScenarioStep => ({
  at: at(),
  send: { case: 'r', type, payload, actor },
});
const chain = (initial: unknown, ...rest: [typeof head | typeof leader | typeof office | typeof bureau, unknown][]): ScenarioStep[] => [
  send('initialOpinion.given', dept, initial),
  ...rest.map(([actor, payload]) =>
    send(
      `${{ departmentHead: 'headReview', leaderInCharge: 'leaderReview', disclosureOffice: 'officeReview', secrecyBureau: 'bureauApproval' }[actor.role]}.given`,
      actor,
      payload,
    ),
  ),
];
const fullApproval = (initial: unknown) => chain(initial, [head, approve], [leader, approve], [office, approve], [bureau, approve]);

/** Runs a review to its end and returns the output of its final state (what a parent receives). */
async function outputOf(data: Record<string, unknown>, steps: ScenarioStep[]): Promise<unknown> {
  minute = 0;
  const { engine, cases } = await runScenario({
    name: 'output',
    modules: [confidentialityReview],
    steps: [{ at: '2019-10-08T08:00:00+08:00', open: { as: 'r', module: 'confidentiality-review', input: data, actor: office } }, ...steps],
  });
  const closed = (await engine.history(cases.r!)).find((e) => e.kind === 'case.closed');
  return (closed?.data as { output?: unknown } | undefined)?.output;
}

describe('the final output other modules depend on', () => {
  it('is { decision: "disclosable" } after the five steps approve', async () => {
    expect(await outputOf(input, fullApproval({ opinion: 'disclosable' }))).toEqual({ decision: 'disclosable' });
  });

  it('names the withheld part when partly disclosable (第十一条)', async () => {
    expect(await outputOf(input, fullApproval({ opinion: 'partlyDisclosable', withheld: '附件二' }))).toEqual({
      decision: 'partlyDisclosable',
      withheld: '附件二',
    });
  });

  it('names the ground when a step refuses (第五条)', async () => {
    const steps = chain(
      { opinion: 'disclosable' },
      [head, approve],
      [leader, { verdict: 'refuse', ground: 'tradeSecret', reason: '含报价' }],
    );
    expect(await outputOf(input, steps)).toEqual({ decision: 'notDisclosable', ground: 'tradeSecret', reason: '含报价' });
  });

  it('gives ground classifiedStateSecret when the authority finds the whole secret (第八条)', async () => {
    const steps = [
      send('classification.referred', dept, { authority: '市保密局', question: '密级？' }),
      send('classification.determined', authority, { classified: true, level: '绝密' }),
    ];
    expect(await outputOf(input, steps)).toEqual({
      decision: 'notDisclosable',
      ground: 'classifiedStateSecret',
      reason: '经有权机关确定属于国家秘密，密级为绝密',
    });
  });

  it('gives ground noJointConsent when a co-issuing department refuses (第七条)', async () => {
    const steps = [
      send('jointConsent.recorded', coIssuer, { consents: false, department: '县财政局', letter: '财函1号', reason: '不同意' }),
    ];
    expect(await outputOf({ ...input, jointlyIssuedWith: ['县财政局'] }, steps)).toEqual({
      decision: 'notDisclosable',
      ground: 'noJointConsent',
      reason: '县财政局不同意公开（财函1号）：不同意',
    });
  });

  it('says declassified: true when a secret past its term was declassified first (第九条)', async () => {
    const steps = [
      ...fullApproval({ opinion: 'disclosable', pastSecrecyTerm: true }),
      send('declassification.completed', dept, { reference: '解密1号' }),
    ];
    expect(await outputOf({ ...input, marking: '秘密' }, steps)).toEqual({ decision: 'disclosable', declassified: true });
  });

  it('keeps the part withheld when a partly disclosable secret is declassified', async () => {
    const steps = [
      ...fullApproval({ opinion: 'partlyDisclosable', withheld: '表三', pastSecrecyTerm: true }),
      send('declassification.completed', dept, { reference: '解密2号' }),
    ];
    expect(await outputOf(input, steps)).toEqual({ decision: 'partlyDisclosable', withheld: '表三', declassified: true });
  });

  it('fits the schema a parent module may parse it with', async () => {
    const contract = z
      .object({
        decision: z.enum(['disclosable', 'partlyDisclosable', 'notDisclosable']),
        ground: z.string().optional(),
        withheld: z.string().optional(),
        declassified: z.boolean().optional(),
      })
      .strict();
    expect(contract.safeParse(await outputOf(input, fullApproval({ opinion: 'disclosable' }))).success).toBe(true);
  });
});

describe('the case input other modules open a review with', () => {
  it('accepts { subject, originatingDepartment, jointlyIssuedWith } and defaults jointlyIssuedWith to []', () => {
    expect(reviewInput.parse({ subject: 'a', originatingDepartment: 'b' })).toEqual({
      subject: 'a',
      originatingDepartment: 'b',
      jointlyIssuedWith: [],
    });
    expect(reviewInput.safeParse({ subject: 'a', originatingDepartment: 'b', jointlyIssuedWith: [''] }).success).toBe(false);
    expect(reviewInput.safeParse({ subject: '', originatingDepartment: 'b' }).success).toBe(false);
  });

  it('is opened as a child by a parent module, whose child.done carries the output', async () => {
    const parent = parentModuleOf('confidentiality-review', 'review');
    const clerk = { id: 'c', role: 'clerk' } as const;
    const { engine, cases } = await runScenario({
      name: 'parent',
      modules: [parent, confidentialityReview],
      parameters: { 'confidentiality-review': { initialRefusalEndsReview: true } },
      steps: [
        { at: '2019-10-08T08:00:00+08:00', open: { as: 'p', module: 'parent', input: {}, actor: clerk } },
        {
          at: '2019-10-08T08:10:00+08:00',
          send: {
            case: 'p',
            type: 'child.requested',
            payload: { input: { subject: '某文件', originatingDepartment: '县教育局', jointlyIssuedWith: [] } },
            actor: clerk,
          },
          expect: {
            case: 'p/review',
            state: 'reviewing.initialOpinion',
            deadlines: { opinion: { dueAt: '2019-10-22T00:00:00+08:00' /* 2019-10-12 调休 Saturday counted */ } },
          },
        },
        {
          at: '2019-10-08T09:00:00+08:00',
          send: {
            case: 'p/review',
            type: 'initialOpinion.given',
            payload: { opinion: 'notDisclosable', ground: 'privacy', reason: '含个人信息' },
            actor: dept,
          },
          expect: [{ case: 'p', state: 'done', status: 'done' }],
        },
      ],
    });
    const closed = (await engine.history(cases.p!)).find((e) => e.kind === 'case.closed');
    expect((closed?.data as { output: unknown }).output).toEqual({ decision: 'notDisclosable', ground: 'privacy', reason: '含个人信息' });
  });
});

describe('the written opinion (第四条)', () => {
  it('carries the ground, its citation and the reason when not disclosable, so the office can explain it (第十二条)', async () => {
    minute = 0;
    const { engine, cases } = await runScenario({
      name: 'opinion',
      modules: [confidentialityReview],
      parameters: { 'confidentiality-review': { initialRefusalEndsReview: true } },
      steps: [
        { at: '2019-10-08T08:00:00+08:00', open: { as: 'r', module: 'confidentiality-review', input, actor: office } },
        send('initialOpinion.given', dept, { opinion: 'notDisclosable', ground: 'endangersSecurity', reason: '影响社会稳定' }),
      ],
    });
    const [notice] = (await engine.getCase(cases.r!)).case.notices;
    expect(notice).toMatchObject({
      name: 'reviewOpinion',
      recipient: 'originatingDepartment',
      citation: '《西吉县政务公开保密审查制度》第四条（条号据顺序推定）',
      data: {
        subject: '某文件',
        decision: 'notDisclosable',
        ground: 'endangersSecurity',
        citation: '《西吉县政务公开保密审查制度》第五条（条号据顺序推定）第（三）项',
        reason: '影响社会稳定',
      },
    });
  });

  it('requires the withheld part for a partial decision and a ground for a refusal', () => {
    expect(reviewOpinionNotice.safeParse({ subject: 'a', decision: 'partlyDisclosable', declassificationRequired: false }).success).toBe(
      false,
    );
    expect(reviewOpinionNotice.safeParse({ subject: 'a', decision: 'notDisclosable', reason: 'x', citation: 'y' }).success).toBe(false);
    expect(reviewOpinionNotice.safeParse({ subject: 'a', decision: 'disclosable', declassificationRequired: true }).success).toBe(true);
  });
});
