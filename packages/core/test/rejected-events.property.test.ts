import { ZwgkError } from '@zwgk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toyEngine } from './fixtures/engine.js';
import { applicant, clerk, head, reviewer } from './fixtures/toy-modules.js';

const actors = [clerk, head, applicant, reviewer, { id: 'x', role: 'mayor' }];
const events = fc.record({
  type: fc.constantFrom(
    'answer.given',
    'reply.extended',
    'thirdParty.consulted',
    'thirdParty.replied',
    'application.corrected',
    'review.requested',
    'application.withdrawn',
    'nonsense.event',
    'deadline.due',
  ),
  payload: fc.oneof(
    fc.constant({}),
    fc.record({ text: fc.string() }),
    fc.record({ reason: fc.string({ minLength: 1 }) }),
    fc.record({ party: fc.string() }),
    fc.record({ agrees: fc.boolean() }),
    fc.record({ subject: fc.string() }),
    fc.anything(),
  ),
  actor: fc.constantFrom(...actors),
  advanceHours: fc.integer({ min: 0, max: 24 * 10 }),
});

describe('random event sequences (fast-check)', () => {
  it('a rejected event never changes the case, its deadlines or its version; the audit always verifies and replays', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(events, { minLength: 1, maxLength: 25 }), async (sequence) => {
        const { engine, clock } = toyEngine('2019-09-27T10:00:00+08:00');
        const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
        for (const step of sequence) {
          clock.advance(step.advanceHours * 3_600_000);
          await engine.tick();
          const before = await engine.getCase(caseId);
          try {
            await engine.send(caseId, { type: step.type, payload: step.payload, actor: step.actor });
          } catch (error) {
            expect(error).toBeInstanceOf(ZwgkError);
            const after = await engine.getCase(caseId);
            expect({ ...after.case, auditSeq: 0, auditHash: '' }).toEqual({ ...before.case, auditSeq: 0, auditHash: '' });
            expect(after.deadlines).toEqual(before.deadlines);
          }
        }
        expect(await engine.verifyAudit()).toMatchObject({ ok: true });
        expect((await engine.replay(caseId)).matches).toBe(true);
      }),
      { numRuns: 150 },
    );
    // 150 runs take well under a second on a quiet machine; a loaded one needs more than vitest's 5 s.
  }, 60_000);
});
