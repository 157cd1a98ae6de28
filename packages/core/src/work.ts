import type { Calendar } from '@zwgk/calendar';
import type { AnyMachineSnapshot } from 'xstate';
import { type AuditEntry, type AuditFacts, chainEntry, type Sha256Hex, sha256Hex } from './audit.js';
import type { CaseRecord } from './case-record.js';
import type { DeadlineRecord } from './deadline-record.js';
import type { AnyRuleModule } from './define-rule-module.js';
import type { CaseEvent, Instant } from './events.js';
import type { Commit } from './store.js';

/** A case loaded into a unit of work. */
export interface WorkingCase {
  record: CaseRecord;
  /** True once `record` is this work's own copy (see {@link draft}); a loaded record is shared with the store. */
  owned?: boolean;
  /** The audit sequence when loaded; null for a case this work creates. */
  readonly expectedAuditSeq: number | null;
  snapshot: AnyMachineSnapshot;
  readonly module: AnyRuleModule;
  readonly deadlines: Map<string, DeadlineRecord>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The case's record for changing: copied once per unit of work before its first change (the
 * loaded one is the store's and the snapshot cache's), then changed in place, instead of one
 * copy per change.
 */
export function draft(working: WorkingCase): Mutable<CaseRecord> {
  if (!working.owned) {
    working.record = { ...working.record };
    working.owned = true;
  }
  return working.record as Mutable<CaseRecord>;
}

/** An event the engine itself queued for a case (a child's outcome), delivered after the current one. */
export interface QueuedEvent {
  readonly caseId: string;
  readonly event: CaseEvent;
}

/**
 * Everything one engine call changes, gathered in memory and written as one commit:
 * the cases it touched, their audit entries (chained as they are appended) and deadlines.
 * It is also the operation's context: the instant it records and the calendar it counts with.
 */
export class UnitOfWork {
  readonly cases = new Map<string, WorkingCase>();
  readonly audit: AuditEntry[] = [];
  readonly changedDeadlines = new Map<string, DeadlineRecord>();
  readonly idempotency: { caseId: string; eventId: string; result: unknown }[] = [];
  readonly queue: QueuedEvent[] = [];

  constructor(
    readonly recordedAt: Instant,
    /** The calendar of this whole operation, captured at its start: `useCalendar` never swaps it mid-way. */
    readonly calendar: Calendar,
    private readonly digest: Sha256Hex = sha256Hex,
  ) {}

  append(caseId: string, facts: AuditFacts): void {
    const working = this.cases.get(caseId);
    if (!working) throw new Error(`UnitOfWork.append: case ${caseId} is not loaded`);
    const entry = chainEntry(caseId, { seq: working.record.auditSeq, hash: working.record.auditHash }, facts, this.recordedAt, this.digest);
    const record = draft(working);
    record.auditSeq = entry.seq;
    record.auditHash = entry.hash;
    this.audit.push(entry);
  }

  setDeadline(record: DeadlineRecord): void {
    this.cases.get(record.caseId)?.deadlines.set(record.name, record);
    this.changedDeadlines.set(`${record.caseId}\u0000${record.name}`, record);
  }

  toCommit(): Commit {
    return {
      cases: [...this.cases.values()]
        .filter((c) => c.expectedAuditSeq === null || c.record.auditSeq !== c.expectedAuditSeq)
        .map((c) => ({ record: c.record, expectedAuditSeq: c.expectedAuditSeq })),
      audit: this.audit,
      deadlines: [...this.changedDeadlines.values()],
      idempotency: this.idempotency,
    };
  }
}
