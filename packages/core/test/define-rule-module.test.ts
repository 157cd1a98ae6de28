import { defineRuleModule, type RuleModuleDefinition, ZwgkError } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import { toyRequest } from './fixtures/toy-modules.js';

function problemsOf(definition: RuleModuleDefinition): string[] {
  try {
    defineRuleModule(definition);
  } catch (error) {
    expect(error).toBeInstanceOf(ZwgkError);
    expect((error as ZwgkError).code).toBe('INVALID_MODULE');
    return (error as ZwgkError).details.problems as string[];
  }
  return [];
}

const base = toyRequest as unknown as RuleModuleDefinition;

describe('defineRuleModule', () => {
  it('accepts a valid module and lists every transition with the clause it cites', () => {
    expect(toyRequest.key).toBe('toy-request@1.0.0');
    expect(toyRequest.transitions).toContainEqual(
      expect.objectContaining({ from: 'answering.working', event: 'reply.extended', clauses: ['A8'] }),
    );
    expect(toyRequest.transitions.every((t) => t.clauses.length > 0)).toBe(true);
  });

  it.each([
    [
      'a deadline',
      { deadlines: { reply: { ...toyRequest.deadlines!.reply!, clause: '第九十条' } } },
      'deadlines.reply.clause cites 第九十条, which the clause table does not have',
    ],
    [
      'an extension',
      { deadlines: { reply: { ...toyRequest.deadlines!.reply!, extension: { maxTimes: 1, maxLength: 15, clause: 'X' } } } },
      'deadlines.reply.extension.clause cites X',
    ],
    ['a notice', { notices: { answer: { ...toyRequest.notices!.answer!, clause: 'B1' } } }, 'notices.answer.clause cites B1'],
    [
      'a breach',
      { breaches: { replyOverdue: { label: { zh: '逾期', en: 'late' }, clause: 'B2' } } },
      'breaches.replyOverdue.clause cites B2',
    ],
    [
      'an event',
      { events: { ...toyRequest.events, 'answer.given': { ...toyRequest.events['answer.given'], clause: 'B3' } } },
      'events.answer.given.clause cites B3',
    ],
  ])('rejects %s that cites a clause the table does not have, naming the path', (_what, change, message) => {
    expect(problemsOf({ ...base, ...change } as RuleModuleDefinition).join('\n')).toContain(message);
  });

  it('rejects a transition whose meta cites an unknown clause', () => {
    const machine = setup({}).createMachine({
      initial: 'a',
      states: { a: { on: { 'x.happened': { target: 'b', meta: { clause: '第一百条' } } } }, b: {} },
    });
    const events = { 'x.happened': { schema: z.object({}), roles: ['clerk'], label: { zh: 'x', en: 'x' } } };
    expect(
      problemsOf({ ...base, events, deadlines: {}, notices: {}, breaches: {}, children: [], machine } as unknown as RuleModuleDefinition),
    ).toEqual(['machine transition a --x.happened--> meta.clause cites 第一百条, which the clause table does not have']);
  });

  it("rejects xstate 'after' timers: legal time must be an engine deadline", () => {
    const machine = setup({}).createMachine({ initial: 'a', states: { a: { after: { 1000: 'b' } }, b: {} } });
    expect(problemsOf({ ...base, machine } as unknown as RuleModuleDefinition).join('\n')).toContain("machine state a uses xstate 'after'");
  });

  it('rejects events handled by the machine but not declared, and roles not declared', () => {
    const machine = setup({}).createMachine({
      initial: 'a',
      states: { a: { on: { 'ghost.event': { target: 'a', meta: { clause: 'A8' } } } } },
    });
    const events = { 'answer.given': { ...toyRequest.events['answer.given'], roles: ['janitor'] } };
    const problems = problemsOf({ ...base, events, machine } as unknown as RuleModuleDefinition);
    expect(problems).toContain('events.answer.given.roles[0] is janitor, which is not a declared role');
    expect(problems).toContain('machine handles event ghost.event, which events does not declare');
  });

  it.each([
    [{ version: '1.0' }, 'version must be a semver version'],
    [{ id: 'Disclosure Request' }, 'id must be kebab-case'],
    [{ inForce: { from: '2022-04-30', to: '2018-04-01' } }, 'inForce from must not be after to'],
    [{ clauses: { A8: { citation: '第八条', text: 'x' } } }, 'clauses.A8.citation must start with 《制度名》'],
    [{ deadlines: { reply: { ...toyRequest.deadlines!.reply!, length: 0 } } }, 'deadlines.reply.length must be a positive integer'],
  ])('validates the manifest with a message naming the field (%o)', (change, message) => {
    expect(problemsOf({ ...base, ...change } as RuleModuleDefinition).join('\n')).toContain(message);
  });

  it('checks parameter defaults against their schema', () => {
    const parameters = { lead: { label: { zh: '提前', en: 'lead' }, default: -1, schema: z.number().int().positive(), why: '文本未规定' } };
    expect(problemsOf({ ...base, parameters } as RuleModuleDefinition)[0]).toMatch(/^parameters\.lead\.default does not match its schema/);
  });
});

describe('output contract', () => {
  it('fails loudly when a machine ends with an output its schema refuses', async () => {
    const { china } = await import('@zwgk/calendar');
    const { createEngine, SimulatedClock } = await import('@zwgk/core');
    const { toyReview } = await import('./fixtures/toy-modules.js');
    const strict = defineRuleModule({
      ...(toyReview as unknown as RuleModuleDefinition),
      output: z.object({ approved: z.literal(false) }),
    });
    const engine = createEngine({ modules: [strict], calendar: china, clock: new SimulatedClock('2019-10-08T09:00:00+08:00') });
    const { caseId } = await engine.open('toy-review', { input: { subject: 'x' }, actor: { id: 'r', role: 'reviewer' } });
    await expect(
      engine.send(caseId, { type: 'review.decided', payload: { approved: true }, actor: { id: 'r', role: 'reviewer' } }),
    ).rejects.toMatchObject({
      code: 'MODULE_FAULT',
      message: expect.stringContaining('final output does not match its output schema: approved'),
    });
    expect((await engine.getCase(caseId)).case.status).toBe('open');
  });
});
