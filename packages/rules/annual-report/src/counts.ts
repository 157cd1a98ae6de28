import { toBeijingDate } from '@zwgk/calendar';
import type { CaseRecord } from '@zwgk/core';
import type { ReportCounts } from './report.js';

/** Module ids whose cases feed the report (第三条第1项). */
export const DISCLOSURE_REQUEST = 'disclosure-request';
/** Module id of proactive disclosure, whose cases give the report's proactive items. */
export const PROACTIVE_DISCLOSURE = 'proactive-disclosure';

/** Why a refused application was refused, as far as the case's own facts show it. */
export type RefusalGround = 'confidentialityReview' | 'thirdPartyObjection' | 'otherAgencyObjection' | 'statedReasons';

/** Options of `deriveReportCounts`. */
export interface DeriveReportCountsOptions {
  /** Count only the cases of this agency (the reporting unit); all when absent. */
  readonly agency?: string;
  /** The kind of a proactive item; by default the item or criterion of its `basis` (主动公开制度第三条至第五条). */
  readonly proactiveKindOf?: (record: CaseRecord) => string;
}

const asObject = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** The machine context kept in a case's persisted xstate snapshot, or null. */
function contextOf(record: CaseRecord): Record<string, unknown> | null {
  return asObject(asObject(record.snapshot)?.['context']);
}

/** The Beijing (UTC+8) calendar year of an instant. */
function beijingYear(instant: string): number {
  return Number(toBeijingDate(instant).slice(0, 4));
}

function defaultProactiveKind(record: CaseRecord): string {
  const context = contextOf(record);
  const basis = asObject(context?.['basis']) ?? asObject(asObject(context?.['input'])?.['basis']);
  const kind = basis?.['item'] ?? basis?.['criterion'];
  return typeof kind === 'string' ? kind : 'unclassified';
}

/** The answer a disclosure-request case gave: its final state, `pending` while open, `ended` when ended. */
function answerOf(record: CaseRecord): string {
  if (record.status === 'open') return 'pending';
  if (record.status === 'ended') return 'ended';
  return record.state;
}

function refusalGround(record: CaseRecord): RefusalGround {
  const context = contextOf(record);
  if (asObject(context?.['review'])?.['decision'] === 'notDisclosable') return 'confidentialityReview';
  // Third parties by name (disclosure-request's context.thirdParties): one objection not overridden is the ground.
  const thirdParties = Object.values(asObject(context?.['thirdParties']) ?? {}).map(asObject);
  if (thirdParties.some((p) => p?.['answer'] === 'objected' && p['overridden'] !== true)) return 'thirdPartyObjection';
  if (asObject(context?.['coordination'])?.['release'] === false) return 'otherAgencyObjection';
  return 'statedReasons';
}

function tally(keys: readonly string[]): { total: number; by: Record<string, number> } {
  const by: Record<string, number> = {};
  for (const key of keys) by[key] = (by[key] ?? 0) + 1;
  return { total: keys.length, by };
}

/**
 * The figures of the yearly report (《西吉县政府政务公开工作年度报告制度》第三条第1项), derived
 * from the cases the engine holds: proactive items published in the year by kind, applications
 * received in the year by answer, and refused applications by ground. A case belongs to the year
 * of its opening (Beijing time): an application to the year it was received, an item to the year
 * it was formed. Pure: the records are not changed.
 *
 * - applications: `disclosure-request` cases; the answer is the final state (`disclosed`,
 *   `partlyDisclosed`, `refused`, `referred`, `nonexistent`, `answeredOnTheSpot`, `abandoned`,
 *   record corrections…), `pending` for a case still open, `ended` for one ended by the engine.
 * - refusals: the `refused` ones, by the ground the case's facts show: the confidentiality review
 *   found the information not disclosable, a third party objected (not overridden), another agency
 *   refused its release; otherwise `statedReasons` (the reasons are free text in the refusal notice).
 * - proactive: finished (`done`) `proactive-disclosure` cases, by the item or criterion of their
 *   basis (or `options.proactiveKindOf`).
 *
 * @param cases - case records, e.g. `await engine.listCases()`
 * @param year - the year reported on
 * @param options - the reporting unit (agency) and how to classify proactive items
 * @returns the counts, in the shape of the report's `basics.counts`
 * @example
 * deriveReportCounts(await engine.listCases(), 2019, { agency: '县教育局' })
 * //=> { proactive: { total: 12, by: { budget: 2, … } }, applications: { total: 3, by: { disclosed: 2, refused: 1 } }, refusals: { total: 1, by: { thirdPartyObjection: 1 } } }
 */
export function deriveReportCounts(cases: readonly CaseRecord[], year: number, options: DeriveReportCountsOptions = {}): ReportCounts {
  const inScope = cases.filter((c) => beijingYear(c.openedAt) === year && (options.agency === undefined || c.agency === options.agency));
  const applications = inScope.filter((c) => c.moduleId === DISCLOSURE_REQUEST);
  const refused = applications.filter((c) => c.status === 'done' && c.state === 'refused');
  const kindOf = options.proactiveKindOf ?? defaultProactiveKind;
  const proactive = inScope.filter((c) => c.moduleId === PROACTIVE_DISCLOSURE && c.status === 'done');
  return {
    proactive: tally(proactive.map(kindOf)),
    applications: tally(applications.map(answerOf)),
    refusals: tally(refused.map(refusalGround)),
  };
}
