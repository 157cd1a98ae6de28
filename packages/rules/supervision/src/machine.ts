import type { Instant } from '@zwgk/core';
import { assign, enqueueActions } from 'xstate';
import type { SupervisionInput } from './input.js';
import { deficientItems, type InspectionItem, ITEM_CLAUSES, type ItemFinding, missingItems } from './items.js';
import { kit } from './kit.js';

const { recordBreach, sendNotice } = kit;

/** What a case of this module remembers between events (the machine's context). */
export interface SupervisionContext {
  readonly input: SupervisionInput;
  readonly substantiated: boolean | null;
  readonly findings: string | null;
  readonly referred: boolean;
  readonly answeredAt: Instant | null;
  /** Whether the supervisor found the ordered corrections made; null until checked (or none ordered). */
  readonly corrected: boolean | null;
  readonly items: readonly ItemFinding[];
  readonly requireEveryItem: boolean;
}

const itemsComplete = (context: SupervisionContext) =>
  context.requireEveryItem ? missingItems(context.items).length === 0 : context.items.length > 0;
const bodyOf = (context: SupervisionContext) => context.input.body;
const isAnonymous = (context: SupervisionContext) => context.input.kind === 'complaint' && context.input.anonymous;

const machineSetup = kit.setup({
  types: { context: {} as SupervisionContext },
  guards: {
    isReport: ({ context }) => context.input.kind === 'complaint' && context.input.receivedBy !== 'disclosureAuthority',
    isComplaint: ({ context }) => context.input.kind === 'complaint',
    /** 第五条: an anonymous complaint or report is investigated; there is nobody to answer. */
    anonymousSubstantiated: ({ context, event }) =>
      isAnonymous(context) && event.type === 'investigation.concluded' && event.payload.substantiated,
    anonymous: ({ context }) => isAnonymous(context),
    substantiated: ({ context }) => context.substantiated === true,
    mayRefer: ({ context }) => context.substantiated === true && !context.referred,
    item: ({ event }, params: { item: InspectionItem }) => event.type === 'item.inspected' && event.payload.item === params.item,
    completeWithDeficiencies: ({ context }) => itemsComplete(context) && deficientItems(context.items).length > 0,
    complete: ({ context }) => itemsComplete(context),
  },
  actions: {
    conclude: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'investigation.concluded') return;
      enqueue.assign({ substantiated: event.payload.substantiated, findings: event.payload.findings });
      if (event.payload.substantiated)
        enqueue(sendNotice('rectificationOrder', { body: bodyOf(context), corrections: event.payload.corrections ?? [] }));
    }),
    answer: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'answer.sent' || context.input.kind !== 'complaint' || context.input.complainant === undefined) return;
      enqueue.assign({ answeredAt: event.at });
      enqueue(
        sendNotice('answerNotice', {
          complainant: context.input.complainant,
          substantiated: context.substantiated === true,
          findings: context.findings ?? '',
          content: event.payload.content,
          via: event.payload.via,
        }),
      );
    }),
    refer: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'matter.referred') return;
      enqueue.assign({ referred: true });
      enqueue(
        sendNotice('accountabilityReferral', {
          body: bodyOf(context),
          organ: event.payload.organ,
          findings: context.findings ?? '',
          reasons: event.payload.reasons,
        }),
      );
    }),
    /** 件件有落实 (第四条), 督促整改 (第一条): the supervisor's check; corrections not made are a breach. */
    verify: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'rectification.verified') return;
      enqueue.assign({ corrected: event.payload.corrected });
      if (!event.payload.corrected)
        enqueue(recordBreach('notCorrected', { body: bodyOf(context), verifiedBy: event.payload.verifiedBy, notes: event.payload.notes }));
    }),
    recordItem: assign(({ context, event }) => (event.type === 'item.inspected' ? { items: [...context.items, event.payload] } : {})),
    report: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'inspection.concluded') return;
      const deficient = deficientItems(context.items);
      const latest = new Map(context.items.map((f) => [f.item, f]));
      enqueue(
        sendNotice('inspectionReport', { body: bodyOf(context), summary: event.payload.summary, items: [...latest.values()], deficient }),
      );
      if (deficient.length > 0) {
        enqueue(sendNotice('rectificationOrder', { body: bodyOf(context), corrections: deficient.map((item) => latest.get(item)!.notes) }));
      }
    }),
  },
});

