import type { AuditEntry } from './audit.js';
import type { CaseRecord } from './case-record.js';
import type { DeadlineRecord } from './deadline-record.js';
import { ZwgkError } from './errors.js';
import { type FeedEntry, type FeedQuery, feedEntryMatches } from './feed.js';
import type { LedgerLeaf } from './ledger.js';
import type { CaseCountQuery, CaseCounts, CaseQuery, CaseStore, Commit } from './store.js';

const deadlineKey = (caseId: string, name: string) => `${caseId}\u0000${name}`;

function byFireOrder(a: DeadlineRecord, b: DeadlineRecord): number {
  return (a.nextFireAtMs ?? 0) - (b.nextFireAtMs ?? 0) || a.caseId.localeCompare(b.caseId) || a.name.localeCompare(b.name);
}

/**
 * The in-memory store: for tests, scenario replays and benchmarks. Records are kept as given
 * (the engine never mutates them), so a commit costs a few map writes.
 */
export class MemoryStore implements CaseStore {
  readonly #cases = new Map<string, CaseRecord>();
  readonly #audit = new Map<string, AuditEntry[]>();
  readonly #deadlines = new Map<string, DeadlineRecord>();
  readonly #deadlinesByCase = new Map<string, Map<string, DeadlineRecord>>();
  // By case, then event id: looked up on every send, so no key is concatenated per call.
  readonly #idempotency = new Map<string, Map<string, unknown>>();
  readonly #ledger: LedgerLeaf[] = [];
  readonly #feed: FeedEntry[] = [];

  async load(caseId: string): Promise<CaseRecord | undefined> {
    return this.#cases.get(caseId);
  }

  async commit(commit: Commit): Promise<void> {
    // Check everything first so a failed commit writes nothing.
    for (const { record, expectedAuditSeq } of commit.cases) {
      const existing = this.#cases.get(record.id);
      if (expectedAuditSeq === null ? existing !== undefined : existing?.auditSeq !== expectedAuditSeq) {
        throw new ZwgkError('VERSION_CONFLICT', `case ${record.id} was changed by another writer: reload it and retry`, {
          caseId: record.id,
          expectedAuditSeq,
          actualAuditSeq: existing?.auditSeq ?? null,
        });
      }
    }
    for (const { caseId, eventId } of commit.idempotency) {
      if (this.#idempotency.get(caseId)?.has(eventId)) {
        throw new ZwgkError('VERSION_CONFLICT', `event ${eventId} was already applied to case ${caseId}`, { caseId, eventId });
      }
    }
    for (const { record, expectedAuditSeq } of commit.cases) {
      this.#cases.set(record.id, record);
      if (record.auditSeq !== expectedAuditSeq) this.#ledger.push({ caseId: record.id, seq: record.auditSeq, hash: record.auditHash });
    }
    for (const entry of commit.audit) {
      let chain = this.#audit.get(entry.caseId);
      if (!chain) this.#audit.set(entry.caseId, (chain = []));
      chain.push(entry);
    }
    for (const deadline of commit.deadlines) {
      this.#deadlines.set(deadlineKey(deadline.caseId, deadline.name), deadline);
      let ofCase = this.#deadlinesByCase.get(deadline.caseId);
      if (!ofCase) this.#deadlinesByCase.set(deadline.caseId, (ofCase = new Map()));
      ofCase.set(deadline.name, deadline);
    }
    for (const { caseId, eventId, result } of commit.idempotency) {
      let ofCase = this.#idempotency.get(caseId);
      if (!ofCase) this.#idempotency.set(caseId, (ofCase = new Map()));
      ofCase.set(eventId, result);
    }
    for (const draft of commit.feed ?? []) this.#feed.push({ ...draft, cursor: this.#feed.length + 1 });
  }

