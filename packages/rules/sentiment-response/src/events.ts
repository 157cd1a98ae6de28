import { z } from 'zod';
import { otherChannelIssue, otherChannelNamed, releaseFields } from './channels.js';
import { keyCriterionSchema, scopeSchema, severitySchema } from './classification.js';

/** What a sentiment case is opened with; the instant it is opened is the time the sentiment was found. */
export const sentimentInputSchema = z.object({
  /** What the sentiment is about. */
  subject: z.string().trim().min(1, 'must say what the sentiment is about'),
  /** Where it was found (微博、论坛、12345 热线…). */
  foundVia: z.string().trim().min(1).optional(),
  /** Its classification, when known at once; without it the case runs as 其他政务舆情 until classified. */
  severity: severitySchema.optional(),
  /** Whom it concerns, when known at once (decides the responsible body, 第一部分). */
  scope: scopeSchema.optional(),
  /** Why it must be answered as a priority (第二部分第(一)至(五)项). */
  keyCriteria: z.array(keyCriterionSchema).default([]),
});
/** The data a case of this module is opened with. */
export type SentimentInput = z.output<typeof sentimentInputSchema>;

const release = z.object(releaseFields).refine(otherChannelNamed, otherChannelIssue);

/** The external events of a sentiment case. */
export const sentimentEvents = {
  'sentiment.classified': {
    schema: z.object({
      severity: severitySchema,
      keyCriteria: z.array(keyCriterionSchema).optional(),
      /** Why (re)classified, e.g. 事态升级、出现人员伤亡. */
      reason: z.string().trim().min(1, 'must give the reason for the classification'),
    }),
    roles: ['office'],
    label: { zh: '舆情定级（含升级、重新定级）', en: 'sentiment classified (upgraded, or reclassified)' },
    clause: '三(一)',
  },
  'responsibility.assigned': {
    schema: z.object({ scope: scopeSchema }),
    roles: ['office'],
    label: { zh: '明确责任主体', en: 'responsible body assigned' },
    clause: '一(三)',
  },
  'info.firstReleased': {
    schema: release,
    roles: ['responsibleBody', 'spokesperson'],
    label: { zh: '首次信息发布', en: 'first release of information' },
    clause: '三(一)',
  },
  'response.given': {
    schema: release,
    roles: ['responsibleBody', 'spokesperson'],
    label: { zh: '予以回应', en: 'response given' },
    clause: '三(二)',
  },
  'info.updated': {
    schema: release,
    roles: ['responsibleBody', 'spokesperson'],
    label: { zh: '持续滚动发布权威信息', en: 'rolling update released' },
    clause: '三(一)',
  },
  'pressConference.held': {
    schema: z
      .object({
        /** The spokesperson who spoke (一(二): the principal leader is the first spokesperson). */
        spokesperson: z.string().trim().min(1, 'must name the spokesperson'),
        /** The leaders who attended (有关部门主要负责人、新闻发言人及相关负责同志). */
        attendees: z.array(z.string().trim().min(1)).default([]),
        /** Other channels it was carried on (a live stream on 微博…); 新闻发布会 is implied. */
        alsoVia: z.array(releaseFields.channels.element).default([]),
        otherChannel: releaseFields.otherChannel,
        summary: releaseFields.summary,
      })
      .refine((p) => otherChannelNamed({ channels: p.alsoVia, otherChannel: p.otherChannel }), otherChannelIssue),
    roles: ['spokesperson', 'responsibleBody'],
    label: { zh: '举行新闻发布会', en: 'press conference held' },
    clause: '三(一)',
  },
  'rumour.referred': {
    schema: z.object({
      /** What the rumour endangers: 社会秩序 and/or 国家利益. */
      endangers: z.array(z.enum(['socialOrder', 'nationalInterest'])).min(1, 'must say what the rumour endangers (社会秩序、国家利益)'),
      situation: z.string().trim().min(1, 'must describe the situation (有关情况)'),
      clues: z.array(z.string().trim().min(1)).min(1, 'must hand over at least one clue (线索)'),
    }),
    roles: ['responsibleBody', 'office'],
    label: { zh: '造谣传谣线索移交公安机关、网络监管部门', en: 'rumour handed to the police and network regulator' },
    clause: '二',
  },
  'results.published': {
    schema: release,
    roles: ['responsibleBody', 'spokesperson'],
    label: { zh: '公布调查处置结果', en: 'investigation results published' },
    clause: '三(一)',
  },
} as const;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type SentimentEvents = typeof sentimentEvents;
