import type { CaseCounts, CaseRecord, FactsAnswer, FactsQuery } from '@zwgk/core';
import { z } from 'zod';

/** The two timeliness duties of 第四条第(五)项: 依申请公开 (reply periods) and 主动公开 (publication periods). */
export const DUTIES = ['application', 'proactive'] as const;
/** One of the two timeliness duties of 第四条第(五)项. */
export type Duty = (typeof DUTIES)[number];

/** Where the deadlines of one duty live: the module whose cases carry them and the deadline's name. */
export const timelinessSourceSchema = z.object({
  duty: z.enum(DUTIES),
  moduleId: z.string().trim().min(1),
  deadline: z.string().trim().min(1),
});
/** Where the deadlines of one duty live. (The value `timelinessSourceSchema` parses to.) */
export type TimelinessSource = z.output<typeof timelinessSourceSchema>;

/** The Xiji modules: 《依申请公开制度》第八条's `reply` and 《政务公开制度》第六条's `publication`. */
export const DEFAULT_TIMELINESS_SOURCES: readonly TimelinessSource[] = [
  { duty: 'application', moduleId: 'disclosure-request', deadline: 'reply' },
  { duty: 'proactive', moduleId: 'proactive-disclosure', deadline: 'publication' },
];

/** The deadlines of one duty in the assessed year: kept (`met`), not kept (`missed`), still running or paused (`open`). */
export interface DutyCounts {
  readonly met: number;
  readonly missed: number;
  readonly open: number;
}

/** 第四条第(五)项 measured from the unit's cases of the year: each duty's counts and the share of periods kept. */
export interface Timeliness {
  readonly application: DutyCounts;
  readonly proactive: DutyCounts;
  /** met / (met + missed) over both duties; null when no period was decided. */
  readonly rate: number | null;
}

/** The facts a case needs to ask: the assessed unit, the year and the sources (from the case's context). */
interface AskingContext {
  readonly unit: string;
  readonly year: number;
  readonly parameters: { readonly timelinessSources: readonly TimelinessSource[] };
}

const queryName = (source: TimelinessSource) => `timeliness:${source.duty}:${source.moduleId}`;

/**
 * The facts queries of `opinion.proposed`: for each source, the count of the assessed unit's cases
 * (`agency` = the unit) opened in the assessed year (Beijing time), with their deadlines' results.
 * Pure: it reads only the asking case's own context.
 */
export function timelinessQueries(record: CaseRecord): Record<string, FactsQuery> {
  const { unit, year, parameters } = (record.snapshot as { context: AskingContext }).context;
  return Object.fromEntries(
    parameters.timelinessSources.map((source) => [
      queryName(source),
      {
        kind: 'count',
        moduleId: source.moduleId,
        agency: unit,
        openedFrom: `${year}-01-01T00:00:00+08:00`,
        openedTo: `${year + 1}-01-01T00:00:00+08:00`,
        deadlines: true,
      } satisfies FactsQuery,
    ]),
  );
}

/**
 * Reads the answers of {@link timelinessQueries}: per duty, the periods met, missed (a `missed`
 * outcome: the duty was done late, or the case closed after the period ran out) and open (not
 * decided yet: a reply still being prepared; the count does not say whether its period has run out,
 * so it is shown but not rated); `cancelled` periods (a withdrawn application) are left out. Pure.
 *
 * @example
 * timeliness({ 'timeliness:application:disclosure-request': { deadlines: { reply: { met: 3, missed: 1 } }, … } }, DEFAULT_TIMELINESS_SOURCES)
 * //=> { application: { met: 3, missed: 1, open: 0 }, proactive: { met: 0, missed: 0, open: 0 }, rate: 0.75 }
 */
export function timeliness(facts: Readonly<Record<string, FactsAnswer>> | undefined, sources: readonly TimelinessSource[]): Timeliness {
  const counts: Record<Duty, { met: number; missed: number; open: number }> = {
    application: { met: 0, missed: 0, open: 0 },
    proactive: { met: 0, missed: 0, open: 0 },
  };
  for (const source of sources) {
    const answer = facts?.[queryName(source)] as CaseCounts | undefined;
    const results = answer?.deadlines?.[source.deadline] ?? {};
    counts[source.duty].met += results.met ?? 0;
    counts[source.duty].missed += results.missed ?? 0;
    counts[source.duty].open += results.open ?? 0;
  }
  const met = counts.application.met + counts.proactive.met;
  const decided = met + counts.application.missed + counts.proactive.missed;
  return { ...counts, rate: decided === 0 ? null : met / decided };
}
