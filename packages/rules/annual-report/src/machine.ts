import { completeDeadline as completeNamedDeadline, type Instant, startDeadline as startNamedDeadline } from '@zwgk/core';
import { and, assign, or } from 'xstate';
import { COMPLETION_WORKING_DAYS, SUPPLEMENTARY_WORKING_DAYS } from './deadlines.js';
import { type FigureSupplement, type Figures, reportedFigures, reportFigures } from './figures.js';
import type { ReportingInput } from './input.js';
import { kit } from './kit.js';
import type { Parameters } from './parameters.js';
import { REPORT_PERIOD_DAYS, reportHours, reportingSeasonStart, reportPeriodStart } from './period.js';
import type { Report } from './report.js';

const { completeDeadline, deadlineDue, recordBreach, recordOverdue, sendNotice, startDeadline } = kit;

/** The report's figures: derived from the cases when the report came in, the office's supplements beside them. */
export interface ReportFiguresRecord {
  /** When the cases were counted (the instant the report came in). */
  readonly derivedAt: Instant;
  /** The figures the cases show (第三条第1项). */
  readonly derived: Figures;
  /** What the office added for what the cases cannot show (第二条), each with its reason. */
  readonly supplements: readonly FigureSupplement[];
  /** The figures as reported: derived plus supplements. */
  readonly reported: Figures;
}

/** What a case of this module remembers between events (the machine's context). */
export interface AnnualReportContext {
  readonly unit: string;
  readonly unitKind: ReportingInput['unitKind'];
  readonly year: number;
  readonly lapseIsRefusal: boolean;
  /** The new limit for a late report (parameter `supplementaryWorkingDays`). */
  readonly supplementaryWorkingDays: number;
  /** The period to complete a returned report (parameter `completionWorkingDays`). */
  readonly completionWorkingDays: number;
  /** Which reading of 次年三月底前 runs (parameter `reportDueReading`): the deadline's name. */
  readonly reportDeadline: 'report' | 'reportRolled';
  /** The proactive-disclosure states counted as published (parameter `proactivePublishedStates`). */
  readonly publishedStates: readonly string[];
  readonly report: Report | null;
  readonly submittedAt: Instant | null;
  readonly figures: ReportFiguresRecord | null;
  /** Each return for completion (第二条), with what was missing. */
  readonly returns: readonly { readonly at: Instant; readonly missing: string }[];
  /** Reported only after the first limit passed (补报). */
  readonly late: boolean;
  readonly outcome: 'accepted' | 'refused' | null;
}

const REPORT_CONTENT = ['第一条', '第三条', '第三条(一)', '第三条(二)', '第三条(三)', '第三条(四)', '第四条'] as const;

/** The 通报批评 of 第五条第1项: to the unit with its new limit, and circulated to every unit. */
const criticise = [
  sendNotice('criticism', ({ context, event }) => ({
    unit: context.unit,
    year: context.year,
    missedDueAt: event.payload.dueAt,
    supplementaryWorkingDays: context.supplementaryWorkingDays,
  })),
  sendNotice('criticismCirculation', ({ context, event }) => ({
    unit: context.unit,
    year: context.year,
    missedDueAt: event.payload.dueAt,
  })),
  startDeadline('supplementary', { length: ({ context }) => context.supplementaryWorkingDays }),
];

/**
 * The workflow of 《西吉县政府政务公开工作年度报告制度》 for one reporting unit and one year. The
 * case is opened in the reporting season (from 1 January of the next year); the report is due at
 * 24:00 on 31 March (第一条). A report goes to the office (第二条), which sees the figures derived from
 * the unit's cases, may add what the cases cannot show, may return an incomplete report and accepts
 * it; a late unit is criticised, the criticism circulated, and given a new limit (第五条第1项); a
 * unit that still does not report is recommended for the loss of the year's awards (第五条第2项).
 */
