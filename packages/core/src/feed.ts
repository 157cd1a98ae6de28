import type { AuditEntry, AuditKind } from './audit.js';
import type { CaseRecord } from './case-record.js';
import type { Actor, Instant } from './events.js';
import type { Commit } from './store.js';

/**
 * The audit kinds an OA system must act on, in the change feed: a case opened or closed (or ended
 * with its parent), a notice to send (with its content), a deadline's warning or due instant, a
 * breach, and an event the engine refused.
 */
export const FEED_KINDS = [
  'case.opened',
  'case.closed',
  'case.ended',
  'notice.sent',
  'deadline.warned',
  'deadline.fell-due',
  'breach.recorded',
  'event.rejected',
] as const;

/** One of {@link FEED_KINDS}. */
export type FeedKind = (typeof FEED_KINDS)[number];

/** A feed entry as a commit writes it; the store gives it its cursor. */
export interface FeedEntryDraft {
  readonly caseId: string;
  readonly kind: FeedKind;
  /** When it happened in law (the audit entry's `at`). */
  readonly at: Instant;
  /** When the engine recorded it. */
  readonly recordedAt: Instant;
  readonly agency: string | null;
  readonly moduleId: string;
  /** The audit sequence of the entry it mirrors: `GET /cases/{id}/history` has the rest. */
  readonly auditSeq: number;
  readonly actor?: Actor;
  /** The audit entry's data: a notice's content, a deadline's name and due instant, a refusal's code. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** A feed entry with its cursor: increasing in commit order across all cases. */
export interface FeedEntry extends FeedEntryDraft {
  readonly cursor: number;
}

/** What `feed` returns: entries after `after`, oldest first, filtered. */
export interface FeedQuery {
  /** Entries after this cursor; 0 (default) from the start. */
  readonly after?: number;
  readonly limit: number;
  /** Only these agencies' cases (a case without agency matches none). */
  readonly agencies?: readonly string[];
  readonly moduleIds?: readonly string[];
  readonly kinds?: readonly FeedKind[];
}

const FEED_KIND_SET: ReadonlySet<AuditKind> = new Set(FEED_KINDS);

/** The feed entries of a commit: its audit entries of the feed's kinds, with each case's agency and module. */
export function feedEntriesOf(
  commit: Commit,
  caseOf: (caseId: string) => Pick<CaseRecord, 'agency' | 'moduleId'> | undefined,
): FeedEntryDraft[] {
  const entries: FeedEntryDraft[] = [];
  for (const entry of commit.audit) {
    if (!FEED_KIND_SET.has(entry.kind)) continue;
    const record = caseOf(entry.caseId);
    entries.push(draftOf(entry, record?.agency ?? null, record?.moduleId ?? ''));
  }
  return entries;
}

function draftOf(entry: AuditEntry, agency: string | null, moduleId: string): FeedEntryDraft {
  return {
    caseId: entry.caseId,
    kind: entry.kind as FeedKind,
    at: entry.at,
    recordedAt: entry.recordedAt,
    agency,
    moduleId,
    auditSeq: entry.seq,
    ...(entry.actor ? { actor: entry.actor } : {}),
    data: entry.data,
  };
}

/** Whether an entry passes a query's filters (for stores that filter in memory). */
export function feedEntryMatches(entry: FeedEntryDraft, query: FeedQuery): boolean {
  return (
    (query.agencies === undefined || (entry.agency !== null && query.agencies.includes(entry.agency))) &&
    (query.moduleIds === undefined || query.moduleIds.includes(entry.moduleId)) &&
    (query.kinds === undefined || query.kinds.includes(entry.kind))
  );
}
