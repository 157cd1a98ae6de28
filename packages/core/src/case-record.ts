import type { Actor, Instant } from './events.js';

/** `open` while the machine runs; `done` when it reached a final state; `ended` when closed without reaching one (a child case whose parent closed first). */
export type CaseStatus = 'open' | 'done' | 'ended';

/** A notice the case sent (告知书, 答复, 书面通知), with the clause that requires it. */
export interface NoticeRecord {
  readonly name: string;
  readonly recipient: string;
  readonly clause: string;
  readonly citation: string;
  readonly at: Instant;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A breach of the regulation recorded on the case (a ground for 责任追究). */
export interface BreachRecord {
  readonly name: string;
  readonly clause: string;
  readonly citation: string;
  readonly at: Instant;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A case as stored: one running instance of a rule module. */
export interface CaseRecord {
  readonly id: string;
  readonly moduleId: string;
  readonly moduleVersion: string;
  readonly parentId: string | null;
  /** The key under which the parent opened this child. */
  readonly childKey: string | null;
  readonly agency: string | null;
  readonly title: string | null;
  readonly status: CaseStatus;
  /** The machine's state as a dotted path (`answering.thirdParty`); parallel regions joined by `|`. */
  readonly state: string;
  /** xstate's persisted snapshot. */
  readonly snapshot: unknown;
  /** Incremented by every applied event: the expected version of optimistic concurrency. */
  readonly version: number;
  readonly openedAt: Instant;
  readonly updatedAt: Instant;
  readonly closedAt: Instant | null;
  readonly openedBy: Actor;
  readonly notices: readonly NoticeRecord[];
  readonly breaches: readonly BreachRecord[];
  /** Child case ids by key. */
  readonly children: Readonly<Record<string, string>>;
  /** Head of the case's audit chain. */
  readonly auditSeq: number;
  readonly auditHash: string;
}
