import type { Calendar } from '@zwgk/calendar';
import type { CaseView, FiredDeadline } from '@zwgk/core';
import { formatDue } from './beijing-time.js';

/** An entry for the OA's to-do list (待办) or notification centre, made from one deadline the scheduler fired. */
export interface TodoItem {
  /** Stable per firing: insert with it as the primary key and a repeated delivery is harmless. */
  readonly key: string;
  /** `stalled`: the clock has been stopped longer than its spec's `pause.warnAfter` (e.g. a consultation unanswered). */
  readonly kind: 'warning' | 'overdue' | 'stalled';
  readonly caseId: string;
  readonly moduleId: string;
  /** The deadline's name in its module (`reply`) and its Chinese label (答复期限). */
  readonly deadline: string;
  readonly deadlineLabel: string;
  readonly dueAt: string | null;
  /** The clause that sets the deadline, e.g. 《西吉县政府信息依申请公开制度》第八条. */
  readonly citation: string;
  /** When the warning or the due instant was, and when the scheduler actually fired it. */
  readonly scheduledAt: string;
  readonly firedAt: string;
  /** How late it fired, e.g. because the service was down. */
  readonly lateMs: number;
  /** One line for the to-do list, in Chinese. */
  readonly message: string;
}

/** The to-do entry for a fired deadline, with the case as it is after the firing. */
export function todoItem(fired: FiredDeadline, view: CaseView, calendar: Calendar): TodoItem {
  const deadline = view.deadlines.find((d) => d.name === fired.name);
  const label = deadline?.label.zh ?? fired.name;
  const citation = deadline?.citation ?? '';
  const dueAt = deadline?.dueAt ?? null;
  const due = dueAt ? formatDue(dueAt, calendar) : '（期限已变更）';
  const what = view.case.title ? `${fired.caseId}「${view.case.title}」` : fired.caseId;
  const message = {
    warning: `【临期】${what}${label}将于 ${due} 届满，请及时办理（${citation}）`,
    due: `【逾期】${what}${label}已于 ${due} 届满，仍未办结（${citation}）`,
    pauseWarning: `【久停】${what}${label}计时已中止较长时间，请督促或作出决定（${citation}）`,
  }[fired.kind];
  return {
    key: `${fired.caseId}:${fired.name}:${fired.kind}:${fired.scheduledAt}`,
    kind: ({ warning: 'warning', due: 'overdue', pauseWarning: 'stalled' } as const)[fired.kind],
    caseId: fired.caseId,
    moduleId: view.case.moduleId,
    deadline: fired.name,
    deadlineLabel: label,
    dueAt,
    citation,
    scheduledAt: fired.scheduledAt,
    firedAt: fired.firedAt,
    lateMs: fired.lateMs,
    message,
  };
}
