import type { Instant, KitTypes } from '@zwgk/core';
import { assign } from 'xstate';
import type { ClauseId } from './clauses.js';
import type { PolicyInput } from './events.js';
import type { Channel, InterpretationPlan, Material } from './interpretation.js';
import { kit } from './kit.js';
import type { PolicyParameters } from './parameters.js';
import { minutesLate } from './simultaneity.js';

/** What a policy-interpretation case remembers. */
export interface PolicyContext {
  readonly policy: PolicyInput;
  readonly plan: InterpretationPlan | null;
  readonly draftingNotes: string | null;
  readonly submittedAt: Instant | null;
  readonly approvedAt: Instant | null;
  readonly materials: readonly Material[];
  readonly policyPublishedAt: Instant | null;
  readonly interpretationPublishedAt: Instant | null;
  readonly outcome: 'published' | 'notApproved' | null;
  readonly parameters: PolicyParameters;
  /** The breach of 网站第十八条(三) is on record already (the policy came out before its materials existed). */
  readonly notSimultaneousRecorded: boolean;
}

/** What a finished case reports. */
export interface PolicyOutput {
  readonly outcome: 'published' | 'notApproved';
  readonly policyPublishedAt: Instant | null;
  readonly interpretationPublishedAt: Instant | null;
  /** Minutes the interpretation came out after the policy beyond the tolerance (0: simultaneous). */
  readonly minutesLate: number;
}

type Event = KitTypes<typeof kit>['event'];
const { recordBreach, sendNotice } = kit;
type Args = { context: PolicyContext; event: Event };

const PUBLICATION: readonly ClauseId[] = ['网站十八(三)', '二', '三', '五'];

function urge(awaiting: 'interpretationPlan' | 'interpretationMaterials') {
  return ({ context, event }: Args): Record<string, unknown> => ({
    draftingUnit: context.policy.draftingUnit,
    policy: context.policy.title,
    awaiting,
    message: event.type === 'office.urged' ? event.payload.message : '',
  });
}

function catalogueEntry({ context, event }: Args): Record<string, unknown> {
  let channels: readonly Channel[] = [];
  if (event.type === 'interpretation.published') channels = event.payload.channels;
  if (event.type === 'policy.published') channels = event.payload.interpretation?.channels ?? [];
  return {
    policy: context.policy.title,
    draftingUnit: context.policy.draftingUnit,
    materials: context.materials.map((m) => m.title),
    channels,
    publishedAt: event.at,
  };
}

const lateness = (context: PolicyContext, at: Instant) =>
  context.policyPublishedAt === null ? 0 : minutesLate(context.policyPublishedAt, at, context.parameters.simultaneityToleranceMinutes);

