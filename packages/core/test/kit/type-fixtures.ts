// Compile-time fixtures: each `@ts-expect-error` line must fail to type-check. `npm run typecheck`
// fails if any of them compiles (an unused `@ts-expect-error` is itself an error).

import { type BreachSpec, breach, createRuleKit, deadline, ruleKitFor, workingDays } from '@zwgk/core';
import { z } from 'zod';
import { toyClauses, toyKit, toyRegulation, toyReplyDeadline } from './toy-kit.js';

export const unknownClause = toyKit.setup({ types: { context: {} as { n: number } } }).createMachine({
  context: { n: 0 },
  on: {
    // @ts-expect-error 第九十条 is not a clause of the module
    'reply.given': { meta: { clause: '第九十条' } },
  },
});

export const unknownClauseInList = toyKit.setup({ types: { context: {} as { n: number } } }).createMachine({
  context: { n: 0 },
  on: {
    // @ts-expect-error one clause of the list is unknown
    'reply.given': { meta: { clause: ['第八条', '第八十条'] } },
  },
});

// @ts-expect-error 'refusl' is not a declared notice
export const undeclaredNotice = toyKit.sendNotice('refusl');
// @ts-expect-error 'answer' is not a declared deadline
export const undeclaredDeadline = toyKit.startDeadline('answer');
// @ts-expect-error 'late' is not a declared breach
export const undeclaredBreach = toyKit.recordBreach('late');
// @ts-expect-error a guard for an undeclared deadline
export const undeclaredGuard = toyKit.deadlineDue('answer');

export const undeclaredEvent = toyKit.setup({ types: { context: {} as { n: number } } }).createMachine({
  context: { n: 0 },
  on: {
    // @ts-expect-error the payload of reply.given has no field `txt`
    'reply.given': { actions: ({ event }) => event.payload.txt, meta: { clause: '第八条' } },
  },
});

export const unknownUnimplemented = toyKit.defineModule({
  id: 'x',
  version: '1.0.0',
  title: { zh: '测', en: 'x' },
  // @ts-expect-error a module's unimplemented list names only its own clauses
  unimplemented: { 第一百条: '无' },
  machine: {} as never,
});

const base = {
  regulation: toyRegulation,
  clauses: toyClauses,
  roles: { clerk: { zh: '经办人', en: 'clerk', inside: true } },
  input: z.object({}),
} as const;

export const deadlineCitingUnknownClause = createRuleKit({
  ...base,
  events: {},
  deadlines: {
    reply: {
      ...toyReplyDeadline,
      // @ts-expect-error a deadline cites a clause the table does not have
      clause: '第九十条',
    },
  },
});

export const eventOfUnknownRole = createRuleKit({
  ...base,
  // @ts-expect-error an event allows a role the module does not declare
  events: { 'reply.given': { schema: z.object({}), roles: ['cleark'], label: { zh: '答复', en: 'reply' } } },
});

export const roleWithoutInside = createRuleKit({
  ...base,
  // @ts-expect-error a kit role must say whether it is inside the office
  roles: { clerk: { zh: '经办人', en: 'clerk' } },
  events: {},
});

// The declaration constructors keep the clause type: a table built with them still rejects an unknown clause.
export const constructedDeadlineCitingUnknownClause = createRuleKit({
  ...base,
  events: {},
  deadlines: {
    // @ts-expect-error deadline() of a clause the table does not have
    reply: deadline('第九十条', workingDays(15), { label: { zh: '答复', en: 'reply' }, startsOn: { zh: '收到申请之日', en: 'receipt' } }),
  },
});

export const constructedBreachCitingUnknownClause = ruleKitFor(toyRegulation)({
  ...base,
  events: {},
  // @ts-expect-error breach() of a clause the table does not have, in a kit bound to its regulation
  breaches: { late: breach('第九十条', { zh: '逾期', en: 'late' }) },
});

export const constructedTableCitingUnknownClause = {
  // @ts-expect-error a table of constructed breaches checked against the module's clause ids
  late: breach('第九十条', { zh: '逾期', en: 'late' }),
} as const satisfies Record<string, BreachSpec<keyof typeof toyClauses>>;
