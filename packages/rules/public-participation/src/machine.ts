import type { KitTypes } from '@zwgk/core';
import { and, assign } from 'xstate';
import { mentionsReporter, type Reporter } from './confidentiality.js';
import type { ConsultationPublished, Finding, HearingAnnounced, MeetingNoticed } from './events.js';
import type { PublicParticipationInput, PublicParticipationOutput } from './input.js';
import { kit } from './kit.js';
import { beijingDate, hasEnded, isWithinWindow } from './window.js';

const { recordBreach, sendNotice } = kit;
type Event = KitTypes<typeof kit>['event'];
type ReportInput = Extract<PublicParticipationInput, { kind: 'report' }>;

/** What a case remembers. */
export interface PublicParticipationContext {
  readonly kind: 'consultation' | 'report';
  readonly subject: string;
  // Consultation (第三条至第八条)
  readonly authority: string | null;
  readonly published: ConsultationPublished | null;
  readonly opinionsReceived: number;
  /** Opinions through a channel not published (第四条第(三)项): recorded, not counted with the others. */
  readonly irregularOpinions: number;
  readonly questionnaires: number;
  readonly meetings: number;
  /** The hearing announced and not yet held (第七条). */
  readonly pendingHearing: HearingAnnounced | null;
  readonly hearingsHeld: number;
  readonly hearingsCancelled: number;
  readonly categorised: number;
  // Report (第十条至第十三条)
  readonly report: ReportInput | null;
  readonly finding: Finding | null;
  readonly reporterTold: boolean;
  readonly meetingNoticeLeadHours: number;
}

const HOUR = 3_600_000;
type Ctx = PublicParticipationContext;

const reportOf = (context: Ctx): ReportInput => {
  if (context.report === null) throw new Error('not a report case');
  return context.report;
};
const reporterOf = (context: Ctx): Reporter | null => context.report?.reporter ?? null;

const machineSetup = kit.setup({
  types: { context: {} as Ctx },
  guards: {
    isConsultation: ({ context }) => context.kind === 'consultation',
    /** A consultation whose end date has already passed cannot be published (第四条第(二)项). */
    endNotPassed: ({ event }) => event.type === 'consultation.published' && beijingDate(event.at) <= event.payload.endsOn,
    /** 应当在征求意见的时限内提交 (第四条第二款): opinions outside the published period are refused. */
    withinWindow: ({ context, event }) => context.published !== null && isWithinWindow(event.at, context.published),
    /** 第四条第(三)项: the opinion came through a channel the consultation published. */
    publishedChannel: ({ context, event }) =>
      event.type === 'opinion.submitted' && context.published !== null && context.published.channels.includes(event.payload.channel),
    hearingPending: ({ context }) => context.pendingHearing !== null,
    /** 提前通知 (第六条): the notice precedes the meeting by at least the lead time. */
    noticedInTime: ({ context, event }) =>
      event.type === 'meeting.noticed' &&
      Date.parse(event.payload.startsAt) - Date.parse(event.at) >= Math.max(context.meetingNoticeLeadHours * HOUR, 1),
    announces: ({ event }) => event.type === 'meeting.noticed' && event.payload.announceVia !== undefined,
    hearingMayBeAnnounced: ({ context, event }) =>
      event.type === 'hearing.announced' && context.pendingHearing === null && Date.parse(event.payload.startsAt) > Date.parse(event.at),
    hearingMayBeHeld: ({ context, event }) =>
      context.pendingHearing !== null && Date.parse(event.at) >= Date.parse(context.pendingHearing.startsAt),
    /** After the end date, with no announced hearing still to hold. */
    mayClose: ({ context, event }) =>
      context.published !== null && hasEnded(event.at, context.published) && context.pendingHearing === null,
    /** Every written opinion is in a category (归类整理, 第八条). */
    allCategorised: ({ context, event }) =>
      event.type === 'opinions.analysed' && event.payload.categories.reduce((sum, c) => sum + c.count, 0) >= context.opinionsReceived,
    /** 第十条: the disclosure authority handles obstruction; 第十一条: its superior or the supervisory organ handles its own failure. */
    rightBody: ({ context, event }) => event.actor.role === (reportOf(context).against === 'obstruction' ? 'authority' : 'supervisor'),
    /** 第十三条: nothing sent to the reported unit may name the reporter. */
    inquiryKeepsReporterSecret: ({ context, event }) =>
      event.type === 'inquiry.sent' &&
      event.actor.role === (reportOf(context).against === 'obstruction' ? 'authority' : 'supervisor') &&
      !event.payload.questions.some((q) => mentionsReporter(q, reporterOf(context))),
    reporterKnown: ({ context, event }) =>
      event.actor.role === (reportOf(context).against === 'obstruction' ? 'authority' : 'supervisor') && reporterOf(context) !== null,
  },
  actions: {
    recordPublication: assign(({ event }) => (event.type === 'consultation.published' ? { published: event.payload } : {})),
    countOpinion: assign(({ context }) => ({ opinionsReceived: context.opinionsReceived + 1 })),
    countQuestionnaire: assign(({ context }) => ({ questionnaires: context.questionnaires + 1 })),
    countMeeting: assign(({ context }) => ({ meetings: context.meetings + 1 })),
    recordHearing: assign(({ event }) => (event.type === 'hearing.announced' ? { pendingHearing: event.payload } : {})),
    recordHearingHeld: assign(({ context }) => ({ pendingHearing: null, hearingsHeld: context.hearingsHeld + 1 })),
    recordHearingCancelled: assign(({ context }) => ({ pendingHearing: null, hearingsCancelled: context.hearingsCancelled + 1 })),
    countIrregularOpinion: assign(({ context }) => ({ irregularOpinions: context.irregularOpinions + 1 })),
    recordFinding: assign(({ event }) => (event.type === 'investigation.concluded' ? { finding: event.payload.finding } : {})),
  },
});

