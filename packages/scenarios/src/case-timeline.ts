import type { Calendar } from '@zwgk/calendar';
import type { AnyRuleModule, AuditEntry, AuditKind, DeadlineRecord, Engine, Instant } from '@zwgk/core';
import { formatBeijing } from './beijing-instant.js';
import { clausesOfEntry } from './entry-clauses.js';
import { entryWords, stateWords, type Verdict, type Words } from './labels.js';

/** A clause behind something in a timeline: its id and its citation 《制度名》第X条. */
export interface ClauseRef {
  readonly clause: string;
  readonly citation: string;
}

/** One audit entry of a timeline, in words, with the clauses behind it. */
export interface TimelineEntry {
  readonly seq: number;
  readonly at: Instant;
  readonly kind: AuditKind;
  /** The kind in words, Chinese and English. */
  readonly label: { readonly zh: string; readonly en: string };
  readonly actor?: { readonly id: string; readonly role: string };
  /** What happened, in a line (raw: event types, state paths). */
  readonly text: string;
  /** What happened, in a line in each language, in the module's own labels for states, events and deadlines. */
  readonly words: Words;
  readonly clauses: readonly ClauseRef[];
}

/**
 * How a deadline ended, or stands: met, missed, cancelled, elapsed (ran out by design), deemed
 * (silence deemed consent), still open, or open and overdue.
 */
export type DeadlineVerdict = Verdict;

/** A deadline as a bar on a timeline. */
export interface DeadlineBar {
  readonly name: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly unit: DeadlineRecord['unit'];
  readonly length: number;
  readonly extensions: readonly number[];
  readonly startedAt: Instant;
  readonly dueAt: Instant | null;
  readonly warnAt: Instant | null;
  /** When it was met, missed or cancelled; null while open. */
  readonly endedAt: Instant | null;
  readonly verdict: DeadlineVerdict;
  /** Spans when the clock stood still (to: null while still paused). */
  readonly pauses: readonly { readonly from: Instant; readonly to: Instant | null }[];
  readonly citation: string;
  /**
   * How each due instant was counted, first to last: the start, then any resume and extension
   * (each line names its step, then the calendar's summary).
   */
  readonly explanation: readonly string[];
}

/** A case as an auditor reads it: module, state, audit entries with their clauses, deadlines as bars, children. */
export interface CaseTimeline {
  readonly caseId: string;
  /** The scenario's alias for the case (alias/childKey for a child), when it has one. */
  readonly alias?: string;
  readonly module: {
    readonly id: string;
    readonly version: string;
    readonly title: { readonly zh: string; readonly en: string };
    readonly regulation: string;
  };
  readonly status: string;
  readonly state: string;
  /** The state in the module's own words (see `stateWords`). */
  readonly stateWords: Words;
  readonly openedAt: Instant;
  readonly closedAt: Instant | null;
  readonly entries: readonly TimelineEntry[];
  readonly deadlines: readonly DeadlineBar[];
  readonly children: readonly CaseTimeline[];
}

const KIND_LABELS: Record<AuditKind, { zh: string; en: string }> = {
  'case.opened': { zh: '立案', en: 'opened' },
  'event.applied': { zh: '事件', en: 'event' },
  'event.rejected': { zh: '拒收', en: 'refused' },
  'engine.event': { zh: '系统', en: 'engine' },
  'deadline.changed': { zh: '期限', en: 'deadline' },
  'deadline.warned': { zh: '预警', en: 'warning' },
  'deadline.fell-due': { zh: '到期', en: 'fell due' },
  'deadline.recomputed': { zh: '重算', en: 'recomputed' },
  'notice.sent': { zh: '告知', en: 'notice' },
  'breach.recorded': { zh: '违规', en: 'breach' },
  'child.opened': { zh: '子案', en: 'child case' },
  'case.closed': { zh: '办结', en: 'closed' },
  'case.ended': { zh: '终止', en: 'ended' },
};

/** One line saying what an audit entry records. */
export function describeEntry(entry: AuditEntry): string {
  // biome-ignore lint/suspicious/noExplicitAny: entry data differs by kind; each case below reads its own fields
  const d = entry.data as Record<string, any>;
  switch (entry.kind) {
    case 'case.opened':
      return `${d.module} opened in state ${d.state}`;
    case 'event.applied':
    case 'engine.event':
      return d.delivered ? `${d.event.type}: ${d.from} → ${d.to}` : `${d.event.type} recorded (not handled in ${d.state})`;
    case 'event.rejected':
      return `${d.type} refused: ${d.code}${d.message ? ` (${String(d.message).split('\n')[0]})` : ''}`;
    case 'deadline.changed':
      return `${d.name} ${d.op}${d.dueAt ? `, due ${formatBeijing(d.dueAt)}` : ''}${d.outcome ? `, ${d.outcome}` : ''}`;
    case 'deadline.warned':
    case 'deadline.fell-due':
      return `${d.name} (due ${formatBeijing(d.dueAt)}) fired at ${formatBeijing(d.firedAt)}`;
    case 'notice.sent':
    case 'breach.recorded':
      return `${d.name} → ${d.citation}`;
    case 'child.opened':
      return `${d.key}: ${d.module}`;
    case 'case.closed':
    case 'case.ended':
      return `in state ${d.state ?? '—'}`;
    default:
      return JSON.stringify(d);
  }
}

