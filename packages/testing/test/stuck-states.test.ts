import { calendarDays, createRuleKit, deadline, defineRegulation } from '@zwgk/core';
import { checkRuleModule } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// A toy consultation (《测试制度》第十条): the office asks a third party and waits for its answer.
const regulation = defineRegulation({
  name: '测试制度',
  notice: {
    title: '测试通知',
    documentNumber: '测〔2018〕1号',
    issuer: '测试县人民政府办公室',
    jurisdiction: '测试县',
    inForce: { from: '2018-04-01', to: '2022-04-30' },
  },
});
const kit = createRuleKit({
  regulation,
  clauses: regulation.clauses({ 第十条: '书面征求第三方意见，第三方应在15日内答复。' }),
  roles: { clerk: { zh: '经办人', en: 'clerk', inside: true }, thirdParty: { zh: '第三方', en: 'third party', inside: false } },
  input: z.object({}),
  events: {
    'thirdParty.consulted': { schema: z.object({}), roles: ['clerk'], label: { zh: '征求意见', en: 'consulted' }, clause: '第十条' },
    'thirdParty.replied': { schema: z.object({}), roles: ['thirdParty'], label: { zh: '第三方答复', en: 'replied' }, clause: '第十条' },
    'thirdParty.silent': {
      schema: z.object({}),
      roles: ['clerk'],
      label: { zh: '第三方逾期未答复', en: 'no answer in time' },
      clause: '第十条',
    },
  },
  deadlines: {
    answer: deadline('第十条', calendarDays(15), {
      label: { zh: '答复期限', en: 'answer' },
      startsOn: { zh: '征求之日', en: 'consultation' },
    }),
  },
});

/** Only the third party (outside the office) can move the case out of `waiting`: it can wait forever. */
const jammed = kit.setup({ types: { context: {} as object } }).createMachine({
  id: 'jammed',
  initial: 'preparing',
  states: {
    preparing: { on: { 'thirdParty.consulted': { target: 'waiting', meta: { clause: '第十条' } } } },
    waiting: { on: { 'thirdParty.replied': { target: 'done', meta: { clause: '第十条' } } } },
    done: { type: 'final' },
  },
});
const jammedModule = kit.defineModule({ id: 'jammed', version: '1.0.0', title: { zh: '卡住', en: 'jammed' }, machine: jammed });

/** The same wait, with each of the three ways out. */
const withExit = (id: string, waiting: object) =>
  kit.defineModule({
    id,
    version: '1.0.0',
    title: { zh: '可结束', en: id },
    machine: kit.setup({ types: { context: {} as object } }).createMachine({
      id,
      initial: 'preparing',
      states: {
        preparing: { on: { 'thirdParty.consulted': { target: 'waiting', meta: { clause: '第十条' } } } },
        waiting: waiting as never,
        done: { type: 'final' },
      },
    }),
  });

describe('checkRuleModule: every wait ends (issue 14)', () => {
  it('fails a module whose non-final state only an outside party can leave, naming the state', () => {
    const problems = checkRuleModule(jammedModule).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^state waiting can wait forever: .*inside role \(clerk\)/);
  });

  it.each([
    [
      'an event an inside role may send',
      {
        on: {
          'thirdParty.replied': { target: 'done', meta: { clause: '第十条' } },
          'thirdParty.silent': { target: 'done', meta: { clause: '第十条' } },
        },
      },
    ],
    [
      'a deadline-driven exit',
      {
        on: {
          'thirdParty.replied': { target: 'done', meta: { clause: '第十条' } },
          'deadline.due': { target: 'done', meta: { clause: '第十条' } },
        },
      },
    ],
    ['a child.done exit', { on: { 'child.done': { target: 'done', meta: { clause: '第十条' } } } }],
  ])('passes the same wait with %s', (_name, waiting) => {
    expect(checkRuleModule(withExit('fixed', waiting)).problems).toEqual([]);
  });

  it('does not count a transition that stays in the state, or a deadline that only records a breach', () => {
    const module = withExit('breach-only', {
      on: {
        'thirdParty.replied': { target: 'done', meta: { clause: '第十条' } },
        'deadline.due': { meta: { clause: '第十条' } },
        'thirdParty.silent': { meta: { clause: '第十条' } },
      },
    });
    expect(checkRuleModule(module).problems).toEqual([expect.stringMatching(/^state waiting can wait forever/)]);
  });

  it('accepts a state the module declares open-ended, with its reason', () => {
    const module = kit.defineModule({
      id: 'open',
      version: '1.0.0',
      title: { zh: '开放', en: 'open' },
      openEnded: { waiting: '第十条：第三方答复前不得公开，文本不设期限' },
      machine: jammed,
    });
    expect(checkRuleModule(module).problems).toEqual([]);
  });

  it('waives a known defect only while it is one, and names a stale waiver', () => {
    expect(checkRuleModule(jammedModule, { knownStuckStates: { waiting: 'fixed by issue 15/16' } }).problems).toEqual([]);
    expect(
      checkRuleModule(withExit('fixed2', { on: { 'deadline.due': { target: 'done', meta: { clause: '第十条' } } } }), {
        knownStuckStates: { waiting: 'fixed by issue 15/16' },
      }).problems,
    ).toEqual(['knownStuckStates lists waiting, which is not stuck: remove it']);
  });
});
