import { toBeijingDate } from '@zwgk/calendar';
import type { Actor, CaseRecord, CaseStore } from '@zwgk/core';
import type { Supplement } from '@zwgk/rule-national-annual-report';
import type { ApplicantKind, NationalDisclosureContext } from '@zwgk/rule-national-disclosure-request';
import type { ProactiveContext } from '@zwgk/rule-national-proactive-disclosure';
import type { RemedyContext } from '@zwgk/rule-national-remedy';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, type ApplicationRowKey, REMEDY_RESULTS, type RemedyColumn } from './rows.js';

/** One row of table 三: a count per applicant column and the total. */
export type ApplicantCounts = Readonly<Record<ApplicantKind | 'total', number>>;
/** One group of table 四: a count per result and the total. */
export type RemedyCounts = Readonly<Record<RemedyColumn, number>>;

/** Where a figure the office typed came from: the report case and the audited entry. */
export interface SupplementSource {
  readonly caseId: string;
  readonly enteredAt: string;
  readonly enteredBy: Actor;
}

/** The national annual report of one agency and year (国办公开办函〔2021〕30号), every case-derived figure counted from the store. */
export interface AnnualReport {
  readonly agency: string;
  readonly year: number;
  /** 一、总体情况 (the office's text), or null when it has not been entered. */
  readonly overview: string | null;
  /** 二、主动公开政府信息情况: issued and repealed from the cases; in force and the decisions from the office. */
  readonly proactive: {
    readonly regulations: { readonly issued: number; readonly repealed: number; readonly inForce: number | null };
    readonly normativeDocuments: { readonly issued: number; readonly repealed: number; readonly inForce: number | null };
    readonly licensingDecisions: number | null;
    readonly penaltyDecisions: number | null;
    readonly compulsionDecisions: number | null;
    readonly administrativeFeesTenThousandYuan: number | null;
    /** Proactive items published in the year, and how many after their 20 working days (第二十六条). */
    readonly published: number;
    readonly publishedLate: number;
  };
  /** 三、收到和处理政府信息公开申请情况, by row key then applicant column. */
  readonly applications: Readonly<Record<ApplicationRowKey, ApplicantCounts>>;
  /** 四、政府信息公开行政复议、行政诉讼情况. */
  readonly remedies: {
    readonly reconsideration: RemedyCounts;
    readonly litigationDirect: RemedyCounts;
    readonly litigationAfterReconsideration: RemedyCounts;
  };
  /** 五、存在的主要问题及改进情况 (the office's text). */
  readonly problems: string | null;
  /** 六、其他需要报告的事项: the processing fees from the cases, complaints, and the office's text. */
  readonly otherMatters: {
    readonly processingFees: { readonly notices: number; readonly paid: number; readonly amountYuan: number };
    readonly complaints: { readonly total: number; readonly pending: number };
    readonly text: string | null;
    readonly assessment: string | null;
  };
  /** The report case whose audited entry supplied the office's figures, or null when none was entered. */
  readonly supplement: SupplementSource | null;
  /** The cases counted, by module, so a reader can trace every figure. */
  readonly sources: Readonly<Record<string, readonly string[]>>;
}

const context = <T>(record: CaseRecord): T => (record.snapshot as { context: T }).context;
const date = (instant: string) => toBeijingDate(instant);

function zeroApplicants(): Record<ApplicantKind | 'total', number> {
  return Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, 0])) as Record<ApplicantKind | 'total', number>;
}
function zeroRemedies(): Record<RemedyColumn, number> {
  return Object.fromEntries(REMEDY_RESULTS.map((c) => [c.key, 0])) as Record<RemedyColumn, number>;
}

/**
 * Derives the annual report of `agency` for `year` from the store: the applications of
 * national-disclosure-request (new = received in the year (第三十一条 date); carried in = received
 * before and not concluded before 1 January; results = concluded in the year, by the row of the
 * answer and its sub-reason; carried out = not concluded by 31 December), the remedies of
 * national-remedy filed in the year (尚未审结 = undecided at 31 December), the proactive items,
 * the processing fees paid in the year (from the audit), and what the office entered on the
 * year's national-annual-report case.
 *
 * @example
 * const report = await annualReport(store, { agency: '某县自然资源局', year: 2025 });
 * report.applications.new.total //=> 14
 */