  async feed(query: FeedQuery): Promise<FeedEntry[]> {
    const after = query.after ?? 0;
    const found: FeedEntry[] = [];
    // Cursors are positions + 1: start past `after` without scanning what came before.
    for (let i = Math.max(0, after); i < this.#feed.length && found.length < query.limit; i++) {
      if (feedEntryMatches(this.#feed[i]!, query)) found.push(this.#feed[i]!);
    }
    return found;
  }

  async idempotentResult(caseId: string, eventId: string): Promise<unknown | undefined> {
    return this.#idempotency.get(caseId)?.get(eventId);
  }

  async deadlinesOf(caseId: string): Promise<DeadlineRecord[]> {
    return [...(this.#deadlinesByCase.get(caseId)?.values() ?? [])];
  }

  async dueDeadlines(untilMs: number, limit: number): Promise<DeadlineRecord[]> {
    return [...this.#deadlines.values()]
      .filter((d) => d.nextFireAtMs !== null && d.nextFireAtMs <= untilMs)
      .sort(byFireOrder)
      .slice(0, limit);
  }

  async deadlinesBetween(fromMs: number, toMs: number): Promise<DeadlineRecord[]> {
    const inWindow = (ms: number | null) => ms !== null && ms >= fromMs && ms < toMs;
    return [...this.#deadlines.values()]
      .filter((d) => d.status === 'running' && (inWindow(d.dueAtMs) || inWindow(d.warnAtMs)))
      .sort((a, b) => (a.dueAtMs ?? 0) - (b.dueAtMs ?? 0));
  }

  async openDeadlines(): Promise<DeadlineRecord[]> {
    return [...this.#deadlines.values()].filter((d) => d.status === 'running' || d.status === 'paused');
  }

  async listCases(query: CaseQuery): Promise<CaseRecord[]> {
    const matching = [...this.#cases.values()].filter(
      (record) => matches(record, query) && (query.afterId === undefined || record.id > query.afterId),
    );
    if (query.afterId !== undefined) matching.sort((a, b) => (a.id < b.id ? -1 : 1));
    else if (query.openedFrom !== undefined || query.openedTo !== undefined)
      matching.sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
    return query.limit === undefined ? matching : matching.slice(0, query.limit);
  }

  async countCases(query: CaseCountQuery): Promise<CaseCounts> {
    const byStatus: Record<string, number> = {};
    const byState: Record<string, number> = {};
    const deadlines: Record<string, Record<string, number>> = {};
    let total = 0;
    for (const record of this.#cases.values()) {
      if (!matches(record, query)) continue;
      total++;
      byStatus[record.status] = (byStatus[record.status] ?? 0) + 1;
      byState[record.state] = (byState[record.state] ?? 0) + 1;
      if (query.deadlines !== true) continue;
      for (const deadline of this.#deadlinesByCase.get(record.id)?.values() ?? []) {
        const ofName = (deadlines[familyOf(deadline.name)] ??= {});
        const result = deadline.outcome ?? 'open';
        ofName[result] = (ofName[result] ?? 0) + 1;
      }
    }
    return { total, byStatus, byState, deadlines };
  }

  async audit(caseId: string): Promise<AuditEntry[]> {
    return [...(this.#audit.get(caseId) ?? [])];
  }

  async caseIds(): Promise<string[]> {
    return [...this.#cases.keys()];
  }

  async ledgerSize(): Promise<number> {
    return this.#ledger.length;
  }

  async ledgerLeaves(from: number, to: number): Promise<LedgerLeaf[]> {
    return this.#ledger.slice(from, to);
  }
}

function matches(record: CaseRecord, query: CaseQuery): boolean {
  return (
    (query.moduleId === undefined || record.moduleId === query.moduleId) &&
    (query.state === undefined || record.state === query.state) &&
    (query.status === undefined || record.status === query.status) &&
    (query.agency === undefined || record.agency === query.agency) &&
    (query.parentId === undefined || record.parentId === query.parentId) &&
    (query.title === undefined || record.title === query.title) &&
    (query.openedFrom === undefined || record.openedAt >= query.openedFrom) &&
    (query.openedTo === undefined || record.openedAt < query.openedTo)
  );
}

/** A keyed family's deadlines (`consult:acme`) count under the family's name. */
export function familyOf(name: string): string {
  const separator = name.indexOf(':');
  return separator < 0 ? name : name.slice(0, separator);
}
