// The dates the notices state are the engine's deadlines, read back from the cases the scenarios leave.
import { replayScenario } from '@zwgk/scenarios';
import type { Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { disclosureRequest } from '../src/index.js';
import { answerScenarios, deadlineScenarios, thirdPartyScenarios } from './scenarios/single.js';

async function noticesOf(scenarioName: string, scenarios: readonly Omit<Scenario, 'modules'>[]) {
  const scenario = scenarios.find((s) => s.name.startsWith(scenarioName));
  if (!scenario) throw new Error(`no scenario ${scenarioName}`);
  const result = await replayScenario({ ...scenario, modules: [disclosureRequest] }, { stopAtFirstFailure: true });
  const view = await result.engine.getCase(result.cases['app']!);
  return view.case.notices.map((n) => ({ name: n.name, data: n.data as Record<string, unknown> }));
}

describe('the dates a notice states are the case’s deadlines', () => {
  it('the extension notice states the new due date (第八条)', async () => {
    const sent = await noticesOf('the office head extends once', deadlineScenarios);
    expect(sent.find((n) => n.name === 'extension')?.data).toEqual({
      reason: '需调取多年档案',
      days: 15,
      dueAt: '2021-03-09T00:00:00+08:00',
      remaining: null,
    });
  });

  it('an extension while the clock is stopped states the working days left, 11 + 15 (第八条, 条例2007第二十四条)', async () => {
    const sent = await noticesOf('the office head may extend (第八条) while the clock is stopped', thirdPartyScenarios);
    expect(sent.find((n) => n.name === 'extension')?.data).toMatchObject({ days: 15, dueAt: null, remaining: 26 });
  });

  it('the correction request states what to correct and the 补正期限 (条例2019第三十条)', async () => {
    const sent = await noticesOf('条例2019第三十条: the notice states a 补正期限', answerScenarios);
    expect(sent.find((n) => n.name === 'correctionRequest')?.data).toEqual({ toCorrect: '请说明年度', dueAt: '2019-10-17T00:00:00+08:00' });
  });

  it('each third party’s letter states its own answer date (第十条, 条例2019第三十二条)', async () => {
    const sent = await noticesOf('several third parties each answer or default on their own', thirdPartyScenarios);
    expect(sent.filter((n) => n.name === 'thirdPartyConsultation').map((n) => [n.data['party'], n.data['dueAt']])).toEqual([
      ['张某', '2019-11-27T00:00:00+08:00'],
      ['西吉县某建材有限公司', '2019-12-04T00:00:00+08:00'],
      ['西吉县另一企业', '2019-12-28T00:00:00+08:00'],
    ]);
  });
});
