import { instantToMs } from '@zwgk/calendar';
import { type AuditEntry, canonicalJson, GENESIS_HASH } from './audit.js';
import type { CaseRecord, CaseStatus } from './case-record.js';
import { type DeadlineRecord, nextFireAt } from './deadline-record.js';

/** One thing verification found wrong, naming the case, the field and the audit entry behind it. */
export interface AuditFinding {
  /** The case, or null for a store-wide finding (the ledger, a checkpoint). */
  readonly caseId: string | null;
  /** What is wrong: `chain`, `head`, `state`, `status`, `deadline.reply.dueAt`, `ledger`, `checkpoint`, … */
  readonly field: string;
  /** The audit entry that set the field, or that is missing or broken; null when none. */
  readonly seq: number | null;
  readonly reason: string;
}

/** A value as the chain sets it, with the entry that set it last. */
interface Traced<T> {
  value: T;
  seq: number;
}

interface ProjectedDeadline {
  status: Traced<string>;
  dueAt: Traced<string | null>;
  outcome: Traced<string | null>;
}

/**
 * What a case's audit chain says its record must be: state, status, version, notices, breaches,
 * children and each deadline's status, due instant and outcome, each with the entry that set it.
 * Built in one pass over the entries, appended one at a time (so a caller can stream them).
 */
export class CaseProjection {
  head = { seq: 0, hash: GENESIS_HASH };
  module: Traced<string> | undefined;
  state: Traced<string> | undefined;
  status: Traced<CaseStatus> = { value: 'open', seq: 0 };
  closedAt: Traced<string | null> = { value: null, seq: 0 };
  version: Traced<number> = { value: 1, seq: 0 };
  readonly notices: { data: unknown; seq: number }[] = [];
  readonly breaches: { data: unknown; seq: number }[] = [];
  readonly children = new Map<string, Traced<string>>();
  readonly deadlines = new Map<string, ProjectedDeadline>();

  /** Folds the next entry of the chain into the projection. */
  add(entry: AuditEntry): void {
    const { seq, data } = entry;
    this.head = { seq, hash: entry.hash };
    switch (entry.kind) {
      case 'case.opened':
        this.module = { value: String(data.module), seq };
        this.state = { value: String(data.state), seq };
        break;
      case 'event.applied':
      case 'engine.event':
        if (data.delivered === true) {
          this.state = { value: String(data.to), seq };
          if (typeof data.version === 'number') this.version = { value: data.version, seq };
        }
        break;
      case 'notice.sent':
        this.notices.push({ data, seq });
        break;
      case 'breach.recorded':
        this.breaches.push({ data, seq });
        break;
      case 'child.opened':
        this.children.set(String(data.key), { value: String(data.caseId), seq });
        break;
      case 'deadline.changed':
        this.deadlines.set(String(data.name), {
          status: { value: String(data.status), seq },
          dueAt: { value: (data.dueAt as string | null) ?? null, seq },
          outcome: { value: (data.outcome as string | null) ?? null, seq },
        });
        break;
      case 'deadline.recomputed': {
        const deadline = this.deadlines.get(String(data.name));
        if (deadline) deadline.dueAt = { value: (data.dueAt as string | null) ?? null, seq };
        break;
      }
      case 'case.closed':
      case 'case.ended':
        this.status = { value: entry.kind === 'case.closed' ? 'done' : 'ended', seq };
        this.closedAt = { value: entry.at, seq };
        if (typeof data.state === 'string') this.state = { value: data.state, seq };
        break;
      default:
        break;
    }
  }