export async function annualReport(
  store: Pick<CaseStore, 'listCases' | 'audit'>,
  options: { readonly agency: string; readonly year: number },
): Promise<AnnualReport> {
  const { agency, year } = options;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const inYear = (d: string) => d >= first && d <= last;
  const sources: Record<string, string[]> = {};
  const counted = (module: string, id: string) => (sources[module] ??= []).push(id);

  // 三: applications.
  const applications = Object.fromEntries(APPLICATION_ROWS.map((r) => [r.key, zeroApplicants()])) as Record<
    ApplicationRowKey,
    Record<ApplicantKind | 'total', number>
  >;
  const add = (row: ApplicationRowKey, kind: ApplicantKind) => {
    applications[row][kind] += 1;
    applications[row].total += 1;
  };
  const fees = { notices: 0, paid: 0, amountYuan: 0 };
  for (const record of await store.listCases({ moduleId: 'national-disclosure-request', agency })) {
    const c = context<NationalDisclosureContext>(record);
    const received = date(c.receivedAt);
    if (received > last) continue;
    const closed = record.status === 'open' || record.closedAt === null ? null : date(record.closedAt);
    if (closed !== null && closed < first) continue;
    counted('national-disclosure-request', record.id);
    add(received >= first ? 'new' : 'carriedIn', c.applicantKind);
    if (closed !== null && closed <= last && c.reportRow) {
      add(c.reportRow, c.applicantKind);
      add('total', c.applicantKind);
    } else add('carriedOut', c.applicantKind);
    if (c.fee) {
      for (const entry of await store.audit(record.id)) {
        const type = (entry.data as { event?: { type?: string } }).event?.type;
        if (entry.kind !== 'event.applied' || !inYear(date(entry.at))) continue;
        if (type === 'fee.notified') fees.notices += 1;
        if (type === 'fee.paid') {
          fees.paid += 1;
          fees.amountYuan += c.fee.amountYuan;
        }
      }
    }
  }

  // 四: remedies filed in the year, by result at 31 December.
  const remedies = { reconsideration: zeroRemedies(), litigationDirect: zeroRemedies(), litigationAfterReconsideration: zeroRemedies() };
  const complaints = { total: 0, pending: 0 };
  for (const record of await store.listCases({ moduleId: 'national-remedy', agency })) {
    const c = context<RemedyContext>(record);
    if (!inYear(c.remedy.filedOn)) continue;
    counted('national-remedy', record.id);
    const decided = record.status === 'done' && record.closedAt !== null && date(record.closedAt) <= last ? c.result : null;
    if (c.remedy.kind === 'complaint') {
      complaints.total += 1;
      if (decided === null) complaints.pending += 1;
      continue;
    }
    const group =
      c.remedy.kind === 'reconsideration'
        ? remedies.reconsideration
        : c.remedy.afterReconsideration
          ? remedies.litigationAfterReconsideration
          : remedies.litigationDirect;
    group[decided ?? 'pending'] += 1;
    group.total += 1;
  }

  // 二: proactive items published in the year.
  const proactive = {
    regulations: { issued: 0, repealed: 0 },
    normativeDocuments: { issued: 0, repealed: 0 },
    published: 0,
    publishedLate: 0,
  };
  for (const record of await store.listCases({ moduleId: 'national-proactive-disclosure', agency })) {
    const c = context<ProactiveContext>(record);
    if (c.published !== true || record.closedAt === null || !inYear(date(record.closedAt))) continue;
    counted('national-proactive-disclosure', record.id);
    proactive.published += 1;
    if (record.breaches.some((b) => b.name === 'publicationOverdue')) proactive.publishedLate += 1;
    const bucket =
      c.information.category === 'regulation'
        ? proactive.regulations
        : c.information.category === 'normativeDocument'
          ? proactive.normativeDocuments
          : null;
    if (bucket && c.information.event === 'formed') bucket.issued += 1;
    if (bucket && c.information.event === 'repealed') bucket.repealed += 1;
  }

  // What the office entered on the year's report case (the last audited entry counts).
  let supplement: Supplement | null = null;
  let source: SupplementSource | null = null;
  for (const record of await store.listCases({ moduleId: 'national-annual-report', agency })) {
    const c = context<{ report: { year: number }; supplement: Supplement | null }>(record);
    if (c.report.year !== year || c.supplement === null) continue;
    counted('national-annual-report', record.id);
    const entry = (await store.audit(record.id))
      .filter((e) => e.kind === 'event.applied' && (e.data as { event?: { type?: string } }).event?.type === 'figures.supplemented')
      .at(-1);
    supplement = c.supplement;
    source = entry
      ? { caseId: record.id, enteredAt: entry.at, enteredBy: entry.actor ?? record.openedBy }
      : { caseId: record.id, enteredAt: record.updatedAt, enteredBy: record.openedBy };
  }

  return {
    agency,
    year,
    overview: supplement?.overview ?? null,
    proactive: {
      regulations: { ...proactive.regulations, inForce: supplement?.regulationsInForce ?? null },
      normativeDocuments: { ...proactive.normativeDocuments, inForce: supplement?.normativeDocumentsInForce ?? null },
      licensingDecisions: supplement?.licensingDecisions ?? null,
      penaltyDecisions: supplement?.penaltyDecisions ?? null,
      compulsionDecisions: supplement?.compulsionDecisions ?? null,
      administrativeFeesTenThousandYuan: supplement?.administrativeFeesTenThousandYuan ?? null,
      published: proactive.published,
      publishedLate: proactive.publishedLate,
    },
    applications,
    remedies,
    problems: supplement?.problems ?? null,
    otherMatters: { processingFees: fees, complaints, text: supplement?.otherMatters ?? null, assessment: supplement?.assessment ?? null },
    supplement: source,
    sources,
  };
}
