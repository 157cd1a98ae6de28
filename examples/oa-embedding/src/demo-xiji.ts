// The --demo --preset xiji-2018-47 run, the 2020 walkthrough under 西政办发〔2018〕47号: two
// applications received around the 2020 National Day and Mid-Autumn holiday (2020-10-01…08, 10-10
// a 调休 working Saturday), on a simulated clock, so the weeks of a reply period pass in a second.
// One is extended by the office head and answered (the information does not exist); the other is
// left alone, so its warning and then its due instant reach the to-do hook.
import type { ApplicationForm } from './application-form.js';
import type { Officer } from './decisions.js';
import { type DemoSnapshot, demoService, notices } from './demo-driver.js';
import type { TodoItem } from './todo.js';

export const demoOfficers = {
  clerk: { id: 'clerk-ma', name: '马经办', position: 'clerk' },
  head: { id: 'head-li', name: '李主任', position: 'officeHead' },
} as const satisfies Record<string, Officer>;

export const demoApplications = {
  /** A citizen, in writing, the day before the holiday. */
  housing: {
    channel: 'writing',
    applicantType: 'citizen',
    applicantName: '马明',
    contact: '13909541234',
    idNumber: '640422198503120027',
    description: '2019年农村危房改造补助资金分配明细表',
    form: 'paper',
  },
  /** A cooperative, online, on the last working day before the holiday. */
  seedSubsidy: {
    channel: 'electronic',
    applicantType: 'organisation',
    applicantName: '西吉县马铃薯种植专业合作社',
    contact: '0954-3012345',
    creditCode: '91640422MA76XJ2K3M',
    description: '2020年马铃薯良种补贴发放名单',
    form: 'electronic',
  },
} as const satisfies Record<string, ApplicationForm>;

export interface DemoResult {
  readonly caseIds: { readonly housing: string; readonly seedSubsidy: string };
  readonly todos: readonly TodoItem[];
  readonly snapshots: readonly DemoSnapshot[];
}

/** Runs the demo on a new SQLite file and returns what it showed. */
export async function runXijiDemo(options: { storeFile: string; print?: (line: string) => void }): Promise<DemoResult> {
  const print = options.print ?? ((line: string) => console.log(line));
  const { service, todos, advanceTo, show, snapshots, runSchedulerOn } = demoService(options.storeFile, '2020-09-29T10:00:00+08:00', print);

  try {
    print('zwgk OA 嵌入示例：SQLite 存储、期限调度、待办提醒（模拟时钟，北京时间）');

    print('\n2020-09-29 10:00 受理窗口登记书面申请');
    const housing = await service.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    print(`  ${housing.caseId} 答复期限 ${housing.due}：${housing.dueExplanation}`);

    await advanceTo('2020-09-30T15:30:00+08:00');
    print('\n2020-09-30 15:30 网上申请（数据电文）');
    const seedSubsidy = await service.receiveApplication(demoApplications.seedSubsidy, demoOfficers.clerk);
    print(`  ${seedSubsidy.caseId} 答复期限 ${seedSubsidy.due}：${seedSubsidy.dueExplanation}`);
    await advanceTo('2020-09-30T16:00:00+08:00');
    await show('案件列表 · 2020-09-30 16:00（国庆、中秋假期前）');

    await advanceTo('2020-10-12T09:00:00+08:00');
    print(`\n2020-10-12 09:00 ${demoOfficers.head.name}批准 ${housing.caseId} 延期答复`);
    const extended = await service.recordDecision(
      housing.caseId,
      { kind: 'extend', reason: '需调取2019年档案核对补助对象' },
      demoOfficers.head,
      { decisionId: 'OA-APPROVAL-0412' },
    );
    print(`  ${extended.state}；应出具：${notices(extended)}`);
    print(`  新的答复期限 ${(await service.caseRow(housing.caseId)).due}`);

    await advanceTo('2020-10-16T10:00:00+08:00');
    print(`\n2020-10-16 10:00 ${demoOfficers.clerk.name}答复 ${housing.caseId}：政府信息不存在`);
    const answered = await service.recordDecision(
      housing.caseId,
      { kind: 'nonexistent', explanation: '经检索2019年档案，补助资金按户直接拨付，未制作分配明细表；可申请获取拨付花名册' },
      demoOfficers.clerk,
      { decisionId: 'OA-DOC-0416' },
    );
    print(`  ${answered.state}；应出具：${notices(answered)}`);
    await show('案件列表 · 2020-10-16 10:00');

    await runSchedulerOn('2020-10-26T09:00:00+08:00', '2020-10-29T09:00:00+08:00', '2020-10-30T18:00:00+08:00');
    return { caseIds: { housing: housing.caseId, seedSubsidy: seedSubsidy.caseId }, todos, snapshots };
  } finally {
    await service.close();
  }
}
