import { describe, expect, it } from 'vitest';
import { runWalkthrough } from '../src/walkthrough.js';

describe("the disclosure walkthrough (the README's main job)", () => {
  it('answers within the extended period, with the review passed and the silent agency deemed to consent', async () => {
    const { engine, caseId } = await runWalkthrough();
    const application = await engine.getCase(caseId);
    expect(application.case).toMatchObject({ status: 'done', state: 'disclosed' });
    // Received 2020-09-29: 15 working days past National Day; the clock stopped 10-13…10-19
    // for the third party; the extension adds 15 working days after 2020-11-02.
    expect(application.deadlines[0]).toMatchObject({
      name: 'reply',
      dueAt: '2020-11-24T00:00:00+08:00',
      outcome: 'met',
      extensionsUsed: 1,
    });
    const coordination = await engine.getCase(application.case.children.coordination!);
    expect(coordination.case.status).toBe('done');
    expect((await engine.history(coordination.case.id)).at(-1)?.data).toMatchObject({
      output: { release: true, settledBy: 'deemedConsent' },
    });
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
    expect((await engine.replay(caseId)).matches).toBe(true);
  });
});