const meetingNotice = ({ context, event }: { context: Ctx; event: Event }) => {
  const p = event.payload as MeetingNoticed;
  return {
    subject: context.subject,
    kind: p.kind,
    startsAt: p.startsAt,
    place: p.place,
    topic: p.topic,
    agenda: p.agenda,
    recipients: p.participants,
  };
};

/**
 * 《西吉县政务公开公众参与制度》: a consultation (征求意见) published with what 第四条 lists, opinions taken
 * only within its published period, questionnaires (第五条), meetings notified ahead (第六条), hearings the
 * law requires (第七条), and feedback before the case ends (第八条); or a report (举报) investigated and its
 * result told to the reporter, whose identity goes to nobody else (第十条至第十三条).
 */
export const publicParticipationMachine = machineSetup.createMachine({
  id: 'public-participation',
  initial: 'routing',
  context: ({ input }) => ({
    kind: input.data.kind,
    subject: input.data.kind === 'consultation' ? input.data.subject : input.data.facts,
    authority: input.data.kind === 'consultation' ? input.data.authority : null,
    published: null,
    opinionsReceived: 0,
    irregularOpinions: 0,
    questionnaires: 0,
    meetings: 0,
    pendingHearing: null,
    hearingsHeld: 0,
    hearingsCancelled: 0,
    categorised: 0,
    report: input.data.kind === 'report' ? input.data : null,
    finding: null,
    reporterTold: false,
    meetingNoticeLeadHours: typeof input.parameters.meetingNoticeLeadHours === 'number' ? input.parameters.meetingNoticeLeadHours : 0,
  }),
  states: {
    routing: {
      always: [
        { guard: 'isConsultation', target: 'consultation', meta: { clause: '第三条' } },
        { target: 'report', meta: { clause: ['第十条', '第十一条'] } },
      ],
    },
    consultation: {
      initial: 'preparing',
      states: {
        /** The consultation is being prepared: nothing is accepted before it is published (第四条). */
        preparing: {
          on: {
            'consultation.published': {
              guard: 'endNotPassed',
              target: 'collecting',
              actions: [
                'recordPublication',
                sendNotice('consultationAnnouncement', ({ context, event }) => ({
                  subject: (context as Ctx).subject,
                  authority: (context as Ctx).authority,
                  details: (event as Extract<Event, { type: 'consultation.published' }>).payload,
                })),
              ],
              meta: { clause: '第四条' },
            },
          },
        },
        /** Opinions are taken within the published period; surveys, meetings and hearings may run. */
        collecting: {
          on: {
            'opinion.submitted': [
              { guard: and(['withinWindow', 'publishedChannel']), actions: 'countOpinion', meta: { clause: ['第四条', '第三条'] } },
              // 第四条第(三)项: through a channel not published: recorded as irregular, kept apart, not refused.
              {
                guard: 'withinWindow',
                actions: [
                  'countIrregularOpinion',
                  sendNotice('irregularOpinion', ({ context, event }) => {
                    const e = event as Extract<Event, { type: 'opinion.submitted' }>;
                    return {
                      subject: (context as Ctx).subject,
                      channel: e.payload.channel,
                      publishedChannels: (context as Ctx).published?.channels ?? [],
                      content: e.payload.content,
                    };
                  }),
                ],
                meta: { clause: ['第四条', '第三条'] },
              },
            ],
            'questionnaire.conducted': { actions: 'countQuestionnaire', meta: { clause: '第五条' } },
            'meeting.noticed': [
              {
                guard: and(['noticedInTime', 'announces']),
                actions: [
                  'countMeeting',
                  sendNotice('meetingNotice', meetingNotice as never),
                  sendNotice('meetingAnnouncement', (({ context, event }: { context: Ctx; event: Event }) => {
                    const { recipients: _recipients, ...rest } = meetingNotice({ context, event });
                    return { ...rest, via: (event.payload as MeetingNoticed).announceVia ?? [] };
                  }) as never),
                ],
                meta: { clause: '第六条' },
              },
              {
                guard: 'noticedInTime',
                actions: ['countMeeting', sendNotice('meetingNotice', meetingNotice as never)],
                meta: { clause: '第六条' },
              },
            ],
            'hearing.announced': {
              guard: 'hearingMayBeAnnounced',
              actions: [
                'recordHearing',
                sendNotice('hearingAnnouncement', ({ context, event }) => ({
                  subject: (context as Ctx).subject,
                  ...(event.payload as HearingAnnounced),
                })),
              ],
              meta: { clause: '第七条' },
            },
            'hearing.held': { guard: 'hearingMayBeHeld', actions: 'recordHearingHeld', meta: { clause: '第七条' } },
            // An announced hearing may be called off, publicly; a pending hearing then no longer holds the case.
            'hearing.cancelled': {
              guard: 'hearingPending',
              actions: [
                sendNotice('hearingCancellation', ({ context, event }) => {
                  const c = context as Ctx;
                  const e = event as Extract<Event, { type: 'hearing.cancelled' }>;
                  return {
                    subject: c.subject,
                    matter: c.pendingHearing?.matter ?? '',
                    startsAt: c.pendingHearing?.startsAt ?? e.at,
                    reason: e.payload.reason,
                    via: e.payload.announceVia,
                  };
                }),
                'recordHearingCancelled',
              ],
              meta: { clause: '第七条' },
            },
            'consultation.closed': { guard: 'mayClose', target: 'analysing', meta: { clause: '第四条' } },
          },
        },
        /** The period is over: the opinions are sorted and studied (第八条). */
        analysing: {
          on: {
            'opinions.analysed': { guard: 'allCategorised', target: 'feedback', meta: { clause: '第八条' } },
          },
        },
        /** The case cannot end without the feedback to the participants (第八条). */
        feedback: {
          on: {
            'feedback.given': {
              target: '#public-participation.concluded',
              actions: sendNotice('feedbackNotice', ({ context, event }) => ({
                ...(event.payload as Record<string, unknown>),
                subject: (context as Ctx).subject,
                opinionsReceived: (context as Ctx).opinionsReceived,
              })),
              meta: { clause: '第八条' },
            },
          },
        },
      },
    },
    report: {
      initial: 'investigating',
      states: {
        /** 调查核实 (第十二条), the reporter's identity kept secret (第十三条). */
        investigating: {
          on: {
            'inquiry.sent': {
              guard: 'inquiryKeepsReporterSecret',
              actions: sendNotice('inquiryNotice', ({ context, event }) => ({
                accused: reportOf(context as Ctx).accused,
                facts: reportOf(context as Ctx).facts,
                questions: (event.payload as { questions: string[] }).questions,
              })),
              meta: { clause: ['第十二条', '第十三条'] },
            },
            'investigation.concluded': [
              {
                guard: 'reporterKnown',
                target: '#public-participation.closed',
                actions: [
                  'recordFinding',
                  assign({ reporterTold: true }),
                  sendNotice('reportResultNotice', ({ context, event }) => ({
                    reporter: reporterOf(context as Ctx),
                    accused: reportOf(context as Ctx).accused,
                    ...(event.payload as Record<string, unknown>),
                  })),
                ],
                meta: { clause: '第十二条' },
              },
              // An anonymous report: investigated all the same, with nobody to tell.
              { guard: 'rightBody', target: '#public-participation.closed', actions: 'recordFinding', meta: { clause: '第十二条' } },
            ],
            'identity.disclosed': {
              guard: 'rightBody',
              actions: recordBreach('reporterIdentityDisclosed', ({ event }) => ({ ...(event.payload as Record<string, unknown>) })),
              meta: { clause: '第十三条' },
            },
          },
        },
      },
    },
    concluded: { type: 'final' },
    closed: { type: 'final' },
  },
  output: ({ context }): PublicParticipationOutput =>
    context.kind === 'consultation'
      ? {
          kind: 'consultation',
          opinionsReceived: context.opinionsReceived,
          irregularOpinions: context.irregularOpinions,
          questionnaires: context.questionnaires,
          meetings: context.meetings,
          hearingsHeld: context.hearingsHeld,
          hearingsCancelled: context.hearingsCancelled,
        }
      : { kind: 'report', finding: context.finding ?? 'unsubstantiated', reporterTold: context.reporterTold },
});
