import { z } from 'zod';
import { impactSchema } from './emergency-level.js';
import { eventPlanSchema } from './plan.js';
import { pressCategorySchema } from './press.js';

const name = (what: string) => z.string().trim().min(1, `must name ${what}`);

/**
 * What a case is opened with: a department's press conference (第五条(四)), or the release of news
 * of an emergency (第五条(五)).
 */
export const spokespersonInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('application'),
    /** 主办单位: the department organising the conference. */
    organizer: name('the organising department (主办单位)'),
    subject: name('the subject'),
  }),
  /** 第五条(二): a conference called at short notice, proposed by the government office with the departments concerned. */
  z.object({
    kind: z.literal('adHocConference'),
    subject: name('the subject'),
    /** 由政府办公室和政府相关部门协商后提出: who proposed it. */
    proposedBy: z.array(name('a proposing body')).min(1, 'must name who proposed it (政府办公室和政府相关部门)'),
    /** 新闻发布会 or 记者招待会. */
    form: z.enum(['pressConference', 'pressReception']),
  }),
  /** 第五条(三): a release to guide opinion on a hot topic or clarify a sensitive report, on the office's opinion. */
  z.object({
    kind: z.literal('hotTopic'),
    subject: name('the hot topic or the report'),
    /** 由政府办公室提出意见. */
    opinion: name("the government office's opinion (政府办公室提出意见)"),
  }),
  z.object({
    kind: z.literal('emergency'),
    /** What happened. */
    subject: name('the emergency'),
    impact: impactSchema,
    /** 事件发生地乡(镇), when the emergency has one. */
    township: name('the township').optional(),
  }),
]);
/** The data a case of this module is opened with. */
export type SpokespersonInput = z.output<typeof spokespersonInputSchema>;

/** The external events of a spokesperson case. */
export const spokespersonEvents = {
  'application.submitted': {
    schema: z.object({
      /** 书面申请: its reference or title. */
      reference: name('the written application'),
      plan: eventPlanSchema,
    }),
    roles: ['organizer'],
    label: { zh: '提交书面申请及活动方案', en: 'written application and event plan submitted' },
    clause: '第五条(四)',
  },
  'application.approved': {
    schema: z.object({ replyReference: name('the written reply'), remarks: z.string().trim().min(1).optional() }),
    roles: ['governmentOffice'],
    label: { zh: '书面答复：批准', en: 'written reply: approved' },
    clause: '第五条(四)',
  },
  'application.refused': {
    schema: z.object({ replyReference: name('the written reply'), reason: name('the reason') }),
    roles: ['governmentOffice'],
    label: { zh: '书面答复：不予批准', en: 'written reply: refused' },
    clause: '第五条(四)',
  },
  'press.approved': {
    schema: z.object({
      /** The kinds of press the approval covers. */
      categories: z.array(pressCategorySchema.exclude(['domestic'])).min(1, 'must list the press approved'),
      reference: name('the approval'),
    }),
    roles: ['governmentOffice', 'foreignAffairsOffice'],
    label: { zh: '邀请境外记者获批', en: 'invitation of press from outside the mainland approved' },
    clause: '第五条(七)',
  },
  'conference.held': {
    schema: z.object({ spokesperson: name('the spokesperson'), summary: name('what was released') }),
    roles: ['organizer', 'departmentSpokesperson', 'countySpokesperson'],
    label: { zh: '举行新闻发布会（记者招待会）', en: 'conference held' },
    clause: '第五条(四)',
  },
  'application.withdrawn': {
    schema: z.object({ reason: name('the reason') }),
    roles: ['organizer', 'governmentOffice'],
    label: { zh: '撤回申请（取消活动）', en: 'application withdrawn' },
    clause: '第五条(四)',
  },
  'emergency.consented': {
    schema: z.object({ approver: name('the approving leader'), reference: z.string().trim().min(1).optional() }),
    roles: ['countyGovernment'],
    label: { zh: '政府同意发布（影响较大的突发事件）', en: 'government consents to the release' },
    clause: '第五条(五)',
  },
  /** 第五条(二)(三) 经(有关)领导同意. */
  'leader.consented': {
    schema: z.object({ approver: name('the approving leader'), reference: z.string().trim().min(1).optional() }),
    roles: ['countyGovernment'],
    label: { zh: '有关领导同意（临时发布会、热点问题发布）', en: 'the leader concerned consents (ad-hoc conference, hot-topic release)' },
    clause: '第五条(二)',
  },
  'leader.declined': {
    schema: z.object({ approver: name('the leader'), reason: name('the reason') }),
    roles: ['countyGovernment'],
    label: { zh: '有关领导不同意', en: 'the leader concerned does not consent' },
    clause: '第五条(二)',
  },
  /** 第五条(三): the spokesperson guides opinion or clarifies the facts. */
  'hotTopic.released': {
    schema: z.object({ spokesperson: name('the spokesperson'), summary: name('what was released') }),
    roles: ['countySpokesperson', 'departmentSpokesperson'],
    label: { zh: '热点问题、敏感话题发布（舆论引导、事实澄清）', en: 'hot-topic release (guidance or clarification)' },
    clause: '第五条(三)',
  },
  /** 第五条(五)(六): a further release after the first (the case closed at the first). */
  'release.followedUp': {
    schema: z.object({ spokesperson: name('the spokesperson'), summary: name('what was released') }),
    roles: ['countySpokesperson', 'departmentSpokesperson', 'townshipSpokesperson'],
    label: { zh: '后续发布（事件进展、处置情况）', en: 'follow-up release' },
    clause: '第五条(六)',
  },
  'emergency.released': {
    schema: z.object({ spokesperson: name('the spokesperson'), summary: name('what was released') }),
    roles: ['countySpokesperson', 'departmentSpokesperson', 'townshipSpokesperson'],
    label: { zh: '突发事件新闻发布', en: 'news of the emergency released' },
    clause: '第五条(五)',
  },
} as const;

/** The type of the module's event table: each event's payload schema, roles and clause. */
export type SpokespersonEvents = typeof spokespersonEvents;
