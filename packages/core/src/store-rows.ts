// What the SQL stores (SQLite, PostgreSQL) share between the records and their rows: the indexed
// columns of a case and of a deadline, a case query's filters on them, the sum of a grouped count,
// and the reading of a stored JSON text. Pure: the stores bind these to their own SQL.
import type { CaseRecord } from './case-record.js';
import type { DeadlineRecord } from './deadline-record.js';
import { ZwgkError } from './errors.js';
import type { CaseCounts, CaseQuery } from './store.js';

/** The filters of a {@link CaseQuery} on the indexed columns of the cases table: field, column, comparison. */
const CASE_QUERY_COLUMNS: readonly (readonly [keyof CaseQuery, string, '=' | '>=' | '<'])[] = [
  ['moduleId', 'module_id', '='],
  ['state', 'state', '='],
  ['status', 'status', '='],
  ['agency', 'agency', '='],
  ['parentId', 'parent_id', '='],
  ['title', 'title', '='],
  ['openedFrom', 'opened_at', '>='],
  ['openedTo', 'opened_at', '<'],
];

/** One term of a case query's WHERE clause: `cases.<column> <op> <the store's placeholder for value>`. */
export interface CaseQueryFilter {
  readonly key: keyof CaseQuery;
  readonly column: string;
  readonly op: '=' | '>=' | '<';
  readonly value: unknown;
}

/**
 * The filters a case query sets, on the indexed columns, in a fixed order; a SQL store turns each
 * into a WHERE term with its own placeholder (`@moduleId`, `$1`).
 *
 * @example
 * caseQueryFilters({ moduleId: 'disclosure-request', openedFrom: '2020-01-01T00:00:00+08:00' })
 * //=> [{ key: 'moduleId', column: 'module_id', op: '=', value: 'disclosure-request' }, { key: 'openedFrom', column: 'opened_at', op: '>=', … }]
 */
export function caseQueryFilters(query: CaseQuery): CaseQueryFilter[] {
  return CASE_QUERY_COLUMNS.filter(([key]) => query[key] !== undefined).map(([key, column, op]) => ({
    key,
    column,
    op,
    value: query[key],
  }));
}

/** The indexed columns of a case row, from its record (the record itself is stored beside them). */
export function caseColumns(record: CaseRecord) {
  return {
    id: record.id,
    moduleId: record.moduleId,
    status: record.status,
    state: record.state,
    agency: record.agency,
    parentId: record.parentId,
    auditSeq: record.auditSeq,
    openedAt: record.openedAt,
    title: record.title,
  };
}

/** The indexed columns of a deadline row, from its record (the record itself is stored beside them). */
export function deadlineColumns(deadline: DeadlineRecord) {
  return {
    caseId: deadline.caseId,
    name: deadline.name,
    status: deadline.status,
    nextFireAt: deadline.nextFireAtMs,
    dueAt: deadline.dueAtMs,
    warnAt: deadline.warnAtMs,
    outcome: deadline.outcome,
  };
}

/** The case counts of {@link CaseCounts} from the rows of `SELECT status, state, count(*) AS n … GROUP BY status, state`. */
export function tallyCases(rows: Iterable<{ readonly status: string; readonly state: string; readonly n: number }>) {
  const byStatus: Record<string, number> = {};
  const byState: Record<string, number> = {};
  let total = 0;
  for (const row of rows) {
    total += row.n;
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.n;
    byState[row.state] = (byState[row.state] ?? 0) + row.n;
  }
  return { total, byStatus, byState } satisfies Omit<CaseCounts, 'deadlines'>;
}

/**
 * A stored JSON value: text is parsed (a column that does not parse is `STORE_CORRUPT`, with
 * `what` and `details` saying which); a value the driver already parsed (PostgreSQL's jsonb) is
 * returned as it is.
 */
export function parseStoredJson<T>(value: unknown, what: string, details: Record<string, unknown>): T {
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch (error) {
    throw new ZwgkError('STORE_CORRUPT', `${what} does not parse as JSON`, details, { cause: error });
  }
}
