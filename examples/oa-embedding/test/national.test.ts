// Applications under 《中华人民共和国政府信息公开条例》（国务院令第711号）, registered today: the
// service's clock reads 2026-12-02 09:30 Beijing time, and no case is opened with occurredAt.
// Each row: events and times in; states, deadlines and notices out. Due dates are computed with
// the calendar package in the tests below and counted by hand in the comments.
import { china, createCalendar } from '@zwgk/calendar';
import { SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../src/case-rows.js';
import { demoApplications } from '../src/demo-xiji.js';
import type { NationalDecision } from '../src/national-decisions.js';
import type { NationalApplicationForm } from '../src/national-form.js';
import { nationalContext } from '../src/national-rows.js';
import { OaService } from '../src/oa-service.js';
import { presetInForceOn } from '../src/presets.js';
import type { TodoItem } from '../src/todo.js';
import { inPerson, rejection } from './fixtures.js';
import { useTempStore } from './temp-store.js';

const newStoreFile = useTempStore();
const TODAY = '2026-12-02T09:30:00+08:00';
const LAW = '《中华人民共和国政府信息公开条例》';
const clerk = { id: 'clerk-wang', name: '王经办', position: 'clerk' } as const;
const head = { id: 'head-li', name: '李主任', position: 'officeHead' } as const;

function service(options: { todos?: TodoItem[] } = {}) {
  const clock = new SimulatedClock(TODAY);
  const oa = new OaService({ storeFile: newStoreFile(), clock, ...(options.todos ? { onTodo: (t) => void options.todos!.push(t) } : {}) });
  return { clock, oa };
}

/** One step of a row: at a Beijing time, a decision on the case (by the clerk unless the head), or a scheduler tick. */
type Step = { at: string } & ({ decide: NationalDecision; by?: 'head' } | { tick: true });

interface Row {
  readonly name: string;
  readonly form?: NationalApplicationForm;
  readonly steps: readonly Step[];
  /** The case's row after the steps. */
  readonly row: Partial<CaseRow>;
  /** The notices of the last decision, by label. */
  readonly notices?: readonly string[];
}

const at = (beijing: string) => `${beijing.replace(' ', 'T')}:00+08:00`;

const rows: readonly Row[] = [
  {
    // 第三十三条第二款: 20 working days from receipt, the day of receipt not counted (《民法典》第二百零一条):
    // 12-03, 12-04 (2); 12-07…11 (7); 12-14…18 (12); 12-21…25 (17); 12-28, 12-29, 12-30 (20). Wednesday
    // 2026-12-30 is the last day; the period ends at its 24:00. No holiday falls in December 2026.
    name: 'an application handed in today: 20 working days, due Wednesday 2026-12-30',
    steps: [],
    row: {
      preset: 'national-2019',
      receivedAt: '2026-12-02 09:30',
      state: '办理中',
      deadline: '答复期限',
      deadlineCitation: `${LAW}第三十三条`,
      dueAt: '2026-12-31T00:00:00+08:00',
      due: '2026-12-30（周三）24:00',
      workingDaysLeft: 20,
      provisional: false,
      warning: false,
      overdue: false,
    },
  },
  {
    // 第三十一条第二项: a registered letter counts from the day the office signed for it (Tuesday 12-01),
    // though it is entered today: 12-02 (1), 12-03, 12-04 (3), 12-07…11 (8), 12-14…18 (13), 12-21…25 (18), 12-28, 12-29 (20).
    name: 'a registered letter signed for yesterday, entered today: counted from the signature',
    form: {
      ...inPerson,
      channel: 'registeredPost',
      submittedAt: '2026-11-28T10:00:00+08:00',
      receivedAt: '2026-12-01T15:00:00+08:00',
    },
    steps: [],
    row: { receivedAt: '2026-12-01 15:00', due: '2026-12-29（周二）24:00', workingDaysLeft: 19 },
  },
  {
    // 第三十条: asked on Friday 12-04 (within 7 working days); 15 working days to correct (the
    // module's parameter correctionWorkingDays): 12-07…11 (5), 12-14…18 (10), 12-21…25 (15). The reply period
    // is cancelled meanwhile and counts afresh from the corrected application.
    name: '补正: the row shows the applicant’s correction period while the reply period is cancelled',
    steps: [
      {
        at: '2026-12-04 10:00',
        decide: { kind: 'askToCorrect', toCorrect: '请写明批复的文号或项目名称', guidance: '可查阅门户网站的项目公示' },
      },
    ],
    row: {
      state: `办理中（待申请人补正，${LAW}第三十条）`,
      deadline: '补正期限',
      deadlineCitation: `${LAW}第三十条`,
      due: '2026-12-25（周五）24:00',
    },
    notices: ['补正告知书'],
  },
  {
    // Corrected on Wednesday 12-09: 20 working days afresh from that day (第三十条): 12-10, 12-11 (2),
    // 12-14…18 (7), 12-21…25 (12), 12-28…31 (16); 2027-01-01 (Friday) is 元旦, a statutory holiday;
    // 01-04…07 (20). 2027's schedule is not announced yet: counted by its statutory holidays, 暂定.
    name: '补正 restart: the reply period counts afresh from the corrected application, into 2027 (暂定)',
    steps: [
      {
        at: '2026-12-04 10:00',
        decide: { kind: 'askToCorrect', toCorrect: '请写明批复的文号或项目名称', guidance: '可查阅门户网站的项目公示' },
      },
      { at: '2026-12-09 10:00', decide: { kind: 'corrected', description: '西吉县城区更新项目（一期）用地批复' } },
    ],
    row: { state: '办理中', deadline: '答复期限', due: '2027-01-07（周四）24:00（暂定）', provisional: true },
    notices: [],
  },
  {
    // 第三十三条第二款: the head of the disclosure office extends once, 20 working days after 12-30:
    // 12-31 (1), 2027-01-01 元旦, 01-04…08 (6), 01-11…15 (11), 01-18…22 (16), 01-25…28 (20).
    name: 'an extension approved by the head: 20 more working days after 12-30',
    steps: [{ at: '2026-12-21 10:00', decide: { kind: 'extend', reason: '涉及多个部门的批复文件，需逐件核对' }, by: 'head' }],
    row: { state: '办理中', due: '2027-01-28（周四）24:00（暂定）', provisional: true },
    notices: ['延长答复期限告知书'],
  },
  {
    // 第三十二条, 第三十三条第三款: the clock stops on Monday 12-07 with the working days after that day
    // left: 12-08…11 (4), 12-14…18 (9), 12-21…25 (14), 12-28…30 (17).
    name: 'a third party consulted: the reply clock stops with 17 working days left',
    steps: [
      {
        at: '2026-12-07 10:00',
        decide: {
          kind: 'consultThirdParties',
          parties: [{ party: '某房地产开发有限公司', information: '用地批复附件', concern: '商业秘密' }],
        },
      },
    ],
    row: { state: `办理中（征求第三方意见中，${LAW}第三十二条）`, dueAt: null, due: '期限中止，剩余 17 个工作日' },
  },
  {
    // The third party consents on Thursday 12-10: the 17 days run again after that day: 12-11 (1),
    // 12-14…18 (6), 12-21…25 (11), 12-28…31 (15), 元旦, 2027-01-04 (16), 01-05 (17).
    name: 'the third party’s opinion ends the consultation and the clock runs again',
    steps: [
      {
        at: '2026-12-07 10:00',
        decide: {
          kind: 'consultThirdParties',
          parties: [{ party: '某房地产开发有限公司', information: '用地批复附件', concern: '商业秘密' }],
        },
      },
      { at: '2026-12-10 10:00', decide: { kind: 'recordOpinion', consultation: 'consultation-1', consents: true } },
    ],
    row: { state: '办理中', due: '2027-01-05（周二）24:00（暂定）' },
  },
  {
    // 国办函〔2020〕109号第五条, 150 pages: 1–30 free, 31–100 at 10 元 (700), 101–150 at 20 元 (1000):
    // 1700 元, computed. 第六条: 20 working days to pay from the day after the notice (Friday 12-04):
    // 12-07…11 (5), 12-14…18 (10), 12-21…25 (15), 12-28…31 (19), 元旦, 2027-01-04 (20). The reply clock stops.
    name: 'a fee notice: the amount computed, the reply clock stopped until payment',
    steps: [
      {
        at: '2026-12-04 10:00',
        decide: { kind: 'notifyFee', basis: 'perVolume', pages: 150, reason: '同一申请人本月第15件申请', paymentMethod: '非税收入缴款码' },
      },
    ],
    row: {
      state: '办理中（待缴纳信息处理费，《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第六条）',
      deadline: '缴纳信息处理费期限',
      due: '2027-01-04（周一）24:00（暂定）',
    },
    notices: ['信息处理费收费通知'],
  },
  {
    // Paused on 12-04 with 18 working days after it (12-07…30); paid on Thursday 12-10, counted again
    // after that day: 12-11 (1), 12-14…18 (6), 12-21…25 (11), 12-28…31 (15), 元旦, 2027-01-04…06 (18).
    name: 'the fee paid: the reply clock runs again with the days it had left',
    steps: [
      {
        at: '2026-12-04 10:00',
        decide: { kind: 'notifyFee', basis: 'perVolume', pages: 150, reason: '同一申请人本月第15件申请', paymentMethod: '非税收入缴款码' },
      },
      { at: '2026-12-10 10:00', decide: { kind: 'feePaid', receipt: '缴款书 6404-2026-000123' } },
    ],
    row: { state: '办理中', deadline: '答复期限', due: '2027-01-06（周三）24:00（暂定）' },
  },
  {
    // The warning comes 3 working days before the last day (12-30): at the end of Friday 12-25. On
    // Saturday 12-26, 12-28, 12-29 and 12-30 are left.
    name: 'the scheduler’s warning, 3 working days before the last day',
    steps: [{ at: '2026-12-26 00:00', tick: true }],
    row: { warning: true, overdue: false, workingDaysLeft: 3 },
  },
  {
    name: 'not answered by 12-30 24:00: overdue, and the breach of 第三十三条 recorded',
    steps: [
      { at: '2026-12-26 00:00', tick: true },
      { at: '2026-12-31 00:00', tick: true },
    ],
    row: { warning: false, overdue: true, workingDaysLeft: null, breaches: [`逾期未答复（${LAW}第三十三条）`] },
  },
];

describe('an OA registering applications today under 国务院令第711号', () => {
  it('opens the case now, without occurredAt, under national-2019; the due date is the calendar’s', async () => {
    const { oa } = service();
    const row = await oa.receiveApplication(inPerson, clerk);
    const { case: record } = await oa.engine.getCase(row.caseId);
    expect(record).toMatchObject({ moduleId: 'national-disclosure-request', id: 'YSQ-2026-0001' });
    expect(Date.parse(record.openedAt)).toBe(Date.parse(TODAY));
    expect(china.workingDayDeadline(TODAY, 20)).toMatchObject({ dueDate: '2026-12-30', dueAt: row.dueAt });
    expect(row.dueExplanation).toBe('自2026-12-02次日起算20个工作日，跳过周末8天，截止2026-12-30 24:00');
    await oa.close();
  });

  it.each(rows)('$name', async ({ form, steps, row, notices }) => {
    const todos: TodoItem[] = [];
    const { clock, oa } = service({ todos });
    const { caseId } = await oa.receiveApplication(form ?? inPerson, clerk);
    let last: readonly { label: string }[] = [];
    for (const step of steps) {
      clock.set(at(step.at));
      if ('tick' in step) await oa.runScheduler();
      else last = (await oa.recordDecision(caseId, step.decide, step.by === 'head' ? head : clerk)).notices;
    }
    expect(await oa.caseRow(caseId)).toMatchObject(row);
    if (notices) expect(last.map((n) => n.label)).toEqual(notices);
    await oa.close();
  });

  it('agrees with the calendar on the dates counted by hand above', () => {
    const provisional = createCalendar({ base: china, provisional: true });
    expect(china.workingDayDeadline('2026-12-01T15:00:00+08:00', 20).dueDate).toBe('2026-12-29');
    expect(china.workingDayDeadline('2026-12-04T10:00:00+08:00', 15).dueDate).toBe('2026-12-25');
    expect(provisional.workingDayDeadline('2026-12-09T10:00:00+08:00', 20)).toMatchObject({ dueDate: '2027-01-07', provisional: true });
    expect(provisional.workingDayDeadline(TODAY, 40).dueDate).toBe('2027-01-28');
    expect(provisional.workingDayDeadline('2026-12-10T10:00:00+08:00', 17).dueDate).toBe('2027-01-05');
    expect(provisional.workingDayDeadline('2026-12-04T10:00:00+08:00', 20).dueDate).toBe('2027-01-04');
    expect(provisional.workingDayDeadline('2026-12-10T10:00:00+08:00', 18).dueDate).toBe('2027-01-06');
    expect(provisional.dayInfo('2027-01-01')).toMatchObject({ kind: 'holiday' });
  });

  it.each([
    // By post on Monday 12-07, signed for on Wednesday 12-09: the 15 working days run after that day,
    // 12-10, 12-11 (2), 12-14…18 (7), 12-21…25 (12), 12-28…30 (15) → due 2026-12-30 24:00.
    [
      'post',
      [{ kind: 'recordReceipt', consultation: 'consultation-1', receivedAt: '2026-12-09T15:00:00+08:00' }],
      '2026-12-31T00:00:00+08:00',
    ],
    // Handed over in person on 12-07: received that day; 12-08…11 (4), 12-14…18 (9), 12-21…25 (14), 12-28 (15).
    ['inPerson', [], '2026-12-29T00:00:00+08:00'],
  ] as const)(
    'a letter delivered %s: the third party’s 15 working days run from its receipt (第三十二条)',
    async (delivery, after, dueAt) => {
      const { clock, oa } = service();
      const { caseId } = await oa.receiveApplication(inPerson, clerk);
      clock.set(at('2026-12-07 10:00'));
      await oa.recordDecision(
        caseId,
        {
          kind: 'consultThirdParties',
          parties: [{ party: '某房地产开发有限公司', information: '用地批复附件', concern: '商业秘密', delivery }],
        },
        clerk,
      );
      clock.set(at('2026-12-10 09:00'));
      for (const decision of after) await oa.recordDecision(caseId, decision, clerk);
      const child = (await oa.engine.listCases({ parentId: caseId }))[0]!;
      const opinion = (await oa.engine.getCase(child.id)).deadlines.find((d) => d.name === 'thirdPartyOpinion');
      expect(opinion).toMatchObject({ status: 'running', dueAt });
      expect(dueAt).toBe(
        china.workingDayDeadline(delivery === 'post' ? '2026-12-09T15:00:00+08:00' : '2026-12-07T10:00:00+08:00', 15).dueAt,
      );
      await oa.close();
    },
  );

  it('computes the fee (109号第五条) and states it in the notice', async () => {
    const { clock, oa } = service();
    const { caseId } = await oa.receiveApplication(inPerson, clerk);
    clock.set(at('2026-12-04 10:00'));
    await oa.recordDecision(
      caseId,
      { kind: 'notifyFee', basis: 'perVolume', pages: 150, reason: '同一申请人本月第15件申请', paymentMethod: '非税收入缴款码' },
      clerk,
    );
    const notice = (await oa.engine.getCase(caseId)).case.notices.find((n) => n.name === 'feeNotice');
    expect(notice?.data).toMatchObject({ amountYuan: 1700, payWithinWorkingDays: 20 });
    await oa.close();
  });
});

/** Every answer the API offers, with what it needs first, the state the list shows and the annual report's row. */
const answers: readonly {
  answer: NationalDecision & { kind: 'answer' };
  before?: readonly NationalDecision[];
  state: string;
  reportRow: string;
}[] = [
  {
    answer: { kind: 'answer', answer: { kind: 'alreadyPublic', howToObtain: '门户网站“法定主动公开内容”栏目' } },
    state: `已答复：予以公开：已主动公开，告知获取方式（${LAW}第三十六条第一项）`,
    reportRow: '予以公开',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'disclosed', howToObtain: '电子邮件发送' } },
    state: `已答复：予以公开（${LAW}第三十六条第二项）`,
    reportRow: '予以公开',
  },
  {
    answer: {
      kind: 'answer',
      answer: {
        kind: 'partlyDisclosed',
        howToObtain: '电子邮件发送',
        withheld: '附件二',
        ground: 'processInformation',
        reasons: '属于过程性信息',
      },
    },
    state: `已答复：部分公开（${LAW}第三十七条）`,
    reportRow: '部分公开',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'refused', ground: 'stateSecret', reasons: '经依法定密为国家秘密' } },
    state: `已答复：不予公开（${LAW}第三十六条第三项）`,
    reportRow: '不予公开.stateSecret',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'nonexistent', explanation: '经检索未制作该批复' } },
    state: `已答复：政府信息不存在（${LAW}第三十六条第四项）`,
    reportRow: '无法提供.notHeld',
  },
  {
    answer: {
      kind: 'answer',
      answer: {
        kind: 'notThisAgency',
        reasons: '由自治区自然资源厅作出',
        responsibleAgency: { name: '宁夏回族自治区自然资源厅', contact: '0951-0000000' },
      },
    },
    state: `已答复：不属于本机关负责公开（${LAW}第三十六条第五项）`,
    reportRow: '无法提供.notHeld',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'repeated', earlierAnswer: 'YSQ-2026-0007号答复' } },
    state: `已答复：重复申请，不予重复处理（${LAW}第三十六条第六项）`,
    reportRow: '不予处理.repeated',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'specialProcedure', law: '《不动产登记暂行条例》第二十七条' } },
    state: `已答复：依照有关法律、行政法规的规定办理（${LAW}第三十六条第七项）`,
    reportRow: '其他处理.other',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'needsProcessing', explanation: '需对多年数据汇总分析' } },
    state: `已答复：需要加工、分析，不予提供（${LAW}第三十八条）`,
    reportRow: '无法提供.needsCreation',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'confirmation', explanation: '要求确认已获取文件的真实性' } },
    state: `已答复：要求确认或重新出具已获取信息，不予处理（${LAW}第三十八条）`,
    reportRow: '不予处理.confirmation',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'petition', channel: '县信访局' } },
    state: `已答复：以申请形式信访、投诉、举报，不作为政府信息公开申请处理（${LAW}第三十九条第一款）`,
    reportRow: '不予处理.petition',
  },
  {
    answer: { kind: 'answer', answer: { kind: 'publication', howToObtain: '县图书馆' } },
    state: `已答复：要求提供公开出版物，告知获取途径（${LAW}第三十九条第二款）`,
    reportRow: '不予处理.publication',
  },
  {
    before: [
      { kind: 'askToCorrect', toCorrect: '请写明文件名称', guidance: '参见文件目录' },
      { kind: 'corrected', description: '有关文件' },
    ],
    answer: { kind: 'answer', answer: { kind: 'stillUnclear', explanation: '补正后仍无法确定所指文件' } },
    state: `已答复：补正后申请内容仍不明确（${LAW}第三十条）`,
    reportRow: '无法提供.stillUnclear',
  },
  {
    before: [
      { kind: 'requestReasons', applicationsCounted: 40, period: '2026年11月', question: '请说明申请理由' },
      { kind: 'reasonsGiven', reasons: '个人兴趣' },
    ],
    answer: { kind: 'answer', answer: { kind: 'unreasonableVolume', explanation: '未说明理由' } },
    state: `已答复：申请数量、频次明显超过合理范围且理由不合理，不予处理（${LAW}第三十五条）`,
    reportRow: '不予处理.unreasonableVolume',
  },
];

