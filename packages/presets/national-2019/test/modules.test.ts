// Every module of the national-2019 preset runs the suite of @zwgk/testing: the module check, its
// README's generated reference, and scenarios on a simulated clock whose audit trails verify and
// replay. The scenarios are the worked scenario files of examples/scenarios/national-2019 (a year
// of one agency's cases, and a case opened today) and the tables below for the rarer paths.
import { resolve } from 'node:path';
import type { AnyRuleModule } from '@zwgk/core';
import { national2019 } from '@zwgk/preset-national-2019';
import { builtInCatalog, readScenarioFile, resolveScenario, type Scenario } from '@zwgk/scenarios';
import { describeRuleModule } from '@zwgk/testing';
import { remedyScenarios } from './remedy-scenarios.js';

type S = Omit<Scenario, 'modules'>;
const dir = resolve(import.meta.dirname, '../../../../examples/scenarios/national-2019');
const files = ['a-year-of-applications-2025.yaml', 'opened-today-2026.yaml'];
const fromFiles: S[] = [];
for (const f of files) {
  const { modules: _modules, ...scenario } = await resolveScenario(await readScenarioFile(resolve(dir, f)), builtInCatalog());
  // The step that shows the Xiji module refused today belongs to tests/scenarios (all presets loaded).
  const ids = new Set(national2019.modules.map((m) => m.id));
  fromFiles.push({ ...scenario, steps: scenario.steps.filter((s) => !('open' in s) || ids.has(s.open.module)) });
}

const M = 'national-disclosure-request';
const clerk = { id: 'clerk-wang', role: 'clerk' };
const application = {
  applicant: { kind: 'naturalPerson', name: '张某', identityDocument: '居民身份证', contact: '13800000000' },
  submittedAt: '2025-03-02T21:00:00+08:00',
  receipt: { channel: 'online', confirmedAt: '2025-03-03T09:00:00+08:00' },
  description: '某地块征收批复',
  form: '电子邮件',
};
const open = { at: '2025-03-03T10:00:00+08:00', open: { as: 'app', module: M, input: application, actor: clerk } };
/** The office asks 甲公司, in writing, about its contract (第三十二条): a consultation child case `app/consultation-1`. */
const consultCompanyA = {
  at: '2025-03-04T10:00:00+08:00',
  send: {
    case: 'app',
    type: 'thirdParties.consulted',
    payload: { parties: [{ party: '甲公司', information: '合同', concern: '商业秘密' }] },
    actor: clerk,
  },
};

const disclosureScenarios: S[] = [
  {
    name: 'a correction asked for after 7 working days (2025-03-12 24:00) is still recorded, with the breach of 第三十条',
    steps: [
      open,
      {
        at: '2025-03-13T10:00:00+08:00',
        send: { case: 'app', type: 'correction.requested', payload: { toCorrect: '年度', guidance: '请写明年度' }, actor: clerk },
        expect: { state: 'awaitingCorrection', notices: ['correctionRequest'], breaches: ['correctionRequestLate'] },
      },
    ],
  },
  {
    name: 'an objecting third party is overridden in the public interest: the third party is told in writing (第三十二条)',
    steps: [
      open,
      consultCompanyA,
      {
        at: '2025-03-05T10:00:00+08:00',
        send: { case: 'app/consultation-1', type: 'opinion.received', payload: { consents: false }, actor: clerk },
        expect: { case: 'app/consultation-1', rejected: 'INVALID_PAYLOAD' },
      },
      {
        at: '2025-03-05T10:01:00+08:00',
        send: { case: 'app/consultation-1', type: 'opinion.received', payload: { consents: false, reasons: '商业秘密' }, actor: clerk },
        expect: { case: 'app', state: 'examining' },
      },
      {
        at: '2025-03-06T10:00:00+08:00',
        send: {
          case: 'app',
          type: 'reply.given',
          payload: { kind: 'disclosed', howToObtain: '电子邮件', publicInterest: { content: '合同价款', reasons: '涉及重大公共资金使用' } },
          actor: clerk,
        },
        expect: { state: 'answered', notices: ['thirdPartyDecision', 'answer'] },
      },
    ],
  },
  {
    name: 'an objecting third party is respected by a partial disclosure that withholds its part (第三十二条, 第三十七条); full disclosure needs the public-interest decision',
    steps: [
      open,
      consultCompanyA,
      {
        at: '2025-03-05T10:00:00+08:00',
        send: {
          case: 'app/consultation-1',
          type: 'opinion.received',
          payload: { consents: false, reasons: '报价明细属商业秘密' },
          actor: clerk,
        },
        expect: { case: 'app', state: 'examining' },
      },
      {
        at: '2025-03-06T10:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: { kind: 'disclosed', howToObtain: '电子邮件' }, actor: clerk },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2025-03-06T10:05:00+08:00',
        send: {
          case: 'app',
          type: 'reply.given',
          payload: {
            kind: 'partlyDisclosed',
            howToObtain: '电子邮件',
            withheld: '报价明细',
            ground: 'thirdPartyRights',
            reasons: '第三方认为属于商业秘密，不同意公开（第十五条）',
          },
          actor: clerk,
        },
        expect: { state: 'answered', notices: ['answer'] },
      },
    ],
  },
  {
    name: 'once the reply period has run out no fee notice may go out; the late answer is recorded as missed',
    steps: [
      open,
      {
        at: '2025-04-01T00:00:00+08:00',
        tick: true,
        expect: { case: 'app', fired: ['reply:warning', 'reply:due'], breaches: ['replyOverdue'] },
      },
      {
        at: '2025-04-01T09:00:00+08:00',
        send: {
          case: 'app',
          type: 'fee.notified',
          payload: { basis: 'perVolume', pages: 40, reason: '数量大', paymentMethod: '缴款码' },
          actor: clerk,
        },
        expect: { rejected: 'EVENT_NOT_ALLOWED' },
      },
      {
        at: '2025-04-01T10:00:00+08:00',
        send: { case: 'app', type: 'reply.given', payload: { kind: 'nonexistent', explanation: '经检索不存在' }, actor: clerk },
        expect: { state: 'answered', deadlines: { reply: { outcome: 'missed' } } },
      },
    ],
  },
];

const extra: Record<string, S[]> = { [M]: disclosureScenarios, 'national-remedy': remedyScenarios };
for (const module of national2019.modules as readonly AnyRuleModule[]) {
  describeRuleModule(module, {
    dependencies: national2019.modules.filter((m) => m !== module),
    readme: resolve(import.meta.dirname, `../../../rules/${module.id}/README.md`),
    scenarios: [...fromFiles, ...(extra[module.id] ?? [])],
  });
}
