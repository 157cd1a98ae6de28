// Compile-time checks of the kit: each line under `@ts-expect-error` must fail to type-check, and
// `npm run typecheck` fails if one compiles (an unused `@ts-expect-error` is itself an error). The
// same fixtures for every kit are in packages/core/test/kit/type-fixtures.ts.
import type { DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from '../src/clauses.js';
import { deadlines } from '../src/deadlines.js';
import { kit } from '../src/kit.js';

export const citesAnUnknownClause = kit.setup({ types: { context: {} as { answered: boolean } } }).createMachine({
  context: { answered: false },
  on: {
    // @ts-expect-error 第九十条 is not in the clause table: a typo or a missing clause is a compile error
    'reply.given': { meta: { clause: '第九十条' } },
  },
});

// @ts-expect-error 'refusl' is not a declared notice
export const sendsAnUndeclaredNotice = kit.sendNotice('refusl');
// @ts-expect-error 'answer' is not a declared deadline
export const waitsForAnUndeclaredDeadline = kit.deadlineDue('answer');

/** The module's own reply period, made to cite an article its clause table does not have. */
export const deadlineCitingAnUnknownClause = {
  reply: {
    ...deadlines.reply,
    // @ts-expect-error a deadline may cite only a clause of the table
    clause: '第三十四条',
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;
