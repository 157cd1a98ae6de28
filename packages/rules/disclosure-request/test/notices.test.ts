import { describe, expect, it } from 'vitest';
import { applicationSchema, disclosureRequest, events, notices } from '../src/index.js';
import { application, citizen, organisation } from './fixtures.js';

describe('notices carry the content their clause requires', () => {
  const provided = { howToObtain: '邮寄', form: 'paper', requestedForm: 'paper' } as const;

  it('a disclosure in another form than requested must say why (第十二条)', () => {
    expect(notices.disclosure.schema.safeParse(provided).success).toBe(true);
    const other = notices.disclosure.schema.safeParse({ ...provided, form: 'inspection' });
    expect(other.success).toBe(false);
    expect(other.error?.issues[0]?.path).toEqual(['formReason']);
    expect(notices.disclosure.schema.safeParse({ ...provided, form: 'inspection', formReason: '档案不得外借，安排查阅' }).success).toBe(
      true,
    );
  });

  it('a partial disclosure says what was withheld and why (第九条)', () => {
    expect(notices.partialDisclosure.schema.safeParse(provided).success).toBe(false);
    expect(notices.partialDisclosure.schema.safeParse({ ...provided, withheld: '附表二' }).success).toBe(false);
    expect(notices.partialDisclosure.schema.safeParse({ ...provided, withheld: '附表二', reasons: '国家秘密' }).success).toBe(true);
  });

  it('a referral names the holder and its contact; a refusal gives reasons; a nonexistence notice explains', () => {
    expect(notices.referral.schema.safeParse({ holder: '县民政局' }).success).toBe(false);
    expect(notices.referral.schema.safeParse({ holder: '县民政局', holderContact: '0954-3012222' }).success).toBe(true);
    expect(notices.refusal.schema.safeParse({ reasons: '  ' }).success).toBe(false);
    expect(notices.nonexistence.schema.safeParse({}).success).toBe(false);
    // 条例2019第三十条: what to correct and by when.
    expect(notices.correctionRequest.schema.safeParse({ toCorrect: '请写明年度' }).success).toBe(false);
    expect(notices.correctionRequest.schema.safeParse({ toCorrect: '请写明年度', dueAt: '2019-10-31T00:00:00+08:00' }).success).toBe(true);
  });

  it('an extension notice states the new due date, or the days left while the clock is stopped (第八条)', () => {
    const extension = notices.extension.schema;
    expect(extension.safeParse({ reason: '档案', days: 15, dueAt: null, remaining: null }).success).toBe(false);
    expect(extension.safeParse({ reason: '档案', days: 15, dueAt: '2021-03-09T00:00:00+08:00', remaining: null }).success).toBe(true);
    expect(extension.safeParse({ reason: '档案', days: 15, dueAt: null, remaining: 26 }).success).toBe(true);
  });

  it('the written notice to an overridden third party states the content and the reasons (第十条)', () => {
    expect(notices.thirdPartyOverride.schema.safeParse({ party: '张某', content: '名单' }).success).toBe(false);
    expect(notices.thirdPartyOverride.schema.safeParse({ party: '张某', content: '名单', reasons: '公共利益' }).success).toBe(true);
  });

  it('every notice cites a clause of the table and goes to the applicant or the third party', () => {
    for (const [name, notice] of Object.entries(disclosureRequest.notices ?? {})) {
      expect(Object.keys(disclosureRequest.clauses), name).toContain(notice.clause);
      expect(['applicant', 'thirdParty'], name).toContain(notice.recipient);
    }
  });
});

describe('fees (第十三条)', () => {
  const fee = events['fee.charged'].schema;
  it('accepts only retrieval, copying and postage, in whole fen', () => {
    expect(
      fee.safeParse({
        items: [
          { item: 'retrieval', amountFen: 100 },
          { item: 'copying', amountFen: 20 },
          { item: 'postage', amountFen: 800 },
        ],
      }).success,
    ).toBe(true);
    for (const item of ['consulting', 'service', 'express', ''])
      expect(fee.safeParse({ items: [{ item, amountFen: 100 }] }).success, item).toBe(false);
    expect(fee.safeParse({ items: [{ item: 'copying', amountFen: -1 }] }).success).toBe(false);
  });
});

describe('the application (第五条, 第六条, 第七条)', () => {
  it('needs name, contact, description and form', () => {
    expect(applicationSchema.safeParse(application()).success).toBe(true);
    const { form: _form, ...noForm } = application().request as { form: string };
    expect(applicationSchema.safeParse(application({ request: noForm })).success).toBe(false);
    expect(applicationSchema.safeParse(application({ applicant: { ...citizen, name: '' } })).success).toBe(false);
  });

  it('normalises identity numbers and credit codes when it registers them', () => {
    const parsed = applicationSchema.parse(application({ applicant: { ...organisation, creditCode: ' 91640422ma76xj2k3m ' } }));
    expect(parsed.applicant).toMatchObject({ creditCode: '91640422MA76XJ2K3M' });
  });

  it('an oral application needs the office’s record, naming the path', () => {
    const oral = applicationSchema.safeParse(application({ channel: 'oral' }));
    expect(oral.error?.issues[0]?.path).toEqual(['oralRecord']);
    expect(
      applicationSchema.safeParse(application({ channel: 'oral', oralRecord: { filledInBy: '马丽', applicantCircumstances: '不识字' } }))
        .success,
    ).toBe(true);
  });

  it('does not change the input it parses', () => {
    const input = application({ applicant: { ...citizen, identity: { document: 'residentIdCard', number: '11010519491231002x' } } });
    const before = JSON.stringify(input);
    applicationSchema.parse(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
