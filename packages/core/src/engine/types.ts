import type { Calendar } from '@zwgk/calendar';
import type { AuditEntry, AuditVerification, Sha256Hex } from '../audit.js';
import type { CaseRecord, NoticeRecord } from '../case-record.js';
import type { Clock } from '../clock.js';
import type { DeadlineRecord } from '../deadline-record.js';
import type { AnyRuleModule } from '../define-rule-module.js';
import type { Actor, Instant } from '../events.js';
import type { FeedEntry, FeedQuery } from '../feed.js';
import type { PayloadLimits } from '../payload-limits.js';
import type { CaseQuery, CaseStore } from '../store.js';

/** Options of `createEngine`. */
export interface EngineOptions {
  readonly modules: readonly AnyRuleModule[];
  readonly calendar: Calendar;
  readonly clock: Clock;
  /** Defaults to a {@link MemoryStore}. */
  readonly store?: CaseStore;
  /** Overrides of module parameters, by module id then parameter name; validated at creation. */
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Makes case ids and default event ids. Defaults to `crypto.randomUUID`. */
  readonly newId?: () => string;
  /** How often a write that lost a race is retried before the conflict reaches the caller. Default 3. */
  readonly retries?: number;
  /** SHA-256 for the audit chain; defaults to Node's native one, or pure-JS @noble/hashes where the host has none. */
  readonly sha256?: Sha256Hex;
  /** Bounds on every module's inputs and payloads (string and array lengths, keys, depth); see `DEFAULT_PAYLOAD_LIMITS`. */
  readonly payloadLimits?: PayloadLimits;
}

/** What `engine.open` needs to open a case: the module's input, who opens it, when the matter began. */
export interface OpenRequest {
  readonly input: unknown;
  readonly actor: Actor;
  /** When the matter began in law (the application's receipt). Defaults to now; never in the future. */
  readonly occurredAt?: Instant;
  readonly agency?: string;
  readonly title?: string;
  /**
   * Choose the case id (the OA system's own file number, in the characters of `ID_PATTERN`). The
   * same open sent again returns the case with `duplicate: true`; another open with a used id
   * fails with CASE_ID_USED.
   */
  readonly caseId?: string;
}

/** What `engine.send` needs: the event type and payload, who sends it, and an optional idempotency id. */
export interface EventRequest {
  readonly type: string;
  readonly payload?: unknown;
  readonly actor: Actor;
  /** The caller's id for this event: sending the same id again changes nothing. */
  readonly eventId?: string;
  readonly occurredAt?: Instant;
  /** Fail with VERSION_CONFLICT unless the case is still at this version. */
  readonly expectedVersion?: number;
  /**
   * Whether the sender may see this case (the embedding system's access rule, e.g. an agency scope).
   * When it returns false the engine answers UNKNOWN_CASE, as for a case that does not exist, and
   * records nothing. It is asked about the case the event would be applied to, in the same operation,
   * so it costs no read of its own.
   */
  readonly visible?: (record: CaseRecord) => boolean;
}

/** The case after `open` or `send`: its version, state, status and the notices the step sent. */
export interface SendResult {
  readonly caseId: string;
  readonly version: number;
  readonly state: string;
  readonly status: CaseRecord['status'];
  /** True when this event id had been applied before: nothing changed. */
  readonly duplicate: boolean;
  readonly notices: readonly NoticeRecord[];
}

/** A case as `engine.getCase` returns it, with its deadlines and the events it may accept now. */
export interface CaseView {
  readonly case: CaseRecord;
  readonly deadlines: readonly DeadlineRecord[];
  /** Event types the current state may accept (their guards are checked when sent). */
  readonly acceptedEvents: readonly string[];
}

/** A deadline warning or due instant that `engine.tick` fired. */
export interface FiredDeadline {
  readonly caseId: string;
  readonly name: string;
  /** `pauseWarning`: a paused deadline whose pause has lasted its warning time (spec `pause.warnAfter`). */
  readonly kind: 'warning' | 'due' | 'pauseWarning';
  readonly scheduledAt: Instant;
  readonly firedAt: Instant;
  /** How late it fired: the process may have been down. */
  readonly lateMs: number;
  /** Whether the machine's current state handles the event (it is recorded either way). */
  readonly delivered: boolean;
}

/** A deadline whose due instant `engine.useCalendar` moved. */
export interface RecomputedDeadline {
  readonly caseId: string;
  readonly name: string;
  readonly previousDueAt: Instant | null;
  readonly dueAt: Instant | null;
  /** Whether the due instant moved earlier (the case is warned again) or later. */
  readonly moved: 'earlier' | 'later';
  /** Whether the new due instant is still counted provisionally. */
  readonly provisional: boolean;
}

/** Whether replaying a case's audited events through its machine reproduces the stored case. */
export interface ReplayResult {
  readonly matches: boolean;
  readonly replayedEvents: number;
  readonly replayed: unknown;
  readonly stored: unknown;
  /** Why facts recorded after closure do not replay (their handler now gives other effects or states). */
  readonly problems?: readonly string[];
}

/** Runs rule-module cases: opens them, applies events, fires deadlines, and keeps the audit trail (see `createEngine`). */
export interface Engine {
  readonly modules: readonly AnyRuleModule[];
  readonly calendar: Calendar;
  /** Opens a case of a module (by id); the input is validated against the module's input schema. */
  open(moduleId: string, request: OpenRequest): Promise<SendResult>;
  /** Applies an event to a case, after checking its role, payload and the machine's current state. */
  send(caseId: string, request: EventRequest): Promise<SendResult>;
  /** Fires every deadline warning and due instant reached by `now` (default: the clock's now). */
  tick(now?: number): Promise<FiredDeadline[]>;
  /** The case, its deadlines and the events it accepts now; `NOT_FOUND` when there is none. */
  getCase(caseId: string): Promise<CaseView>;
  /** The case's audit trail, oldest first. */
  history(caseId: string): Promise<AuditEntry[]>;
  /** Cases matching the query (all when none is given). */
  listCases(query?: CaseQuery): Promise<CaseRecord[]>;
  /** Change-feed entries after a cursor, in commit order (see `FEED_KINDS`); UNSUPPORTED by a store without a feed is INVALID_ARGUMENT. */
  feed(query: FeedQuery): Promise<FeedEntry[]>;
  /** Running deadlines that warn or fall due in [from, to), then every paused deadline (a pause has no due instant: it stays listed until it ends). */
  upcoming(window: { from: number; to: number }): Promise<DeadlineRecord[]>;
  /** Checks the hash chain of one case's audit trail, or of every case. */
  verifyAudit(caseId?: string): Promise<AuditVerification>;
  /** Replays the case's audited events through its machine and compares the result with the stored case. */
  replay(caseId: string): Promise<ReplayResult>;
  /** Switches to another calendar (a changed schedule) and recomputes the open deadlines it moves. */
  useCalendar(calendar: Calendar): Promise<RecomputedDeadline[]>;
}
