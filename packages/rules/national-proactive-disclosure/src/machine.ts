import { assign } from 'xstate';
import type { Information } from './input.js';
import { kit } from './kit.js';

const { completeDeadline, deadlineDue, recordBreach, startDeadline } = kit;

/** What a proactive-disclosure case remembers. */
export interface ProactiveContext {
  readonly information: Information;
  readonly published: boolean | null;
}

/**
 * One item of proactive information (第十九条–第二十六条): published within 20 working days of
 * being formed or changed (第二十六条), through the channels of 第二十三条–第二十五条, or withheld
 * on a ground of 第十四条–第十六条.
 */
export const proactiveMachine = kit.setup({ types: { context: {} as ProactiveContext } }).createMachine({
  id: 'national-proactive-disclosure',
  initial: 'formed',
  context: ({ input }) => ({ information: input.data, published: null }),
  states: {
    formed: {
      always: {
        target: 'awaitingPublication',
        actions: startDeadline('publication', { from: ({ context }) => context.information.formedAt }),
        meta: { clause: ['第十九条', '第二十条', '第二十一条', '第二十二条', '第二十六条'] },
      },
    },
    awaitingPublication: {
      on: {
        'information.published': {
          target: 'published',
          actions: [assign({ published: true }), completeDeadline('publication')],
          meta: { clause: ['第二十六条', '第二十三条', '第二十四条', '第二十五条'] },
        },
        'publication.withheld': {
          target: 'withheld',
          actions: [assign({ published: false }), completeDeadline('publication')],
          meta: { clause: ['第十四条', '第十五条', '第十六条'] },
        },
        'deadline.due': {
          guard: deadlineDue('publication'),
          actions: recordBreach('publicationOverdue', ({ event }) => ({ dueAt: event.payload.dueAt })),
          meta: { clause: '第二十六条' },
        },
      },
    },
    published: { type: 'final' },
    withheld: { type: 'final' },
  },
  output: ({ context }) => ({
    published: context.published === true,
    category: context.information.category,
    event: context.information.event,
  }),
});