const itemRows = (Object.keys(ITEM_CLAUSES) as InspectionItem[]).map((item) => ({
  guard: { type: 'item', params: { item } } as const,
  actions: 'recordItem' as const,
  meta: { clause: [...ITEM_CLAUSES[item], '第二条'] as const },
}));

/**
 * A case of 《西吉县政务公开监督检查制度》: a complaint or report investigated, corrected and answered
 * unless anonymous (第一条, 第四条, 第五条), or an inspection recording findings on each item of 第二条
 * whose ordered corrections the supervisor verifies (第一条).
 */
export const supervisionMachine = machineSetup.createMachine({
  id: 'supervision',
  initial: 'routing',
  context: ({ input }) => ({
    input: input.data,
    substantiated: null,
    findings: null,
    referred: false,
    answeredAt: null,
    corrected: null,
    items: [],
    requireEveryItem: input.parameters.requireEveryItem !== false,
  }),
  states: {
    routing: {
      always: [
        { guard: 'isReport', target: 'complaint', meta: { clause: '第五条' } },
        { guard: 'isComplaint', target: 'complaint', meta: { clause: '第四条' } },
        { target: 'inspection', meta: { clause: '第二条' } },
      ],
    },
    complaint: {
      initial: 'investigating',
      on: { 'matter.referred': { guard: 'mayRefer', actions: 'refer', meta: { clause: '第四条' } } },
      states: {
        /** 认真查实 (第一条), 调查处理 (第五条). */
        investigating: {
          on: {
            'investigation.concluded': [
              // 第五条: an anonymous report is investigated and corrected all the same; nobody is owed an answer.
              { guard: 'anonymousSubstantiated', target: 'followUp', actions: 'conclude', meta: { clause: ['第一条', '第五条'] } },
              { guard: 'anonymous', target: '#supervision.closed', actions: 'conclude', meta: { clause: ['第一条', '第五条'] } },
              { target: 'answering', actions: 'conclude', meta: { clause: ['第一条', '第五条'] } },
            ],
          },
        },
        /** 事事有答复 (第四条): the case cannot end before the answer. The text sets no period for it. */
        answering: {
          on: {
            'answer.sent': [
              { guard: 'substantiated', target: 'followUp', actions: 'answer', meta: { clause: '第四条' } },
              { target: '#supervision.closed', actions: 'answer', meta: { clause: '第四条' } },
            ],
          },
        },
        /** 件件有落实 (第四条), 督促整改 (第一条). */
        followUp: {
          on: { 'rectification.verified': { target: '#supervision.closed', actions: 'verify', meta: { clause: ['第四条', '第一条'] } } },
        },
      },
    },
    inspection: {
      initial: 'inspecting',
      states: {
        inspecting: {
          on: {
            'item.inspected': itemRows,
            'inspection.concluded': [
              { guard: 'completeWithDeficiencies', target: 'rectifying', actions: 'report', meta: { clause: ['第二条', '第一条'] } },
              { guard: 'complete', target: '#supervision.closed', actions: 'report', meta: { clause: '第二条' } },
            ],
          },
        },
        /** 督促整改 (第一条): the body reports; the supervisor may also check on site without waiting for the report. */
        rectifying: {
          on: {
            'rectification.reported': { target: 'verifying', meta: { clause: ['第二条(8)', '第一条'] } },
            'rectification.verified': { target: '#supervision.closed', actions: 'verify', meta: { clause: '第一条' } },
          },
        },
        /** The body's own report does not close the case: the supervisor verifies it, as on the complaint path. */
        verifying: {
          on: { 'rectification.verified': { target: '#supervision.closed', actions: 'verify', meta: { clause: ['第一条', '第二条(8)'] } } },
        },
      },
    },
    closed: { type: 'final' },
  },
  output: ({ context }) => ({
    kind: context.input.kind,
    answeredAt: context.answeredAt,
    substantiated: context.substantiated,
    referred: context.referred,
    findings: context.findings,
    corrected: context.corrected,
    body: context.input.body,
    deficientItems: deficientItems(context.items),
  }),
});
