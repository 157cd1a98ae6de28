// The --demo run: the live law, 《中华人民共和国政府信息公开条例》（国务院令第711号）. Three applications
// received around the 2026 Mid-Autumn and National Day holidays (09-25…27 and 10-01…07 off,
// Saturday 10-10 a 调休 working day), each dated by its channel (第三十一条), on a simulated clock so
// the weeks pass in a second: one extended by the head of the disclosure office and answered, one
// whose third party is consulted (the reply clock stops), objects and is not disclosed, one asked to
// correct (the reply period counts afresh) and then left alone, so its warning and its due instant
// reach the to-do hook.
import type { Officer } from './decisions.js';
import { type DemoSnapshot, demoService, notices } from './demo-driver.js';
import type { NationalApplicationForm } from './national-form.js';
import type { TodoItem } from './todo.js';

export const nationalOfficers = {
  clerk: { id: 'clerk-wang', name: '王经办', position: 'clerk' },
  head: { id: 'head-li', name: '李主任', position: 'officeHead' },
} as const satisfies Record<string, Officer>;

export const nationalApplications = {
  /** A resident hands the application in at the window (第三十一条（一）: the day submitted). */
  renovation: {
    channel: 'inPerson',
    applicantKind: 'naturalPerson',
    applicantName: '张建国',
    identityDocument: '居民身份证 640422198503120027',
    contact: '13909541234',
    description: '2026年城区老旧小区改造项目资金分配明细',
    form: '纸质件，到政务服务中心领取',
  },
  /** A property company, by registered post: posted on Sunday, signed for on Tuesday (第三十一条（二）). */
  elevator: {
    channel: 'registeredPost',
    applicantKind: 'commercialEnterprise',
    applicantName: '西吉县安居物业服务有限公司',
    identityDocument: '统一社会信用代码 91640422MA76XJ2K3M',
    contact: '0954-3012345',
    description: '幸福小区3号楼加装电梯申请住户名单及联系电话',
    form: '电子邮件发送扫描件',
    submittedAt: '2026-09-27T16:00:00+08:00',
  },
  /** A resident, online: sent in the evening, confirmed by both sides the next morning (第三十一条（三）). */
  roads: {
    channel: 'online',
    applicantKind: 'naturalPerson',
    applicantName: '李秀兰',
    identityDocument: '居民身份证 640422199002150043',
    contact: 'lixl@example.cn',
    description: '城区道路改造的有关文件',
    form: '电子邮件',
    submittedAt: '2026-09-29T21:40:00+08:00',
  },
} as const satisfies Record<string, NationalApplicationForm>;

export interface NationalDemoResult {
  readonly caseIds: { readonly renovation: string; readonly elevator: string; readonly roads: string };
  readonly todos: readonly TodoItem[];
  readonly snapshots: readonly DemoSnapshot[];
  readonly lines: readonly string[];
}