describe('every answer the OA offers (第三十六条–第三十九条, 第三十条, 第三十五条)', () => {
  it.each(answers)('$answer.answer.kind → $state', async ({ answer, before, state, reportRow }) => {
    const { oa } = service();
    const { caseId } = await oa.receiveApplication(inPerson, clerk);
    for (const decision of before ?? []) await oa.recordDecision(caseId, decision, clerk);
    const result = await oa.recordDecision(caseId, answer, clerk);
    expect(result).toMatchObject({ state, notices: [{ name: 'answer', label: '政府信息公开申请答复书', citation: `${LAW}第三十六条` }] });
    expect(await oa.caseRow(caseId)).toMatchObject({ state, closed: true, due: '按期答复（2026-12-02 09:30）', overdue: false });
    expect(nationalContext((await oa.engine.getCase(caseId)).case.snapshot)?.reportRow).toBe(reportRow);
    await oa.close();
  });
});

/** Bad input: a typed error, and the store as it was. */
const badInput: readonly { name: string; act: (oa: OaService, caseId: string) => Promise<unknown>; code: string }[] = [
  {
    name: 'an unknown answer kind',
    act: (oa, id) => oa.recordDecision(id, { kind: 'answer', answer: { kind: 'maybeLater', explanation: '…' } as never }, clerk),
    code: 'INVALID_PAYLOAD',
  },
  {
    name: 'a refusal on a ground outside 第十四条–第十六条',
    act: (oa, id) =>
      oa.recordDecision(id, { kind: 'answer', answer: { kind: 'refused', ground: 'tooSensitive' as never, reasons: '敏感' } }, clerk),
    code: 'INVALID_PAYLOAD',
  },
  { name: 'an unknown decision', act: (oa, id) => oa.recordDecision(id, { kind: 'approve' } as never, clerk), code: 'INVALID_ARGUMENT' },
  {
    name: 'a receipt dated before the application was submitted (第三十一条)',
    act: (oa) =>
      oa.receiveApplication(
        { ...inPerson, channel: 'online', submittedAt: '2026-12-02T09:00:00+08:00', receivedAt: '2026-12-01T09:00:00+08:00' },
        clerk,
      ),
    code: 'INVALID_PAYLOAD',
  },
  {
    name: 'a receipt later than now',
    act: (oa) => oa.receiveApplication({ ...inPerson, channel: 'registeredPost', receivedAt: '2026-12-03T09:00:00+08:00' }, clerk),
    code: 'INVALID_ARGUMENT',
  },
  {
    name: 'an application without identity papers (第二十九条)',
    act: (oa) => oa.receiveApplication({ ...inPerson, identityDocument: ' ' }, clerk),
    code: 'INVALID_PAYLOAD',
  },
  {
    name: 'the Xiji form today (西政办发〔2018〕47号 is no longer in force)',
    act: (oa) => oa.receiveApplication(demoApplications.housing, clerk),
    code: 'INVALID_ARGUMENT',
  },
  {
    name: 'a fee amount typed in (it is computed)',
    act: (oa, id) =>
      oa.recordDecision(
        id,
        { kind: 'notifyFee', basis: 'perVolume', pages: 150, reason: '本月第15件', paymentMethod: '缴款码', amountYuan: 1500 } as never,
        clerk,
      ),
    code: 'INVALID_PAYLOAD',
  },
  {
    name: 'a fee within the free threshold (109号第五条第一项: 30 pages)',
    act: (oa, id) =>
      oa.recordDecision(id, { kind: 'notifyFee', basis: 'perVolume', pages: 30, reason: '本月第15件', paymentMethod: '缴款码' }, clerk),
    code: 'INVALID_PAYLOAD',
  },
  {
    name: 'an extension by a clerk (第三十三条: the head approves)',
    act: (oa, id) => oa.recordDecision(id, { kind: 'extend', reason: '材料多' }, clerk),
    code: 'ROLE_NOT_ALLOWED',
  },
  {
    name: 'an opinion for a consultation the case does not have',
    act: (oa, id) => oa.recordDecision(id, { kind: 'recordOpinion', consultation: 'consultation-9', consents: true }, clerk),
    code: 'INVALID_ARGUMENT',
  },
  {
    name: '“still unclear” without a correction (第三十条)',
    act: (oa, id) => oa.recordDecision(id, { kind: 'answer', answer: { kind: 'stillUnclear', explanation: '不明确' } }, clerk),
    code: 'EVENT_NOT_ALLOWED',
  },
];

