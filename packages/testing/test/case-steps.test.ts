import { caseSteps } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';

const clerk = { id: 'clerk-1', role: 'clerk' } as const;
const head = { id: 'head-1', role: 'head' } as const;
const at = '2019-09-27T10:00:00+08:00';

describe('caseSteps', () => {
  const app = caseSteps('app', { module: 'toy-request', actor: clerk });

  it('opens the case under its alias with the default module and actor, and what to expect', () => {
    expect(app.open(at, { applicant: '张三' }, { expect: { state: 'answering' } })).toEqual({
      at,
      open: { as: 'app', module: 'toy-request', input: { applicant: '张三' }, actor: clerk },
      expect: { state: 'answering' },
    });
    expect(app.open(at, {}, { actor: head, agency: '县教育局', title: '某网站', note: 'why' })).toEqual({
      at,
      open: { as: 'app', module: 'toy-request', input: {}, actor: head, agency: '县教育局', title: '某网站' },
      note: 'why',
    });
  });

  it('sends an event by the default actor or the one named, with no expect key unless given', () => {
    expect(app.send(at, 'reply.given', { kind: 'granted' })).toEqual({
      at,
      send: { case: 'app', type: 'reply.given', payload: { kind: 'granted' }, actor: clerk },
    });
    expect(app.send(at, 'reply.extended', {}, head, [{ state: 'x' }, { case: 'app/review', status: 'done' }])).toEqual({
      at,
      send: { case: 'app', type: 'reply.extended', payload: {}, actor: head },
      expect: [{ state: 'x' }, { case: 'app/review', status: 'done' }],
    });
  });

  it('writes a refused step as an expected rejection', () => {
    expect(app.reject(at, 'reply.extended', {}, 'ROLE_NOT_ALLOWED')).toEqual({
      at,
      send: { case: 'app', type: 'reply.extended', payload: {}, actor: clerk },
      expect: { rejected: 'ROLE_NOT_ALLOWED' },
    });
  });

  it('moves the clock with expectations about this case unless they name another', () => {
    expect(app.tick(at)).toEqual({ at, tick: true });
    expect(app.tick(at, { fired: ['reply:due'], state: 'overdue' })).toEqual({
      at,
      tick: true,
      expect: { case: 'app', fired: ['reply:due'], state: 'overdue' },
    });
    expect(app.tick(at, { case: 'app/review', status: 'done' })).toEqual({
      at,
      tick: true,
      expect: { case: 'app/review', status: 'done' },
    });
  });

  it('throws when a step has no actor or open has no module', () => {
    const bare = caseSteps('x');
    expect(() => bare.send(at, 'a', {})).toThrow(/no actor/);
    expect(() => bare.open(at, {}, { actor: clerk })).toThrow(/default module/);
  });
});