/** Runs the national-2019 demo on a new SQLite file and returns what it showed. */
export async function runDemo(options: { storeFile: string; print?: (line: string) => void }): Promise<NationalDemoResult> {
  const lines: string[] = [];
  const print = (line: string) => {
    lines.push(line);
    (options.print ?? ((l: string) => console.log(l)))(line);
  };
  const { service, todos, advanceTo, show, snapshots, runSchedulerOn } = demoService(options.storeFile, '2026-09-28T10:00:00+08:00', print);
  const { clerk, head } = nationalOfficers;

  try {
    print('zwgk OA 嵌入示例：《中华人民共和国政府信息公开条例》（国务院令第711号）依申请公开');
    print('SQLite 存储、期限调度、待办提醒（模拟时钟，北京时间）');

    print('\n2026-09-28 10:00 张建国到受理窗口当面提交申请（第三十一条第一项：提交之日为收到申请之日）');
    const renovation = await service.receiveApplication(nationalApplications.renovation, clerk);
    print(`  ${renovation.caseId} 答复期限 ${renovation.due}：${renovation.dueExplanation}`);

    await advanceTo('2026-09-29T15:00:00+08:00');
    print('\n2026-09-29 15:00 签收物业公司 09-27 寄出的挂号信（第三十一条第二项：签收之日为收到申请之日）');
    const elevator = await service.receiveApplication(nationalApplications.elevator, clerk);
    print(`  ${elevator.caseId} 答复期限 ${elevator.due}：${elevator.dueExplanation}`);

    await advanceTo('2026-09-30T11:00:00+08:00');
    print('\n2026-09-30 11:00 与李秀兰确认其 09-29 晚网上提交的申请（第三十一条第三项：双方确认之日为收到申请之日）');
    const roads = await service.receiveApplication(nationalApplications.roads, clerk);
    print(`  ${roads.caseId} 答复期限 ${roads.due}：${roads.dueExplanation}`);
    await show('案件列表 · 2026-09-30 11:00（国庆假期前）');

    await advanceTo('2026-10-09T10:00:00+08:00');
    print(`\n2026-10-09 10:00 ${clerk.name}一次性告知 ${roads.caseId} 补正（收到申请后第2个工作日，第三十条）`);
    const askToCorrect = await service.recordDecision(
      roads.caseId,
      {
        kind: 'askToCorrect',
        toCorrect: '请写明所需文件的名称、文号或道路名称、年份',
        guidance: '可参照本机关门户网站“政策文件”栏目的文件目录',
      },
      clerk,
      { decisionId: 'OA-BZ-1009' },
    );
    print(`  ${askToCorrect.state}；应出具：${notices(askToCorrect)}`);

    await advanceTo('2026-10-12T09:00:00+08:00');
    print(
      `\n2026-10-12 09:00 ${clerk.name}就 ${elevator.caseId} 书面征求第三方意见（第三十二条；所需时间不计入答复期限，第三十三条第三款）`,
    );
    const consulted = await service.recordDecision(
      elevator.caseId,
      {
        kind: 'consultThirdParties',
        // Handed to the committee in person: received the day it is sent, so its 15 working days start at once.
        parties: [
          { party: '幸福小区3号楼业主委员会', information: '申请住户名单', concern: '住户姓名、房号属个人信息', delivery: 'inPerson' },
        ],
      },
      clerk,
      { decisionId: 'OA-ZQ-1012' },
    );
    print(`  ${consulted.state}；答复期限 ${(await service.caseRow(elevator.caseId)).due}`);

    await advanceTo('2026-10-15T10:00:00+08:00');
    print(`\n2026-10-15 10:00 收到 ${roads.caseId} 补正的申请：答复期限自收到补正的申请之日起重新计算（第三十条）`);
    await service.recordDecision(roads.caseId, { kind: 'corrected', description: '2025年城区滨河路、文化路改造工程的立项批复' }, clerk, {
      decisionId: 'OA-BZ-1015',
    });
    const restarted = await service.caseRow(roads.caseId);
    print(`  答复期限 ${restarted.due}：${restarted.dueExplanation}`);

    await advanceTo('2026-10-19T10:00:00+08:00');
    print(`\n2026-10-19 10:00 业主委员会书面回复：不同意公开住户名单（第三十二条）`);
    const opinion = await service.recordDecision(
      elevator.caseId,
      { kind: 'recordOpinion', consultation: 'consultation-1', consents: false, reasons: '名单含住户姓名和房号，公开会侵犯住户隐私' },
      clerk,
      { decisionId: 'OA-YJ-1019' },
    );
    print(`  ${opinion.state}；答复期限恢复计算，${(await service.caseRow(elevator.caseId)).due}`);

    await advanceTo('2026-10-20T09:00:00+08:00');
    print(
      `\n2026-10-20 09:00 ${head.name}同意 ${renovation.caseId} 延长答复期限20个工作日（经政府信息公开工作机构负责人同意，第三十三条第二款）`,
    );
    const extended = await service.recordDecision(
      renovation.caseId,
      { kind: 'extend', reason: '资金分配明细涉及12个小区，需会同住建部门逐项核对', workingDays: 20 },
      head,
      { decisionId: 'OA-YQ-1020' },
    );
    print(`  ${extended.state}；应出具：${notices(extended)}；新的答复期限 ${(await service.caseRow(renovation.caseId)).due}`);

    await advanceTo('2026-10-23T10:00:00+08:00');
    print(`\n2026-10-23 10:00 ${clerk.name}答复 ${elevator.caseId}：第三方不同意公开且有合理理由，不予公开（第三十二条，第十五条）`);
    const refused = await service.recordDecision(
      elevator.caseId,
      {
        kind: 'answer',
        answer: {
          kind: 'refused',
          ground: 'thirdPartyRights',
          reasons: '住户姓名、房号和联系电话属个人隐私，第三方不同意公开且理由合理（第十五条、第三十二条）',
        },
      },
      clerk,
      { decisionId: 'OA-DF-1023' },
    );
    print(`  ${refused.state}；应出具：${notices(refused)}`);

    await advanceTo('2026-11-05T10:00:00+08:00');
    print(`\n2026-11-05 10:00 ${clerk.name}答复 ${renovation.caseId}：予以公开（第三十六条第二项）`);
    const disclosed = await service.recordDecision(
      renovation.caseId,
      { kind: 'answer', answer: { kind: 'disclosed', howToObtain: '请于2026-11-09起凭回执到政务服务中心3号窗口领取纸质件' } },
      clerk,
      { decisionId: 'OA-DF-1105' },
    );
    print(`  ${disclosed.state}；应出具：${notices(disclosed)}`);
    await show('案件列表 · 2026-11-05 10:00');

    await runSchedulerOn('2026-11-10T09:00:00+08:00', '2026-11-13T09:00:00+08:00', '2026-11-16T18:00:00+08:00');
    return { caseIds: { renovation: renovation.caseId, elevator: elevator.caseId, roads: roads.caseId }, todos, snapshots, lines };
  } finally {
    await service.close();
  }
}