function verdictOf(d: DeadlineRecord): DeadlineVerdict {
  if (d.outcome) return d.outcome;
  return d.fellDue ? 'overdue' : 'open';
}

function pausesOf(d: DeadlineRecord): DeadlineBar['pauses'] {
  const pauses: { from: Instant; to: Instant | null }[] = [];
  for (const h of d.history) {
    if (h.op === 'pause') pauses.push({ from: h.at, to: null });
    else if (h.op === 'resume' && pauses.length > 0 && pauses[pauses.length - 1]!.to === null)
      pauses[pauses.length - 1] = { ...pauses[pauses.length - 1]!, to: h.at };
  }
  return pauses;
}

function summaries(explanation: unknown): string[] {
  const list = Array.isArray(explanation) ? explanation : explanation ? [explanation] : [];
  return list.map((e) => (e as { summary?: unknown }).summary).filter((s): s is string => typeof s === 'string');
}

/** The counting behind the current due instant, and before it the start's when a resume moved the anchor. */
function calculations(d: DeadlineRecord, calendar?: Calendar): string[] {
  const current = summaries(d.explanation);
  if (current.length === 0) return [];
  const resumed = d.anchor !== d.startedAt;
  const steps = current.map((summary, i) => `${i > 0 ? '延长 extended' : resumed ? '恢复计时 resumed' : '起算 started'}: ${summary}`);
  if (!resumed || !calendar) return steps;
  // The start's own count is no longer on the record (it keeps the current one): count it again.
  let first: string;
  if (d.unit === 'hours') first = `按小时连续计算（含夜间、节假日）${d.length}小时，自${formatBeijing(d.startedAt)}起`;
  else
    first = (
      d.unit === 'workingDays' ? calendar.workingDayDeadline(d.startedAt, d.length) : calendar.calendarDayDeadline(d.startedAt, d.length)
    ).explanation.summary;
  return [`起算 started: ${first}`, ...steps];
}

/**
 * A deadline record as a timeline bar. With the calendar the case ran on, the explanation also
 * shows the start's count when a pause and resume have since moved the anchor.
 */
export function deadlineBar(d: DeadlineRecord, calendar?: Calendar): DeadlineBar {
  const verdict = verdictOf(d);
  const lastHistory = d.history[d.history.length - 1];
  const endedAt = d.completedAt ?? (verdict === 'cancelled' ? (lastHistory?.at ?? null) : null);
  return {
    name: d.name,
    label: d.label,
    unit: d.unit,
    length: d.length,
    extensions: d.extensions,
    startedAt: d.startedAt,
    dueAt: d.dueAt,
    warnAt: d.warnAt,
    endedAt,
    verdict,
    pauses: pausesOf(d),
    citation: d.citation,
    explanation: calculations(d, calendar),
  };
}

/**
 * A case's timeline from its audit trail and deadlines, with its children's: every event, state
 * change, deadline set, paused, extended, warned, met or missed, with the clauses behind each.
 */
export async function caseTimeline(engine: Engine, caseId: string, aliases: Readonly<Record<string, string>> = {}): Promise<CaseTimeline> {
  const view = await engine.getCase(caseId);
  const record = view.case;
  const module = engine.modules.find((m) => m.id === record.moduleId && m.version === record.moduleVersion) as AnyRuleModule;
  const cite = (clause: string): ClauseRef => ({
    clause,
    citation: module.clauses[clause]?.citation ?? `《${module.source.name}》${clause}`,
  });
  const alias = Object.entries(aliases).find(([, id]) => id === caseId)?.[0];
  const entries = (await engine.history(caseId)).map(
    (entry): TimelineEntry => ({
      seq: entry.seq,
      at: entry.at,
      kind: entry.kind,
      label: KIND_LABELS[entry.kind],
      ...(entry.actor ? { actor: { id: entry.actor.id, role: entry.actor.role } } : {}),
      text: describeEntry(entry),
      words: entryWords(module, entry),
      clauses: clausesOfEntry(module, entry).map(cite),
    }),
  );
  const childAliases = { ...aliases };
  if (alias) for (const [key, id] of Object.entries(record.children)) childAliases[`${alias}/${key}`] ??= id;
  const children: CaseTimeline[] = [];
  for (const childId of Object.values(record.children)) children.push(await caseTimeline(engine, childId, childAliases));
  return {
    caseId,
    ...(alias ? { alias } : {}),
    module: { id: module.id, version: module.version, title: module.title, regulation: module.source.name },
    status: record.status,
    state: record.state,
    stateWords: stateWords(module, record.state),
    openedAt: record.openedAt,
    closedAt: record.closedAt,
    entries,
    deadlines: view.deadlines.map((d) => deadlineBar(d, engine.calendar)),
    children,
  };
}
