import { instantToMs, toInstant } from '@zwgk/calendar';
import type { CaseRecord } from '../case-record.js';
import { ZwgkError } from '../errors.js';
import type { Instant } from '../events.js';
import type { EventSpec } from '../manifest.js';
import type { CaseCountQuery, FactsAnswer, FactsQuery } from '../store.js';
import type { WorkingCase } from '../work.js';
import { type EngineContext, moduleFault } from './context.js';

/*
 * Facts from other cases (issue 14 §4): an event's spec may ask the store read-only questions;
 * the answers ride on the event into the machine and the audit, so replay needs no store.
 */

/** Asks the store the event's facts queries; undefined when the event asks none. */
export async function answerFacts(
  ctx: EngineContext,
  working: WorkingCase,
  spec: EventSpec,
  payload: unknown,
  at: Instant,
): Promise<Record<string, FactsAnswer> | undefined> {
  if (!spec.facts) return undefined;
  let queries: Readonly<Record<string, FactsQuery>>;
  try {
    queries = spec.facts({ payload, case: working.record, at });
  } catch (error) {
    if (error instanceof ZwgkError) throw error;
    return moduleFault(working.module, `facts query failed: ${(error as Error).message}`);
  }
  const answers: Record<string, FactsAnswer> = {};
  for (const [name, query] of Object.entries(queries)) {
    const filters = normalised(working, name, query);
    if (query.kind === 'count') answers[name] = await ctx.store.countCases(filters);
    else if (query.kind === 'list') {
      const limit = query.limit ?? 100;
      answers[name] = { cases: (await ctx.store.listCases({ ...filters, limit })).map(summary) };
    } else moduleFault(working.module, `facts query ${name} has kind ${String((query as { kind?: unknown }).kind)}, not count or list`);
  }
  return answers;
}

function normalised(working: WorkingCase, name: string, query: FactsQuery): CaseCountQuery {
  const { kind: _kind, ...rest } = query as FactsQuery & { limit?: number };
  const { limit: _limit, ...filters } = rest as CaseCountQuery & { limit?: number };
  const instant = (value: Instant | undefined, field: string): Instant | undefined => {
    if (value === undefined) return undefined;
    try {
      return toInstant(instantToMs(value)); // stores compare instants as text: one offset, one form
    } catch {
      return moduleFault(working.module, `facts query ${name}: ${field} ${JSON.stringify(value)} is not an instant with an offset`);
    }
  };
  const openedFrom = instant(filters.openedFrom, 'openedFrom');
  const openedTo = instant(filters.openedTo, 'openedTo');
  return { ...filters, ...(openedFrom === undefined ? {} : { openedFrom }), ...(openedTo === undefined ? {} : { openedTo }) };
}

function summary(record: CaseRecord) {
  return {
    id: record.id,
    moduleId: record.moduleId,
    agency: record.agency,
    title: record.title,
    status: record.status,
    state: record.state,
    openedAt: record.openedAt,
    closedAt: record.closedAt,
  };
}
