import { assign } from 'xstate';
import type { ReportInput } from './input.js';
import { kit } from './kit.js';
import { hoursToDue, type Supplement } from './supplement.js';

const { completeDeadline, deadlineDue, recordBreach, startDeadline } = kit;

/** What the report case remembers: which report, and what the office added. */
export interface AnnualReportContext {
  readonly report: ReportInput;
  readonly supplement: Supplement | null;
  readonly url: string | null;
}

/**
 * One yearly report (第四十九条, 第五十条): due at 24:00 on 31 January (an agency) or 31 March (a
 * government) of the following year; the office enters what the cases cannot give (audited, the
 * last entry counts) and publishes.
 */
export const annualReportMachine = kit
  .setup({
    types: { context: {} as AnnualReportContext },
    guards: { hasSupplement: ({ context }) => context.supplement !== null },
  })
  .createMachine({
    id: 'national-annual-report',
    initial: 'opened',
    context: ({ input }) => ({ report: input.data, supplement: null, url: null }),
    states: {
      opened: {
        always: {
          target: 'drafting',
          actions: startDeadline('publication', {
            from: ({ context }) => `${context.report.year + 1}-01-01T00:00:00+08:00`,
            length: ({ context }) => hoursToDue(context.report),
          }),
          meta: { clause: '第四十九条' },
        },
      },
      drafting: {
        on: {
          'figures.supplemented': {
            actions: assign({ supplement: ({ event }) => event.payload }),
            meta: { clause: ['第五十条', '年报格式'] },
          },
          'report.published': {
            guard: 'hasSupplement',
            target: 'published',
            actions: [assign({ url: ({ event }) => event.payload.url }), completeDeadline('publication')],
            meta: { clause: '第四十九条' },
          },
          'deadline.due': {
            guard: deadlineDue('publication'),
            actions: recordBreach('reportOverdue', ({ event }) => ({ dueAt: event.payload.dueAt })),
            meta: { clause: '第四十九条' },
          },
        },
      },
      published: { type: 'final' },
    },
    output: ({ context }) => ({ year: context.report.year, url: context.url }),
  });
