import type { Instant } from '@zwgk/core';
import { and, assign } from 'xstate';
import { SUPPLEMENTARY_WORKING_DAYS } from './deadlines.js';
import type { ReportingInput } from './input.js';
import { kit } from './kit.js';
import { reportPeriodStart } from './period.js';
import type { Report } from './report.js';

const { completeDeadline, deadlineDue, recordBreach, recordOverdue, sendNotice, startDeadline } = kit;

/** What a case of this module remembers between events (the machine's context). */
export interface AnnualReportContext {
  readonly unit: string;
  readonly unitKind: ReportingInput['unitKind'];
  readonly year: number;
  readonly lapseIsRefusal: boolean;
  /** The new limit for a late report (parameter `supplementaryWorkingDays`). */
  readonly supplementaryWorkingDays: number;
  readonly report: Report | null;
  readonly submittedAt: Instant | null;
  /** Reported only after the first limit passed (补报). */
  readonly late: boolean;
  readonly outcome: 'accepted' | 'refused' | null;
}

const REPORT_CONTENT = ['第一条', '第三条', '第三条(一)', '第三条(二)', '第三条(三)', '第三条(四)', '第四条'] as const;

/**
 * The workflow of 《西吉县政府政务公开工作年度报告制度》 for one reporting unit and one year. The
 * case is opened in the reporting season (from 1 January of the next year); the report is due at
 * 24:00 on 31 March (第一条). A report on time goes to the office for acceptance (第二条); a late
 * unit is criticised and given a new limit (第五条第1项); a unit that still does not report is
 * recommended for the loss of the year's commendations and awards (第五条第2项).
 */
export const annualReportMachine = kit
  .setup({
    types: { context: {} as AnnualReportContext },
    guards: {
      lapseIsRefusal: ({ context }) => context.lapseIsRefusal,
    },
    actions: {
      keepReport: assign(({ event }) => (event.type === 'report.submitted' ? { report: event.payload, submittedAt: event.at } : {})),
    },
  })
  .createMachine({
    id: 'annual-report',
    initial: 'awaitingReport',
    context: ({ input }) => ({
      unit: input.data.unit,
      unitKind: input.data.unitKind,
      year: input.data.year,
      lapseIsRefusal: input.parameters.lapseIsRefusal,
      supplementaryWorkingDays: input.parameters.supplementaryWorkingDays ?? SUPPLEMENTARY_WORKING_DAYS,
      report: null,
      submittedAt: null,
      late: false,
      outcome: null,
    }),
    output: ({ context }) => ({
      unit: context.unit,
      year: context.year,
      // Set on the way into each final state (accepted, refused), the only states output is read in.
      outcome: context.outcome!,
      late: context.late,
      submittedAt: context.submittedAt,
      counts: context.report?.basics.counts ?? null,
    }),
    states: {
      awaitingReport: {
        // 次年三月底前: 24:00 on 31 March of the next year, counted from the end of the year reported on.
        entry: startDeadline('report', { from: ({ context }) => reportPeriodStart(context.year) }),
        on: {
          'report.submitted': {
            target: 'underReview',
            actions: ['keepReport', completeDeadline('report')],
            meta: { clause: REPORT_CONTENT },
          },
          'deadline.due': {
            target: 'overdue',
            guard: deadlineDue('report'),
            actions: [
              recordOverdue('reportOverdue'),
              sendNotice('criticism', ({ context, event }) => ({
                unit: context.unit,
                year: context.year,
                missedDueAt: event.payload.dueAt,
                supplementaryWorkingDays: context.supplementaryWorkingDays,
              })),
              startDeadline('supplementary', { length: ({ context }) => context.supplementaryWorkingDays }),
            ],
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
          'report.accepted': {
            target: 'accepted',
            actions: assign({ outcome: 'accepted' as const }),
            meta: { clause: '第二条' },
          },
        },
      },
      accepted: { type: 'final' },
      refused: { type: 'final', entry: assign({ outcome: 'refused' as const }) },
    },
  });
