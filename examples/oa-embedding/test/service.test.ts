import { SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { demoApplications, demoOfficers } from '../src/demo-xiji.js';
import { OaService } from '../src/oa-service.js';
import { rejection } from './fixtures.js';
import { useTempStore } from './temp-store.js';

const newStoreFile = useTempStore();

async function service() {
  const clock = new SimulatedClock('2020-09-29T10:00:00+08:00');
  return { clock, oa: new OaService({ storeFile: newStoreFile(), clock }) };
}

describe('OaService decisions', () => {
  it('numbers files per year of receipt and honours the OA’s own file number and receipt time', async () => {
    const { oa } = await service();
    const first = await oa.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    const own = await oa.receiveApplication(
      { ...demoApplications.seedSubsidy, fileNumber: 'XZGK-2020-007', receivedAt: '2020-09-28T16:00:00+08:00' },
      demoOfficers.clerk,
    );
    const second = await oa.receiveApplication(demoApplications.seedSubsidy, demoOfficers.clerk);
    expect([first.caseId, own.caseId, second.caseId]).toEqual(['YSQ-2020-0001', 'XZGK-2020-007', 'YSQ-2020-0002']);
    // Received Monday 09-28: 15 working days end on Monday 10-26; the list is in order of receipt (第八条).
    expect(own).toMatchObject({ receivedAt: '2020-09-28 16:00', due: '2020-10-26（周一）24:00' });
    expect((await oa.caseList()).map((r) => r.caseId)).toEqual([own.caseId, first.caseId, second.caseId]);
    await oa.close();
  });

  it('registers nothing when the form gives no identity papers, and registers a mistyped ID number with the problem noted (第七条)', async () => {
    const { oa } = await service();
    const error = await rejection(oa.receiveApplication({ ...demoApplications.housing, idNumber: '' }, demoOfficers.clerk));
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(await oa.caseList()).toEqual([]);
    const row = await oa.receiveApplication({ ...demoApplications.housing, idNumber: '640422198503120028' }, demoOfficers.clerk);
    expect(row.state).toBe('办理中');
    expect(await oa.caseList()).toHaveLength(1);
    await oa.close();
  });

  it('leaves the extension to the office head (第八条): a clerk’s is refused and changes nothing', async () => {
    const { oa } = await service();
    const { caseId, due } = await oa.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    expect((await rejection(oa.recordDecision(caseId, { kind: 'extend', reason: '材料较多' }, demoOfficers.clerk))).code).toBe(
      'ROLE_NOT_ALLOWED',
    );
    expect((await oa.caseRow(caseId)).due).toBe(due);
    const result = await oa.recordDecision(caseId, { kind: 'extend', reason: '材料较多', days: 5 }, demoOfficers.head, {
      decisionId: 'OA-APPROVAL-1',
    });
    expect(result).toMatchObject({ state: '办理中', duplicate: false, notices: [{ name: 'extension', label: '延期答复告知书' }] });
    // 2020-10-27 plus 5 working days: 10-28, 29, 30, 11-02, 11-03.
    expect((await oa.caseRow(caseId)).due).toBe('2020-11-03（周二）24:00');
    // The same approval sent again (a retried request) is recognised and changes nothing.
    expect(
      await oa.recordDecision(caseId, { kind: 'extend', reason: '材料较多', days: 5 }, demoOfficers.head, { decisionId: 'OA-APPROVAL-1' }),
    ).toMatchObject({ duplicate: true });
    expect((await oa.caseRow(caseId)).due).toBe('2020-11-03（周二）24:00');
    await oa.close();
  });

  it('will not disclose before the confidentiality review (保密审查制度第二条), and shows the review in the state', async () => {
    const { oa } = await service();
    const { caseId } = await oa.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    const disclose = { kind: 'disclose', howToObtain: '到县政务公开办公室领取', form: 'paper' } as const;
    expect((await rejection(oa.recordDecision(caseId, disclose, demoOfficers.clerk))).code).toBe('EVENT_NOT_ALLOWED');
    const review = await oa.recordDecision(
      caseId,
      { kind: 'requestReview', subject: '补助资金分配明细', originatingDepartment: '西吉县住房和城乡建设局' },
      demoOfficers.clerk,
    );
    expect(review.state).toBe('办理中（保密审查中）');
    expect((await oa.engine.getCase(caseId)).case.children).toHaveProperty('review');
    await oa.close();
  });

  it('stops the clock while the applicant corrects the application (第九条)', async () => {
    const { oa, clock } = await service();
    const { caseId } = await oa.receiveApplication(demoApplications.housing, demoOfficers.clerk);
    clock.set('2020-10-09T10:00:00+08:00');
    const result = await oa.recordDecision(caseId, { kind: 'askToCorrect', toCorrect: '请说明所需信息的年份' }, demoOfficers.clerk);
    expect(result).toMatchObject({ state: '办理中（待申请人补正）', notices: [{ label: '补正申请告知书' }] });
    // 09-30 and 10-09 were used of the 15 working days.
    expect(await oa.caseRow(caseId)).toMatchObject({
      dueAt: null,
      due: '期限中止，剩余 13 个工作日',
      workingDaysLeft: null,
      warning: false,
      overdue: false,
    });
    await oa.close();
  });
});
