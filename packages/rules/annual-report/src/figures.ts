import type { CaseCounts, CaseRecord, FactsAnswer, FactsQuery, Instant } from '@zwgk/core';
import { z } from 'zod';

/** Module id of 《西吉县政府信息依申请公开制度》, whose cases give the report's applications. */
export const DISCLOSURE_REQUEST = 'disclosure-request';
/** Module id of 《西吉县政府政务公开制度》 (主动公开), whose cases give the report's proactive items. */
export const PROACTIVE_DISCLOSURE = 'proactive-disclosure';

/**
 * The answers of 依申请公开制度第九条 (and the other final states of `disclosure-request`), each a
 * figure of the report: 告知获取方式 `disclosed` (and `answeredOnTheSpot`, 当场答复), 区分处理
 * `partlyDisclosed`, 不予公开 `refused`, 不属于本级 `referred`, 信息不存在 `nonexistent`; 申请内容不明确
 * 告知更改补充: `awaitingCorrection` while the applicant corrects, `abandoned` when not corrected
 * (a corrected application counts under its later answer); record corrections (第十一条).
 */
export const APPLICATION_ANSWERS = [
  'disclosed',
  'answeredOnTheSpot',
  'partlyDisclosed',
  'refused',
  'referred',
  'nonexistent',
  'awaitingCorrection',
  'abandoned',
  'recordCorrected',
  'recordForwarded',
  'correctionDeclined',
] as const;

/**
 * The names of the report's figures (第三条第1项), flat so that each can be shown, hand-counted and
 * supplemented on its own:
 * - `applications.*`: applications received in the year, in total and by answer ({@link APPLICATION_ANSWERS});
 *   `applications.pending` still being handled, `applications.other` any other state (a state a later
 *   version of `disclosure-request` adds is counted there, never lost);
 * - `reply.*`: the reply periods of 第八条 by outcome: `onTime` (met), `overdue` (answered or closed
 *   after the due instant), `running` (not yet answered, whether or not the due instant passed), `other`;
 * - `refusals.*` (不予公开的信息情况): refused in full plus the refused part of partly disclosed ones;
 * - `proactive.*` (主动公开的信息数量): items formed in the year by outcome: `published` (parameter
 *   `proactivePublishedStates`), `withheld` (保密审查 found it not disclosable), `notReleased`
 *   (发布协调: not agreed), `pending` (still being prepared), `other`.
 */
export const FIGURES = [
  'applications.total',
  ...APPLICATION_ANSWERS.map((answer) => `applications.${answer}` as const),
  'applications.pending',
  'applications.other',
  'reply.onTime',
  'reply.overdue',
  'reply.running',
  'reply.other',
  'refusals.total',
  'refusals.refused',
  'refusals.partlyDisclosed',
  'proactive.total',
  'proactive.published',
  'proactive.withheld',
  'proactive.notReleased',
  'proactive.pending',
  'proactive.other',
] as const;

/** One figure of the report (see {@link FIGURES}). */
export type Figure = (typeof FIGURES)[number];

/** The report's figures by name. */
export type Figures = Readonly<Record<Figure, number>>;

/** The schema of {@link Figures}: every figure, a count. */
export const figuresSchema = z.object(Object.fromEntries(FIGURES.map((f) => [f, z.number().int().min(0)])) as Record<Figure, z.ZodNumber>);

/** Names of the facts queries `report.submitted` asks the store (see {@link figureQueries}). */
export const APPLICATIONS_QUERY = 'applications';
/** Name of the facts query for the year's proactive items. */
export const PROACTIVE_QUERY = 'proactive';

/** The Beijing instants that bound the reported year: [1 January 00:00, next 1 January 00:00). */
export function yearBounds(year: number): { readonly openedFrom: Instant; readonly openedTo: Instant } {
  return { openedFrom: `${year}-01-01T00:00:00+08:00`, openedTo: `${year + 1}-01-01T00:00:00+08:00` };
}

/**
 * The facts queries behind the figures: counts of the reporting unit's (`agency`) `disclosure-request`
 * cases opened in the year, with their reply deadlines' outcomes, and of its `proactive-disclosure`
 * cases opened (the item formed) in the year. A case belongs to the Beijing year of its opening; the
 * cases must be opened with `agency` set to the reporting unit.
 *
 * @example
 * figureQueries('县教育局', 2019).applications //=> { kind: 'count', moduleId: 'disclosure-request', agency: '县教育局', openedFrom: '2019-01-01T00:00:00+08:00', openedTo: '2020-01-01T00:00:00+08:00', deadlines: true }
 */