/** What a case is, apart from its audit chain: state, version, snapshot, notices, breaches, children and deadlines. */
async function caseState(oa: OaService, caseId: string) {
  const { case: c, deadlines } = await oa.engine.getCase(caseId);
  return {
    state: c.state,
    version: c.version,
    snapshot: c.snapshot,
    notices: c.notices,
    breaches: c.breaches,
    children: c.children,
    deadlines,
  };
}

describe('bad input gets a typed error and changes nothing', () => {
  it.each(badInput)('$name → $code', async ({ act, code }) => {
    const { oa } = service();
    const { caseId } = await oa.receiveApplication(inPerson, clerk);
    const listBefore = await oa.caseList();
    const caseBefore = await caseState(oa, caseId);
    const historyBefore = await oa.engine.history(caseId);
    expect((await rejection(act(oa, caseId))).code).toBe(code);
    expect(await oa.caseList()).toEqual(listBefore);
    expect(await caseState(oa, caseId)).toEqual(caseBefore);
    // The engine audits a refused event on its case (event.rejected) and nothing else.
    expect((await oa.engine.history(caseId)).filter((e) => e.kind !== 'event.rejected')).toEqual(historyBefore);
    await oa.close();
  });
});

describe('the regulation in force on the day of receipt', () => {
  it.each([
    ['2018-04-01T09:00:00+08:00', 'xiji-2018-47'],
    ['2020-09-29T09:00:00+08:00', 'xiji-2018-47'],
    ['2022-04-30T23:59:00+08:00', 'xiji-2018-47'],
    ['2022-05-01T00:00:00+08:00', 'national-2019'],
    [TODAY, 'national-2019'],
  ])('%s → %s', (instant, id) => {
    expect(presetInForceOn(Date.parse(instant)).id).toBe(id);
  });

  it('refuses a date before both (NOT_IN_FORCE)', () => {
    expect(() => presetInForceOn(Date.parse('2018-03-31T12:00:00+08:00'))).toThrow(expect.objectContaining({ code: 'NOT_IN_FORCE' }));
  });

  it('registers under a named preset, which the engine refuses out of its term and registers nothing', async () => {
    const oa = new OaService({ storeFile: newStoreFile(), clock: new SimulatedClock(TODAY), preset: 'xiji-2018-47' });
    expect((await rejection(oa.receiveApplication(demoApplications.housing, clerk))).code).toBe('NOT_IN_FORCE');
    expect(await oa.caseList()).toEqual([]);
    await oa.close();
  });
});
