import { type Calendar, toBeijingDate } from '@zwgk/calendar';
import type { AnyRuleModule, CaseRecord, DeadlineRecord } from '@zwgk/core';
import { registeredApplication } from './application-form.js';
import { beijingDateTime, formatDue } from './beijing-time.js';
import type { OaPresetId } from './presets.js';

/** One row of the OA's case list (案件列表). */
export interface CaseRow {
  readonly caseId: string;
  /** The regulation the application is handled under. */
  readonly preset: OaPresetId;
  readonly applicant: string;
  readonly subject: string;
  /** Beijing time, 'YYYY-MM-DD HH:mm'. */
  readonly receivedAt: string;
  /** The case's state in Chinese, e.g. '办理中' or '已答复：予以公开'. */
  readonly state: string;
  readonly closed: boolean;
  /**
   * The deadline the row shows: the reply period (答复期限), or while the office waits on the
   * applicant under the 2019 regulation, the applicant's (补正期限, 缴纳信息处理费期限).
   */
  readonly deadline: string;
  /** The clause that sets the deadline shown, e.g. 《中华人民共和国政府信息公开条例》第三十三条. */
  readonly deadlineCitation: string;
  /** The deadline shown as an instant, null once the clock is stopped or the case answered. */
  readonly dueAt: string | null;
  /** As shown: '2020-10-27（周二）24:00'; for a stopped clock, the working days left. */
  readonly due: string;
  /**
   * Working days after today up to the due day, counted as the law counts (today is not, like the
   * day of receipt, 《民法典》第二百零一条): 15 on the day of receipt, 0 on the last day. Null
   * without a running deadline, and once overdue.
   */
  readonly workingDaysLeft: number | null;
  /** The deadline's warning time has come (3 working days before, 第八条 as the module sets it). */
  readonly warning: boolean;
  /** The due instant has passed without an answer, or the answer came late. */
  readonly overdue: boolean;
  /** How the due date was counted (the calendar's one-liner per step). */
  readonly dueExplanation: string;
  /** The due date was counted through a year whose holidays are not yet announced: it may move (shown 暂定). */
  readonly provisional: boolean;
  /** Breaches recorded on the case, by their Chinese label. */
  readonly breaches: readonly string[];
}

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  answeredOnTheSpot: '已当场答复',
  disclosed: '已答复：予以公开',
  partlyDisclosed: '已答复：部分公开',
  refused: '已答复：不予公开',
  referred: '已答复：非本机关信息',
  nonexistent: '已答复：信息不存在',
  abandoned: '视为放弃申请',
  recordCorrected: '已更正',
  recordForwarded: '已转达有权更正机关',
  correctionDeclined: '不予更正',
};

/**
 * The machine's state path (`handling.(main.examining|review.pending|…)`) in the words of the
 * office. The sub-states that matter to a clerk come first: waiting for the applicant or a third
 * party stops the clock; a review or a consultation is still running.
 */
export function stateLabel(record: Pick<CaseRecord, 'state' | 'status'>): string {
  const { state } = record;
  if (state in OUTCOME_LABELS) return OUTCOME_LABELS[state]!;
  if (record.status === 'ended') return '已终止';
  if (state === 'registered') return '已登记';
  if (state === 'correcting') return '更正申请办理中';
  const waits: string[] = [];
  if (state.includes('main.awaitingCorrection')) waits.push('待申请人补正');
  if (state.includes('thirdParty.consulting')) waits.push('征求第三方意见中');
  if (state.includes('review.pending')) waits.push('保密审查中');
  if (state.includes('agencies.pending')) waits.push('征求其他机关意见中');
  return waits.length > 0 ? `办理中（${waits.join('、')}）` : '办理中';
}

/** The calendar's one-liners of a due date's explanation, joined. */
export function explanationSummary(explanation: unknown): string {
  const steps = Array.isArray(explanation) ? explanation : [explanation];
  return steps
    .map((s) => (typeof (s as { summary?: unknown } | null)?.summary === 'string' ? (s as { summary: string }).summary : ''))
    .filter(Boolean)
    .join('；');
}

/** Builds the row of a Xiji disclosure-request case (《西吉县政府信息依申请公开制度》) from its record, its reply deadline and the clock. */
export function caseRow(
  record: CaseRecord,
  reply: DeadlineRecord | undefined,
  nowMs: number,
  calendar: Calendar,
  module: AnyRuleModule,
): CaseRow {
  const application = registeredApplication(record.snapshot);
  const subject = application
    ? application.request.kind === 'disclosure'
      ? application.request.description
      : application.request.record
    : (record.title ?? '');
  return {
    caseId: record.id,
    preset: 'xiji-2018-47',
    applicant: application?.applicant.name ?? '',
    subject,
    receivedAt: beijingDateTime(Date.parse(record.openedAt)),
    state: stateLabel(record),
    closed: record.status !== 'open',
    ...deadlineColumns(reply, reply, nowMs, calendar),
    breaches: record.breaches.map((b) => `${module.breaches?.[b.name]?.label.zh ?? b.name}（${b.citation}）`),
  };
}

/** The columns of a row about its deadline. */
export type DeadlineColumns = Pick<
  CaseRow,
  'deadline' | 'deadlineCitation' | 'dueAt' | 'due' | 'workingDaysLeft' | 'warning' | 'overdue' | 'dueExplanation' | 'provisional'
>;

/**
 * The deadline columns of a row showing the deadline `shown`; the case is overdue when `shown` runs
 * past its due instant, or when the office's `reply` period ended missed.
 */
export function deadlineColumns(
  shown: DeadlineRecord | undefined,
  reply: DeadlineRecord | undefined,
  nowMs: number,
  calendar: Calendar,
): DeadlineColumns {
  const running = shown?.status === 'running' && shown.dueAtMs !== null ? shown : undefined;
  // Judged from the clock, not from whether the scheduler has fired yet: the list is right even
  // while the scheduler is down, and the scheduler's firings are what reach the to-do list.
  const overdue = running ? nowMs >= running.dueAtMs! : reply?.outcome === 'missed';
  const warning = running !== undefined && !overdue && running.warnAtMs !== null && nowMs >= running.warnAtMs;
  let due = '—';
  if (running) due = `${formatDue(running.dueAt!, calendar)}${running.provisional ? '（暂定）' : ''}`;
  else if (shown?.status === 'paused') due = `期限中止，剩余 ${shown.remaining} 个工作日`;
  else if (shown?.completedAt)
    due = `${shown.outcome === 'missed' ? '逾期答复' : '按期答复'}（${beijingDateTime(Date.parse(shown.completedAt))}）`;
  return {
    deadline: shown?.label.zh ?? '',
    deadlineCitation: shown?.citation ?? '',
    dueAt: running?.dueAt ?? null,
    due,
    workingDaysLeft: running && !overdue ? workingDaysLeft(nowMs, running.dueAtMs!, calendar) : null,
    warning,
    overdue,
    dueExplanation: shown ? explanationSummary(shown.explanation) : '',
    provisional: running?.provisional === true,
  };
}

/** Working days after today up to the last day of the period (which ends at 24:00 of that day). */
export function workingDaysLeft(nowMs: number, dueAtMs: number, calendar: Calendar): number {
  return calendar.workingDaysBetween(toBeijingDate(nowMs), toBeijingDate(dueAtMs - 1));
}
