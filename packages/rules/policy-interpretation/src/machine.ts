import type { Instant, KitTypes } from '@zwgk/core';
import { assign, enqueueActions } from 'xstate';
import type { ClauseId } from './clauses.js';
import type { PolicyInput } from './events.js';
import { type Channel, type InterpretationPlan, type Material, onWebsite } from './interpretation.js';
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
  /** The first release of the interpretation, on any channel. */
  readonly interpretationPublishedAt: Instant | null;
  /** The first release that included the government website (第五部分 第一平台); 网站十八(三) is judged by it. */
  readonly websitePublishedAt: Instant | null;
  /** The channels the interpretation has been released on so far. */
  readonly channels: readonly Channel[];
  /** The 按时发布 deadline is running (the approved plan fixed a date). */
  readonly publicationDue: boolean;
  readonly outcome: 'published' | 'notApproved' | null;
  readonly parameters: PolicyParameters;
  /** The breach of 网站第十八条(三) is on record already (the policy came out before its materials existed). */
  readonly notSimultaneousRecorded: boolean;
}

/** What a finished case reports. */
export interface PolicyOutput {
  readonly outcome: 'published' | 'notApproved';
  readonly policy: string;
  readonly draftingUnit: string;
  /** The titles of the interpretation materials (what an update's catalogue entry lists). */
  readonly materials: readonly string[];
  readonly policyPublishedAt: Instant | null;
  readonly interpretationPublishedAt: Instant | null;
  readonly websitePublishedAt: Instant | null;
  /** Minutes the interpretation came out after the policy beyond the tolerance (0: simultaneous). */
  readonly minutesLate: number;
}

type Event = KitTypes<typeof kit>['event'];
const { completeDeadline, deadlineDue, recordBreach, recordOverdue, sendNotice, startDeadline } = kit;
type Args = { context: PolicyContext; event: Event };

const PUBLICATION: readonly ClauseId[] = ['网站十八(三)', '二', '三', '五'];

/** What the drafting unit (or the website) still owes when the office urges (第五部分 督促). */
function awaiting(context: PolicyContext): 'interpretationPlan' | 'interpretationMaterials' | 'interpretationRelease' | 'websiteRelease' {
  if (context.plan === null && context.approvedAt === null) return 'interpretationPlan';
  if (context.materials.length === 0) return 'interpretationMaterials';
  if (context.interpretationPublishedAt === null) return 'interpretationRelease';
  return 'websiteRelease';
}

function urge({ context, event }: Args): Record<string, unknown> {
  return {
    draftingUnit: context.policy.draftingUnit,
    policy: context.policy.title,
    awaiting: awaiting(context),
    message: event.type === 'office.urged' ? event.payload.message : '',
  };
}

/** The catalogue entry (第三、五部分) sent when the website carries the interpretation: every channel so far. */
function catalogueEntry({ context, event }: Args): Record<string, unknown> {
  let channels: readonly Channel[] = [];
  if (event.type === 'interpretation.published') channels = event.payload.channels;
  if (event.type === 'policy.published') channels = event.payload.interpretation?.channels ?? [];
  return {
    policy: context.policy.title,
    draftingUnit: context.policy.draftingUnit,
    materials: context.materials.map((m) => m.title),
    channels: [...new Set([...context.channels, ...channels])],
    publishedAt: event.at,
  };
}

/** The channels of the release an event records (empty for any other event). */
function releaseChannels(event: Event): readonly Channel[] {
  if (event.type === 'interpretation.published') return event.payload.channels;
  if (event.type === 'policy.published') return event.payload.interpretation?.channels ?? [];
  return [];
}

/** 00:00 Beijing time of the plan's date: the 按时发布 deadline runs the 24 hours of that day. */
const startOfDay = (date: string): Instant => `${date}T00:00:00+08:00` as Instant;

const lateness = (context: PolicyContext, at: Instant) =>
  context.policyPublishedAt === null ? 0 : minutesLate(context.policyPublishedAt, at, context.parameters.simultaneityToleranceMinutes);