  /** Everything in the stored record and deadlines that differs from the projection. */
  compare(record: CaseRecord, deadlines: readonly DeadlineRecord[]): AuditFinding[] {
    const caseId = record.id;
    const findings: AuditFinding[] = [];
    const differ = (field: string, seq: number | null, stored: unknown, chained: unknown) =>
      findings.push({
        caseId,
        field,
        seq,
        reason: `stored ${JSON.stringify(stored)}, but the audit chain gives ${JSON.stringify(chained)}`,
      });
    if (record.auditSeq !== this.head.seq) differ('auditSeq', this.head.seq, record.auditSeq, this.head.seq);
    if (record.auditHash !== this.head.hash) differ('auditHash', this.head.seq, record.auditHash, this.head.hash);
    if (this.module && `${record.moduleId}@${record.moduleVersion}` !== this.module.value)
      differ('module', this.module.seq, `${record.moduleId}@${record.moduleVersion}`, this.module.value);
    if (this.state && record.state !== this.state.value) differ('state', this.state.seq, record.state, this.state.value);
    if (record.status !== this.status.value) differ('status', this.status.seq || null, record.status, this.status.value);
    if (record.closedAt !== this.closedAt.value) differ('closedAt', this.closedAt.seq || null, record.closedAt, this.closedAt.value);
    if (record.version !== this.version.value) differ('version', this.version.seq || null, record.version, this.version.value);
    compareList('notices', this.notices, record.notices, caseId, findings);
    compareList('breaches', this.breaches, record.breaches, caseId, findings);
    const children = record.children ?? {};
    for (const [key, child] of this.children) {
      if (children[key] !== child.value) differ(`children.${key}`, child.seq, children[key] ?? null, child.value);
    }
    for (const key of Object.keys(children)) {
      if (!this.children.has(key))
        findings.push({ caseId, field: `children.${key}`, seq: null, reason: 'stored, but no audit entry opened it' });
    }
    const stored = new Map(deadlines.map((d) => [d.name, d]));
    for (const [name, chained] of this.deadlines) {
      const d = stored.get(name);
      if (!d) {
        findings.push({
          caseId,
          field: `deadline.${name}`,
          seq: chained.status.seq,
          reason: 'the audit chain started it, but it is not stored',
        });
        continue;
      }
      if (d.status !== chained.status.value) differ(`deadline.${name}.status`, chained.status.seq, d.status, chained.status.value);
      if (d.dueAt !== chained.dueAt.value) differ(`deadline.${name}.dueAt`, chained.dueAt.seq, d.dueAt, chained.dueAt.value);
      if (d.outcome !== chained.outcome.value) differ(`deadline.${name}.outcome`, chained.outcome.seq, d.outcome, chained.outcome.value);
      findings.push(...deadlineSelfCheck(d, chained.dueAt.seq));
    }
    for (const name of stored.keys()) {
      if (!this.deadlines.has(name))
        findings.push({ caseId, field: `deadline.${name}`, seq: null, reason: 'stored, but no audit entry started it' });
    }
    return findings;
  }
}

function compareList(
  field: string,
  chained: readonly { data: unknown; seq: number }[],
  stored: readonly unknown[],
  caseId: string,
  findings: AuditFinding[],
): void {
  const length = Math.max(chained.length, stored.length);
  for (let i = 0; i < length; i++) {
    const fromChain = chained[i];
    const fromRecord = stored[i];
    if (fromChain && fromRecord !== undefined && canonicalJson(fromChain.data) === canonicalJson(fromRecord)) continue;
    const reason =
      fromChain === undefined
        ? 'stored, but no audit entry sent it'
        : fromRecord === undefined
          ? 'the audit chain has it, but it is not stored'
          : 'stored content differs from the audit entry';
    findings.push({ caseId, field: `${field}[${i}]`, seq: fromChain?.seq ?? null, reason });
    return; // one list finding is enough: later items shift
  }
}

/** A deadline's derived fields must follow from its due and warning instants (the indexes read those). */
function deadlineSelfCheck(d: DeadlineRecord, seq: number): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const field = `deadline.${d.name}`;
  const msOf = (instant: string | null): number | null | 'invalid' => {
    if (instant === null) return null;
    try {
      return instantToMs(instant);
    } catch {
      return 'invalid';
    }
  };
  const dueMs = msOf(d.dueAt);
  if (dueMs !== d.dueAtMs)
    findings.push({ caseId: d.caseId, field: `${field}.dueAtMs`, seq, reason: `stored ${d.dueAtMs}, but dueAt ${d.dueAt} is ${dueMs}` });
  const warnMs = msOf(d.warnAt);
  if (warnMs !== d.warnAtMs)
    findings.push({
      caseId: d.caseId,
      field: `${field}.warnAtMs`,
      seq,
      reason: `stored ${d.warnAtMs}, but warnAt ${d.warnAt} is ${warnMs}`,
    });
  const next = nextFireAt(d);
  if (next !== d.nextFireAtMs)
    findings.push({
      caseId: d.caseId,
      field: `${field}.nextFireAtMs`,
      seq,
      reason: `stored ${d.nextFireAtMs}, but its status and instants give ${next}`,
    });
  return findings;
}
