import { assign } from 'xstate';
import type { RemedyInput } from './input.js';
import { kit } from './kit.js';
import { type RemedyResult, windowDays } from './remedy.js';

const { completeDeadline, startDeadline } = kit;

/** What a remedy case remembers. */
export interface RemedyContext {
  readonly remedy: RemedyInput;
  readonly result: RemedyResult | null;
}

const withWindow =
  (kind: RemedyInput['kind']) =>
  ({ context }: { context: RemedyContext }) =>
    context.remedy.kind === kind && windowDays(context.remedy) !== null;
const windowFrom = ({ context }: { context: RemedyContext }) => `${context.remedy.knewOn}T00:00:00+08:00`;

/**
 * A remedy against the agency's disclosure work (第五十一条). Opening the case (with `occurredAt`
 * the filing) records it; the statutory window runs from the day the applicant knew of the act
 * and is completed at the filing, so the deadline shows whether it was filed in time. The
 * decision closes the case; a case still open at the year's end is 尚未审结.
 */
export const remedyMachine = kit
  .setup({
    types: { context: {} as RemedyContext },
    guards: { reconsiderationWindow: withWindow('reconsideration'), litigationWindow: withWindow('litigation') },
  })
  .createMachine({
    id: 'national-remedy',
    initial: 'filed',
    context: ({ input }) => ({ remedy: input.data, result: null }),
    states: {
      filed: {
        always: [
          {
            guard: 'reconsiderationWindow',
            target: 'pending',
            actions: [
              startDeadline('reconsiderationWindow', { from: windowFrom, length: ({ context }) => windowDays(context.remedy)! }),
              completeDeadline('reconsiderationWindow'),
            ],
            meta: { clause: ['第五十一条', '行政复议法第二十条'] },
          },
          {
            guard: 'litigationWindow',
            target: 'pending',
            actions: [
              startDeadline('litigationWindow', { from: windowFrom, length: ({ context }) => windowDays(context.remedy)! }),
              completeDeadline('litigationWindow'),
            ],
            meta: { clause: ['第五十一条', '行政诉讼法第四十六条'] },
          },
          { target: 'pending', meta: { clause: '第五十一条' } },
        ],
      },
      pending: {
        on: {
          'remedy.decided': {
            target: 'decided',
            actions: assign({ result: ({ event }) => event.payload.result }),
            meta: { clause: ['第五十一条', '年报格式'] },
          },
        },
      },
      decided: { type: 'final' },
    },
    output: ({ context }) => ({
      kind: context.remedy.kind,
      afterReconsideration: context.remedy.kind === 'litigation' ? context.remedy.afterReconsideration : null,
      result: context.result ?? 'other',
    }),
  });
