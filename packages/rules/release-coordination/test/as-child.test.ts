import { parentModuleOf, runScenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { releaseCoordination } from '../src/index.js';

// A minimal parent, as 依申请公开 is: it opens the consultation as a child with the input contract and
// closes with the output contract it receives in `child.done`.
const parent = parentModuleOf('release-coordination', 'coordination');

const clerk = { id: 'clerk-1', role: 'clerk' } as const;
const consulted = { id: 'fin-clerk', role: 'consultedAgency' } as const;
const releasing = { id: 'edu-clerk', role: 'releasingAgency' } as const;
const letter = {
  information: {
    title: '某项目审批文件',
    documentNumber: null,
    description: '审批意见',
    producedOn: '2021-03-01',
    publisher: '西吉县教育局',
  },
  matters: ['是否涉及第三方'],
  opinion: '拟公开',
  basis: '《中华人民共和国政府信息公开条例》',
};

describe('release-coordination as the child of an application module', () => {
  it('is opened with the input contract and returns the output contract when settled by deemed consent', async () => {
    const { engine, cases } = await runScenario({
      name: 'child',
      modules: [parent, releaseCoordination],
      steps: [
        { at: '2021-03-01T09:00:00+08:00', open: { as: 'app', module: 'parent', input: {}, actor: clerk } },
        {
          at: '2021-03-02T09:00:00+08:00',
          send: {
            case: 'app',
            type: 'child.requested',
            payload: { input: { mode: 'application', subject: '申请的信息', agencies: ['县财政局'] } },
            actor: clerk,
          },
          // Opened on receipt of the application's consultation need: 5 working days 03-03 … 03-09.
          expect: {
            case: 'app/coordination',
            state: 'application.preparing',
            deadlines: { sendApplication: { dueAt: '2021-03-10T00:00:00+08:00' } },
          },
        },
        { at: '2021-03-03T09:00:00+08:00', send: { case: 'app/coordination', type: 'letter.sent', payload: letter, actor: releasing } },
        // 5 working days from 03-03: 03-04 … 03-10.
        {
          at: '2021-03-03T10:00:00+08:00',
          send: { case: 'app/coordination', type: 'letter.received', payload: { agency: '县财政局' }, actor: consulted },
          expect: { case: 'app/coordination', deadlines: { replyApplication: { dueAt: '2021-03-11T00:00:00+08:00' } } },
        },
        {
          at: '2021-03-11T00:00:00+08:00',
          tick: true,
          expect: [
            { case: 'app/coordination', status: 'done' },
            { case: 'app', state: 'done', status: 'done' },
          ],
        },
      ],
    });
    const closed = (await engine.history(cases.app!)).find((e) => e.kind === 'case.closed');
    expect((closed?.data as { output: unknown }).output).toEqual({ release: true, settledBy: 'deemedConsent', disagreements: [] });
  });
});