export const annualReportMachine = kit
  .setup({
    types: { context: {} as AnnualReportContext },
    guards: {
      lapseIsRefusal: ({ context }) => context.lapseIsRefusal,
    },
    actions: {
      keepReport: assign(({ context, event }) => {
        if (event.type !== 'report.submitted') return {};
        const derived = reportFigures(event.facts, context.publishedStates);
        // The office's supplements stay with a resubmitted report: they are about the year, not the text.
        const supplements = context.figures?.supplements ?? [];
        return {
          report: event.payload,
          submittedAt: event.at,
          figures: { derivedAt: event.at, derived, supplements, reported: reportedFigures(derived, supplements) },
        };
      }),
      supplement: assign(({ context, event }) => {
        if (event.type !== 'figures.supplemented' || context.figures === null) return {};
        const supplements = [
          ...context.figures.supplements,
          { figure: event.payload.figure, add: event.payload.add, reason: event.payload.reason, at: event.at, by: event.actor.id },
        ];
        return { figures: { ...context.figures, supplements, reported: reportedFigures(context.figures.derived, supplements) } };
      }),
      keepReturn: assign(({ context, event }) =>
        event.type === 'report.returned' ? { returns: [...context.returns, { at: event.at, missing: event.payload.missing }] } : {},
      ),
    },
  })
  .createMachine({
    id: 'annual-report',
    initial: 'awaitingReport',
    context: ({ input }) => {
      const parameters: Partial<Parameters> = input.parameters;
      return {
        unit: input.data.unit,
        unitKind: input.data.unitKind,
        year: input.data.year,
        lapseIsRefusal: parameters.lapseIsRefusal ?? true,
        supplementaryWorkingDays: parameters.supplementaryWorkingDays ?? SUPPLEMENTARY_WORKING_DAYS,
        completionWorkingDays: parameters.completionWorkingDays ?? COMPLETION_WORKING_DAYS,
        reportDeadline: parameters.reportDueReading === 'rolledPastRestDay' ? 'reportRolled' : 'report',
        publishedStates: parameters.proactivePublishedStates ?? ['published'],
        report: null,
        submittedAt: null,
        figures: null,
        returns: [],
        late: false,
        outcome: null,
      };
    },
    output: ({ context }) => ({
      unit: context.unit,
      year: context.year,
      // Set on the way into each final state (accepted, refused), the only states output is read in.
      outcome: context.outcome!,
      late: context.late,
      submittedAt: context.submittedAt,
      figures: context.figures === null ? null : { ...context.figures, supplements: [...context.figures.supplements] },
    }),
    states: {
      awaitingReport: {
        // 次年三月底前: 24:00 on 31 March of the next year, as a fixed date (`report`) or rolled past a rest day (`reportRolled`).
        entry: startNamedDeadline(({ context }) => (context as AnnualReportContext).reportDeadline, {
          from: ({ context }) => {
            const c = context as AnnualReportContext;
            return c.reportDeadline === 'report' ? reportingSeasonStart(c.year) : reportPeriodStart(c.year);
          },
          length: ({ context }) => {
            const c = context as AnnualReportContext;
            return c.reportDeadline === 'report' ? reportHours(c.year) : REPORT_PERIOD_DAYS;
          },
        }),
        on: {
          'report.submitted': {
            target: 'underReview',
            actions: ['keepReport', completeNamedDeadline(({ context }) => (context as AnnualReportContext).reportDeadline)],
            meta: { clause: REPORT_CONTENT },
          },
          'deadline.due': {
            target: 'overdue',
            guard: or([deadlineDue('report'), deadlineDue('reportRolled')]),
            actions: [recordOverdue('reportOverdue'), ...criticise],
            meta: { clause: '第五条(一)' },
          },
        },
      },
      overdue: {
        on: {
          'report.submitted': {
            target: 'underReview',
            actions: ['keepReport', assign({ late: true }), completeDeadline('supplementary')],
            meta: { clause: [...REPORT_CONTENT, '第五条(一)'] },
          },
          'deadline.due': {
            target: 'refused',
            guard: and([deadlineDue('supplementary'), 'lapseIsRefusal']),
            actions: [
              recordOverdue('refusedToRectify'),
              sendNotice('awardsRecommendation', ({ context, event }) => ({
                unit: context.unit,
                year: context.year,
                facts: `逾期不报告，经通报批评并责令限期补报，补报期限（${event.payload.dueAt}）届满仍未报告`,
              })),
            ],
            meta: { clause: '第五条(二)' },
          },
          'report.refused': {
            target: 'refused',
            actions: [
              recordBreach('refusedToRectify', ({ event }) => ({ facts: event.payload.facts })),
              sendNotice('awardsRecommendation', ({ context, event }) => ({
                unit: context.unit,
                year: context.year,
                facts: event.payload.facts,
              })),
            ],
            meta: { clause: '第五条(二)' },
          },
        },
      },
      underReview: {
        on: {
          'figures.supplemented': { actions: 'supplement', meta: { clause: ['第二条', '第三条(一)'] } },
          'report.returned': {
            target: 'returned',
            actions: [
              'keepReturn',
              sendNotice('reportReturned', ({ context, event }) => ({
                unit: context.unit,
                year: context.year,
                missing: event.payload.missing,
                completionWorkingDays: context.completionWorkingDays,
              })),
              startDeadline('completion', { length: ({ context }) => context.completionWorkingDays }),
            ],
            meta: { clause: ['第二条', '第三条'] },
          },
          'report.accepted': {
            target: 'accepted',
            actions: assign({ outcome: 'accepted' as const }),
            meta: { clause: '第二条' },
          },
        },
      },
      /** 第二条: returned as incomplete; the unit completes it within `completionWorkingDays`. */
      returned: {
        on: {
          'report.submitted': {
            target: 'underReview',
            actions: ['keepReport', completeDeadline('completion')],
            meta: { clause: [...REPORT_CONTENT, '第二条'] },
          },
          // A report not completed in time was not reported (第五条第1项): criticised and given a new limit.
          'deadline.due': {
            target: 'overdue',
            guard: deadlineDue('completion'),
            actions: [recordOverdue('reportIncomplete'), ...criticise],
            meta: { clause: '第五条(一)' },
          },
        },
      },
      accepted: { type: 'final' },
      refused: { type: 'final', entry: assign({ outcome: 'refused' as const }) },
    },
  });