/** The xstate machine of 《西吉县政府政务公开政策解读制度》; run it through the engine (`createEngine`), not directly. */
export const policyInterpretationMachine = kit
  .setup({
    types: { context: {} as PolicyContext },
    guards: {
      withInterpretation: ({ event }) => event.type === 'policy.published' && event.payload.interpretation !== undefined,
      withoutInterpretation: ({ event }) => event.type === 'policy.published' && event.payload.interpretation === undefined,
      /** 网站第十八条(三): published after the policy, beyond the tolerance, and not yet recorded as a breach. */
      late: ({ context, event }) => !context.notSimultaneousRecorded && lateness(context, event.at) > 0,
    },
    actions: {
      recordRequest: assign(({ event }) =>
        event.type === 'request.submitted'
          ? {
              plan: event.payload.interpretation.plan ?? null,
              draftingNotes: event.payload.interpretation.draftingNotes ?? null,
              submittedAt: event.at,
            }
          : {},
      ),
      recordApproval: assign({ approvedAt: ({ event }) => event.at }),
      recordMaterials: assign({
        materials: ({ context, event }) => (event.type === 'materials.prepared' ? event.payload.materials : context.materials),
      }),
      recordPolicyPublication: assign({ policyPublishedAt: ({ event }) => event.at }),
      recordInterpretationPublication: assign({ interpretationPublishedAt: ({ event }) => event.at }),
      recordLate: recordBreach('interpretationNotSimultaneous', ({ context, event }: Args) => ({
        policyPublishedAt: context.policyPublishedAt,
        interpretationPublishedAt: event.at,
        minutesLate: lateness(context, event.at),
      })),
      /**
       * 网站第十八条(三): the policy came out before the drafting unit had provided its interpretation
       * materials, so they could not be published with it: the breach is certain when the policy is published.
       */
      recordPublishedWithoutMaterials: recordBreach('interpretationNotSimultaneous', ({ event }: Args) => ({
        policyPublishedAt: event.at,
        interpretationPublishedAt: null,
        materialsPrepared: false,
      })),
      markNotSimultaneousRecorded: assign({ notSimultaneousRecorded: true }),
    },
  })
  .createMachine({
    id: 'policy-interpretation',
    initial: 'drafting',
    context: ({ input }) => ({
      policy: input.data,
      plan: null,
      draftingNotes: null,
      submittedAt: null,
      approvedAt: null,
      materials: [],
      policyPublishedAt: null,
      interpretationPublishedAt: null,
      outcome: null,
      parameters: input.parameters,
      notSimultaneousRecorded: false,
    }),
    states: {
      /** The drafting unit prepares its request (请示). */
      drafting: {
        on: {
          'request.submitted': { target: 'underReview', actions: 'recordRequest', meta: { clause: ['二', '一'] } },
          'office.urged': { actions: sendNotice('urge', urge('interpretationPlan')), meta: { clause: '五' } },
        },
      },
      /** 政府审定. */
      underReview: {
        on: {
          'policy.approved': { target: 'preparingMaterials', actions: 'recordApproval', meta: { clause: '二' } },
          'policy.notApproved': { target: 'notApproved', meta: { clause: '二' } },
        },
      },
      /**
       * 起草单位应当及时编写解读材料 (第二部分). A website that publishes the policy now publishes it without
       * its interpretation: the publication is recorded (it has happened) together with the breach of
       * 网站第十八条(三). (An interpretation cannot come out with it before its materials are recorded.)
       */
      preparingMaterials: {
        on: {
          'materials.prepared': { target: 'materialsReady', actions: 'recordMaterials', meta: { clause: ['二', '三'] } },
          'office.urged': { actions: sendNotice('urge', urge('interpretationMaterials')), meta: { clause: '五' } },
          'policy.published': {
            guard: 'withoutInterpretation',
            target: 'awaitingMaterials',
            actions: ['recordPolicyPublication', 'recordPublishedWithoutMaterials', 'markNotSimultaneousRecorded'],
            meta: { clause: '网站十八(三)' },
          },
        },
      },
      /** The policy is out without its interpretation, whose materials are still being written (breach recorded). */
      awaitingMaterials: {
        on: {
          'materials.prepared': { target: 'awaitingInterpretation', actions: 'recordMaterials', meta: { clause: ['二', '三'] } },
          'office.urged': { actions: sendNotice('urge', urge('interpretationMaterials')), meta: { clause: '五' } },
        },
      },
      /** Materials ready: the policy may be published, with its interpretation (同步发布). */
      materialsReady: {
        on: {
          'materials.prepared': { actions: 'recordMaterials', meta: { clause: '二' } },
          'policy.published': [
            {
              guard: 'withInterpretation',
              target: 'published',
              actions: ['recordPolicyPublication', 'recordInterpretationPublication', sendNotice('catalogueEntry', catalogueEntry)],
              meta: { clause: PUBLICATION },
            },
            { target: 'awaitingInterpretation', actions: 'recordPolicyPublication', meta: { clause: '网站十八(三)' } },
          ],
        },
      },
      /** The policy is out, its interpretation not yet (it must follow at once). */
      awaitingInterpretation: {
        on: {
          'interpretation.published': [
            {
              guard: 'late',
              target: 'published',
              actions: ['recordInterpretationPublication', 'recordLate', sendNotice('catalogueEntry', catalogueEntry)],
              meta: { clause: PUBLICATION },
            },
            {
              target: 'published',
              actions: ['recordInterpretationPublication', sendNotice('catalogueEntry', catalogueEntry)],
              meta: { clause: PUBLICATION },
            },
          ],
        },
      },
      published: { type: 'final', entry: assign({ outcome: 'published' as const }) },
      notApproved: { type: 'final', entry: assign({ outcome: 'notApproved' as const }) },
    },
    output: ({ context }) => ({
      outcome: context.outcome ?? 'notApproved',
      policyPublishedAt: context.policyPublishedAt,
      interpretationPublishedAt: context.interpretationPublishedAt,
      minutesLate: context.interpretationPublishedAt === null ? 0 : lateness(context, context.interpretationPublishedAt),
    }),
  });