/** The xstate machine of 《西吉县政府政务公开政策解读制度》; run it through the engine (`createEngine`), not directly. */
export const policyInterpretationMachine = kit
  .setup({
    types: { context: {} as PolicyContext },
    guards: {
      withInterpretation: ({ event }) => event.type === 'policy.published' && event.payload.interpretation !== undefined,
      withoutInterpretation: ({ event }) => event.type === 'policy.published' && event.payload.interpretation === undefined,
      /** The release includes the government website (第五部分 第一平台). */
      onWebsite: ({ event }) => onWebsite(releaseChannels(event)),
      /** 网站第十八条(三): on the website after the policy, beyond the tolerance, and not yet recorded as a breach. */
      late: ({ context, event }) =>
        onWebsite(releaseChannels(event)) && !context.notSimultaneousRecorded && lateness(context, event.at) > 0,
      /** The approved plan fixes a date for the interpretation (第二部分 按时发布). */
      planFixesDate: ({ context }) => context.plan?.publishBy !== undefined,
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
      /** 按时发布 (第二部分): due at 24:00 of the plan's date (already past if the date was before approval). */
      startPublication: enqueueActions(({ context, enqueue }) => {
        const date = context.plan?.publishBy;
        if (date === undefined) return;
        enqueue(startDeadline('publication', { from: startOfDay(date) }));
        enqueue(assign({ publicationDue: true }));
      }),
      recordMaterials: assign({
        materials: ({ context, event }) => (event.type === 'materials.prepared' ? event.payload.materials : context.materials),
      }),
      recordPolicyPublication: assign({ policyPublishedAt: ({ event }) => event.at }),
      /** A release on any channel: the first one meets (or misses) the plan's date. */
      recordRelease: enqueueActions(({ context, event, enqueue }) => {
        const channels = releaseChannels(event);
        const first = context.interpretationPublishedAt === null;
        enqueue(
          assign({
            interpretationPublishedAt: context.interpretationPublishedAt ?? event.at,
            websitePublishedAt: context.websitePublishedAt ?? (onWebsite(channels) ? event.at : null),
            channels: [...new Set([...context.channels, ...channels])],
          }),
        );
        if (first && context.publicationDue) enqueue(completeDeadline('publication'));
        if (first && !onWebsite(channels)) {
          enqueue(startDeadline('website', { length: context.parameters.websiteFollowUpWorkingDays }));
        }
        if (!first && onWebsite(channels) && context.websitePublishedAt === null) enqueue(completeDeadline('website'));
      }),
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
      catalogue: sendNotice('catalogueEntry', catalogueEntry),
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
      websitePublishedAt: null,
      channels: [],
      publicationDue: false,
      outcome: null,
      parameters: input.parameters,
      notSimultaneousRecorded: false,
    }),
    on: {
      /** 第五部分: the office urges at any time before the interpretation is on the website (a closed case takes nothing). */
      'office.urged': { actions: sendNotice('urge', urge), meta: { clause: '五' } },
      'deadline.due': [
        { guard: deadlineDue('publication'), actions: recordOverdue('interpretationLate'), meta: { clause: '二' } },
        { guard: deadlineDue('website'), actions: recordOverdue('interpretationNotOnWebsite'), meta: { clause: '五' } },
      ],
    },
    states: {
      /** The drafting unit prepares its request (请示). */
      drafting: {
        on: {
          'request.submitted': { target: 'underReview', actions: 'recordRequest', meta: { clause: ['二', '一'] } },
        },
      },
      /** 政府审定. */
      underReview: {
        on: {
          'policy.approved': { target: 'preparingMaterials', actions: ['recordApproval', 'startPublication'], meta: { clause: '二' } },
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
        },
      },
      /** Materials ready: the policy may be published, with its interpretation (同步发布). */
      materialsReady: {
        on: {
          'materials.prepared': { actions: 'recordMaterials', meta: { clause: '二' } },
          'policy.published': [
            {
              guard: 'onWebsite',
              target: 'published',
              actions: ['recordPolicyPublication', 'recordRelease', 'catalogue'],
              meta: { clause: PUBLICATION },
            },
            /** Released with the policy but not on the website (a press conference at the same hour): the website must follow. */
            {
              guard: 'withInterpretation',
              target: 'awaitingWebsite',
              actions: ['recordPolicyPublication', 'recordRelease'],
              meta: { clause: ['网站十八(三)', '二', '五'] },
            },
            { target: 'awaitingInterpretation', actions: 'recordPolicyPublication', meta: { clause: '网站十八(三)' } },
          ],
        },
      },
      /** The policy is out, its interpretation not yet (it must follow at once). */
      awaitingInterpretation: {
        on: {
          'interpretation.published': [
            { guard: 'late', target: 'published', actions: ['recordRelease', 'recordLate', 'catalogue'], meta: { clause: PUBLICATION } },
            { guard: 'onWebsite', target: 'published', actions: ['recordRelease', 'catalogue'], meta: { clause: PUBLICATION } },
            { target: 'awaitingWebsite', actions: 'recordRelease', meta: { clause: ['二', '三', '五'] } },
          ],
        },
      },
      /**
       * 第五部分 政府网站是政策解读的第一平台: released elsewhere (a press conference, the media), the
       * interpretation must reach the website within `websiteFollowUpWorkingDays`, else a breach; the
       * case waits for the website release, which 网站第十八条(三) judges for simultaneity.
       */
      awaitingWebsite: {
        on: {
          'interpretation.published': [
            { guard: 'late', target: 'published', actions: ['recordRelease', 'recordLate', 'catalogue'], meta: { clause: PUBLICATION } },
            { guard: 'onWebsite', target: 'published', actions: ['recordRelease', 'catalogue'], meta: { clause: PUBLICATION } },
            { actions: 'recordRelease', meta: { clause: ['三', '五'] } },
          ],
        },
      },
      published: { type: 'final', entry: assign({ outcome: 'published' as const }) },
      notApproved: { type: 'final', entry: assign({ outcome: 'notApproved' as const }) },
    },
    output: ({ context }) => ({
      outcome: context.outcome ?? 'notApproved',
      policy: context.policy.title,
      draftingUnit: context.policy.draftingUnit,
      materials: context.materials.map((m) => m.title),
      policyPublishedAt: context.policyPublishedAt,
      interpretationPublishedAt: context.interpretationPublishedAt,
      websitePublishedAt: context.websitePublishedAt,
      minutesLate: context.websitePublishedAt === null ? 0 : lateness(context, context.websitePublishedAt),
    }),
  });
