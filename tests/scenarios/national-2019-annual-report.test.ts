// The national annual report (国办公开办函〔2021〕30号) of one agency's year, derived from the cases of
// examples/scenarios/national-2019/a-year-of-applications-2025.yaml, checked cell by cell against a
// count made by hand from the scenario (the comments name the cases in each cell).
import { resolve } from 'node:path';
import { MemoryStore } from '@zwgk/core';
import {
  type AnnualReport,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  annualReport,
  annualReportCsv,
  annualReportHtml,
  annualReportText,
} from '@zwgk/preset-national-2019';
import { builtInCatalog, readScenarioFile, replayScenario, resolveScenario } from '@zwgk/scenarios';
import { beforeAll, describe, expect, it } from 'vitest';

const file = resolve(import.meta.dirname, '../../examples/scenarios/national-2019/a-year-of-applications-2025.yaml');
const AGENCY = '某县自然资源局';
let report: AnnualReport;
let store: MemoryStore;

beforeAll(async () => {
  store = new MemoryStore();
  const scenario = await resolveScenario(await readScenarioFile(file), builtInCatalog());
  const result = await replayScenario({ ...scenario, store });
  expect(result.failures).toEqual([]);
  report = await annualReport(store, { agency: AGENCY, year: 2025 });
}, 60_000);

// Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
const HAND_COUNT: Record<string, readonly number[]> = {
  new: [11, 3, 2, 1, 1, 1, 19], // a1…a19 by applicant
  carriedIn: [1, 0, 0, 0, 0, 0, 1], // a0, received 2024-12-20
  予以公开: [3, 0, 1, 0, 0, 0, 4], // a0, a1, a5; a18
  部分公开: [0, 0, 1, 0, 0, 0, 1], // a3
  '不予公开.stateSecret': [1, 0, 0, 0, 0, 0, 1], // a7
  '不予公开.prohibitedByLaw': [0, 0, 0, 0, 0, 0, 0],
  '不予公开.endangersSecurityOrStability': [0, 0, 0, 0, 0, 0, 0],
  '不予公开.thirdPartyRights': [0, 1, 0, 0, 0, 0, 1], // a2
  '不予公开.internalAffairs': [0, 0, 0, 0, 0, 0, 0],
  '不予公开.processInformation': [0, 0, 0, 0, 0, 0, 0], // a3's withheld part is counted once, as 部分公开
  '不予公开.enforcementFile': [0, 0, 0, 0, 0, 0, 0],
  '不予公开.administrativeQuery': [0, 0, 0, 0, 0, 0, 0],
  '无法提供.notHeld': [1, 0, 0, 0, 0, 1, 2], // a8 (不存在); a9 (不属于本机关)
  '无法提供.needsCreation': [0, 1, 0, 0, 0, 0, 1], // a10
  '无法提供.stillUnclear': [1, 0, 0, 0, 0, 0, 1], // a11
  '不予处理.petition': [1, 0, 0, 0, 0, 0, 1], // a13
  '不予处理.repeated': [1, 0, 0, 0, 0, 0, 1], // a12
  '不予处理.publication': [1, 0, 0, 0, 0, 0, 1], // a14
  '不予处理.unreasonableVolume': [1, 0, 0, 0, 0, 0, 1], // a15
  '不予处理.confirmation': [0, 1, 0, 0, 0, 0, 1], // a16
  '其他处理.notCorrected': [0, 0, 0, 1, 0, 0, 1], // a4
  '其他处理.feeUnpaid': [0, 0, 0, 0, 1, 0, 1], // a6
  '其他处理.other': [1, 0, 0, 0, 0, 0, 1], // a17 (第三十六条（七）)
  total: [11, 3, 2, 1, 1, 1, 19],
  carriedOut: [1, 0, 0, 0, 0, 0, 1], // a19, received 2025-12-22, answered 2026-01-12
};

describe('the 2025 annual report of 某县自然资源局, derived from its cases', () => {
  it('table 三 has every row of the national format, and every cell matches the hand count', () => {
    expect(Object.keys(HAND_COUNT)).toEqual(APPLICATION_ROWS.map((r) => r.key));
    for (const row of APPLICATION_ROWS) {
      const cells = APPLICANT_COLUMNS.map((c) => report.applications[row.key][c.key]);
      expect({ row: row.label, cells }).toEqual({ row: row.label, cells: HAND_COUNT[row.key] });
    }
  });

  it('table 三 balances: new plus carried in equals concluded plus carried out, in every column', () => {
    for (const c of APPLICANT_COLUMNS) {
      const a = report.applications;
      expect(a.new[c.key] + a.carriedIn[c.key]).toBe(a.total[c.key] + a.carriedOut[c.key]);
    }
  });

  it('table 四 counts the reconsideration (corrected) and the direct lawsuit (undecided at 31 December)', () => {
    expect(report.remedies).toEqual({
      reconsideration: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 }, // r1
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 }, // r2
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
  });

  it('section 二 takes issued and repealed documents from the cases and the rest from the office’s audited entry', () => {
    expect(report.proactive).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 1, repealed: 1, inForce: 12 }, // p1 formed, p2 repealed
      licensingDecisions: 356,
      penaltyDecisions: 41,
      compulsionDecisions: 3,
      administrativeFeesTenThousandYuan: 12.5,
      published: 2,
      publishedLate: 1, // p2, after its 20 working days (第二十六条)
    });
    expect(report.supplement).toMatchObject({ enteredAt: '2026-01-20T10:00:00+08:00', enteredBy: { id: 'clerk-wang', role: 'clerk' } });
  });

  it('section 六 reports the processing fees computed and paid in the year, and the complaint', () => {
    // a5: items 13–15 of the month at 100 yuan (109号 第四条); a6's 1,700 yuan was never paid.
    expect(report.otherMatters.processingFees).toEqual({ notices: 2, paid: 1, amountYuan: 300 });
    expect(report.otherMatters.complaints).toEqual({ total: 1, pending: 0 });
  });

  it('a report for another agency or year counts nothing of these cases', async () => {
    const other = await annualReport(store, { agency: '某县教育体育局', year: 2025 });
    expect(other.applications.new.total).toBe(0);
    const next = await annualReport(store, { agency: AGENCY, year: 2026 });
    // 2026: a19 carried in and answered; nothing new.
    expect([
      next.applications.carriedIn.total,
      next.applications.new.total,
      next.applications.予以公开.total,
      next.applications.carriedOut.total,
    ]).toEqual([1, 0, 1, 0]);
  });

  it('prints text, CSV and HTML with the figures in the format’s words', () => {
    const text = annualReportText(report);
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toMatch(/一、本年新收政府信息公开申请数量\s+11\s+3\s+2\s+1\s+1\s+1\s+19/);
    const csv = annualReportCsv(report);
    expect(csv).toContain('四、结转下年度继续办理,1,0,0,0,0,0,1');
    expect(csv).toContain('行政复议,0,1,0,0,1');
    const html = annualReportHtml(report);
    expect(html).toContain('三、本年度办理结果 （七）总计</th><td>11</td>');
  });
});
