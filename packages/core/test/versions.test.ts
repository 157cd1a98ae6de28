import { china } from '@zwgk/calendar';
import { createEngine, defineRuleModule, MemoryStore, type RuleModuleDefinition, SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { clerk, toyRequest, toyReview } from './fixtures/toy-modules.js';

// A second version of the toy module, in force after the first expired (as the 2019 national
// regulation followed the 2007 one): cases keep the version they were opened under.
const v2 = defineRuleModule({
  ...(toyRequest as unknown as RuleModuleDefinition),
  version: '2.0.0',
  inForce: { from: '2022-05-01', to: '2026-12-31' },
  deadlines: { reply: { ...toyRequest.deadlines!.reply!, length: 20, extension: { maxTimes: 1, maxLength: 20, clause: 'A8' } } },
});

describe('module versions', () => {
  it('opens each case under the version in force on its start date, and keeps it for life', async () => {
    const clock = new SimulatedClock('2022-04-29T10:00:00+08:00');
    const engine = createEngine({ modules: [toyRequest, v2, toyReview], calendar: china, clock });
    const old = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    clock.set('2022-05-05T10:00:00+08:00');
    const fresh = await engine.open('toy-request', { input: { applicant: '李四' }, actor: clerk });
    expect((await engine.getCase(old.caseId)).case.moduleVersion).toBe('1.0.0');
    expect((await engine.getCase(fresh.caseId)).case.moduleVersion).toBe('2.0.0');
    expect((await engine.getCase(fresh.caseId)).deadlines[0]?.length).toBe(20);
    // The old case still takes events under 1.0.0 after the new version came into force.
    await expect(engine.send(old.caseId, { type: 'application.withdrawn', actor: { id: 'a', role: 'applicant' } })).resolves.toMatchObject({
      status: 'done',
    });
  });

  it('refuses to run a case whose version is no longer loaded, saying which to keep', async () => {
    const clock = new SimulatedClock('2022-04-29T10:00:00+08:00');
    const store = new MemoryStore();
    const first = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store });
    const { caseId } = await first.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const upgraded = createEngine({ modules: [v2, toyReview], calendar: china, clock, store });
    await expect(upgraded.getCase(caseId)).rejects.toMatchObject({
      code: 'UNKNOWN_MODULE',
      message: expect.stringContaining('toy-request@1.0.0 is not loaded, but cases on it exist'),
    });
  });

  it('reports a stored snapshot that no longer fits its machine as STORE_CORRUPT with the case id', async () => {
    const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
    const store = new MemoryStore();
    const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store });
    const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const record = (await store.load(caseId))!;
    const corrupted = { ...record, version: record.version + 1, snapshot: { value: { nowhere: 'land' }, context: {} } };
    await store.commit({ cases: [{ record: corrupted, expectedAuditSeq: record.auditSeq }], audit: [], deadlines: [], idempotency: [] });
    const fresh = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store });
    await expect(fresh.getCase(caseId)).rejects.toMatchObject({ code: 'STORE_CORRUPT', details: { caseId } });
  });
});