export function figureQueries(agency: string, year: number): Readonly<Record<string, FactsQuery>> {
  const bounds = yearBounds(year);
  return {
    [APPLICATIONS_QUERY]: { kind: 'count', moduleId: DISCLOSURE_REQUEST, agency, ...bounds, deadlines: true },
    [PROACTIVE_QUERY]: { kind: 'count', moduleId: PROACTIVE_DISCLOSURE, agency, ...bounds },
  };
}

const emptyCounts: CaseCounts = { total: 0, byStatus: {}, byState: {}, deadlines: {} };

function countsOf(answer: FactsAnswer | undefined): CaseCounts {
  return answer !== undefined && 'byState' in answer ? answer : emptyCounts;
}

/** The answer a state shows: a final state's name, or the 补正 wait of an open case's parallel state. */
function answerOfState(state: string): string {
  if (state.includes('awaitingCorrection')) return 'awaitingCorrection';
  return state;
}

/**
 * The figures of 第三条第1项 computed from the answers to {@link figureQueries}. Pure.
 *
 * @param answers - the event's `facts` (answers by query name)
 * @param publishedStates - the `proactive-disclosure` states that mean the item was published (parameter `proactivePublishedStates`)
 * @returns every figure of {@link FIGURES}
 * @example
 * reportFigures({ applications: { total: 1, byStatus: { done: 1 }, byState: { refused: 1 }, deadlines: { reply: { met: 1 } } } }, ['published'])['refusals.total'] //=> 1
 */
export function reportFigures(answers: Readonly<Record<string, FactsAnswer>> | undefined, publishedStates: readonly string[]): Figures {
  const figures = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<Figure, number>;
  const applications = countsOf(answers?.[APPLICATIONS_QUERY]);
  figures['applications.total'] = applications.total;
  for (const [state, n] of Object.entries(applications.byState)) {
    const answer = answerOfState(state);
    const known = (APPLICATION_ANSWERS as readonly string[]).includes(answer);
    if (known) figures[`applications.${answer}` as Figure] += n;
    else if (state.startsWith('handling') || state === 'registered' || state === 'correcting') figures['applications.pending'] += n;
    else figures['applications.other'] += n;
  }
  for (const [outcome, n] of Object.entries(applications.deadlines['reply'] ?? {})) {
    if (outcome === 'met') figures['reply.onTime'] += n;
    else if (outcome === 'missed') figures['reply.overdue'] += n;
    else if (outcome === 'open') figures['reply.running'] += n;
    else figures['reply.other'] += n;
  }
  figures['refusals.refused'] = figures['applications.refused'];
  figures['refusals.partlyDisclosed'] = figures['applications.partlyDisclosed'];
  figures['refusals.total'] = figures['refusals.refused'] + figures['refusals.partlyDisclosed'];

  const proactive = countsOf(answers?.[PROACTIVE_QUERY]);
  figures['proactive.total'] = proactive.total;
  for (const [state, n] of Object.entries(proactive.byState)) {
    if (publishedStates.some((s) => state === s || state.startsWith(`${s}.`))) figures['proactive.published'] += n;
    else if (state === 'withheld') figures['proactive.withheld'] += n;
    else if (state === 'notReleased') figures['proactive.notReleased'] += n;
    else if (isOpenProactiveState(state)) figures['proactive.pending'] += n;
    else figures['proactive.other'] += n;
  }
  return figures;
}

/** States of an item still being prepared: the non-final states of `proactive-disclosure`. */
function isOpenProactiveState(state: string): boolean {
  return ['classifying', 'preparing', 'publishing'].some((top) => state === top || state.startsWith(`${top}.`));
}

/** A figure the office adds for what the cases cannot show (第二条), kept beside the derived one. */
export interface FigureSupplement {
  readonly figure: Figure;
  /** Added to the derived figure (applications on paper never entered, items published outside the engine…). */
  readonly add: number;
  readonly reason: string;
  readonly at: Instant;
  readonly by: string;
}

/** The figures as reported: the derived ones plus every supplement. */
export function reportedFigures(derived: Figures, supplements: readonly FigureSupplement[]): Figures {
  const out = { ...derived } as Record<Figure, number>;
  for (const s of supplements) out[s.figure] += s.add;
  return out;
}

/** @internal The machine context of a case record, for facts queries that need the case's own data. */
export function recordContext(record: CaseRecord): Record<string, unknown> {
  const snapshot = record.snapshot as { context?: Record<string, unknown> } | null;
  return snapshot?.context ?? {};
}
