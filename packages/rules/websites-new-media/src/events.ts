import type { CaseRecord, EventSpec, FactsQuery } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';
import type { Role } from './roles.js';

const text = z.string().min(1);

// ── 网民纠错 (第二十条第二款) ──────────────────────────────────────────────

/** The error report is passed to the site's host unit (转有关网站主办单位办理). */
export const errorReportForwardedSchema = z.object({
  /** 网站主办单位 */
  hostUnit: text,
});

/** The host unit has handled the report and answered the netizen (完成处理并回复). */
export const errorReportAnsweredSchema = z.object({
  /** 处理情况: what was corrected, or why nothing was. */
  handling: text,
  /** 回复网民的内容 */
  reply: text,
});

// ── 网站开设 (第九条、第十条) ──────────────────────────────────────────────

/**
 * The application to open a site (第九条): approved by the unit's principal head, filed by the host
 * unit with the competent authority, with the four materials of 第九条第二款.
 */
export const openingAppliedSchema = z.object({
  /** 本部门主要负责人同意 */
  headApproval: z.object({ head: text, approvedOn: z.iso.date() }),
  /** 申请开通材料 (第九条第二款) */
  materials: z.object({
    /** 责任分工 */
    responsibilities: text,
    /** 内容及保密审查机制 */
    contentAndSecrecyReview: text,
    /** 安全防护措施 */
    securityMeasures: text,
    /** 应急响应预案 */
    emergencyPlan: text,
  }),
});

/** The competent authority's decision on the application (报政府网站主管单位批准). */
export const openingDecidedSchema = z.discriminatedUnion('approved', [
  z.object({ approved: z.literal(true) }),
  z.object({ approved: z.literal(false), reasons: text }),
]);

/** The six procedures of 第十条, in the article's order. */
export const OPENING_STEPS = [
  'siteMark',
  'domainAndIcp',
  'securityFiling',
  'identifierCode',
  'openingAnnouncement',
  'cyberspaceFiling',
] as const;
/** One of the six opening procedures of 第十条. */
export type OpeningStep = (typeof OPENING_STEPS)[number];

/** One procedure of 第十条 done, with the reference that proves it (批复号、备案号、标识码、公告地址). */
export const openingStepDoneSchema = z.object({
  step: z.enum(OPENING_STEPS),
  reference: text,
});

/** The site goes live (开通). */
export const siteLaunchedSchema = z.object({ url: z.url() });

// ── 临时下线 (第十五条) ────────────────────────────────────────────────────

/** One level of review of a take-down application (逐级审核). */
export const takedownReviewedSchema = z.object({ reviewer: text, approved: z.boolean(), opinion: text });

/**
 * The states of this module's cases in which a site has been (or is) temporarily taken offline, as
 * 第十五条's yearly count reads them: the site offline, or back online after it. Emergency take-downs
 * (第十五条第二款) end elsewhere and are not counted.
 */
export const COUNTED_TAKEDOWN_STATES = ['takedown.offline', 'restored'] as const;

/** Name of the facts query of `takedown.reviewed`: the site's earlier take-down cases of the year. */
export const EARLIER_TAKEDOWNS = 'earlierTakedowns';

const contextOf = (record: CaseRecord) => (record.snapshot as { context?: Record<string, unknown> } | null)?.context ?? {};

function yearBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const prev = new Date(Date.UTC(y - 1, m - 1, d));
  if (prev.getUTCMonth() !== m - 1) prev.setUTCDate(0);
  return prev.toISOString().slice(0, 10);
}

/**
 * 第十五条 临时下线每年不得超过1次: the engine's own take-down cases of the same site (case `title`, or
 * the site's name when the case has none) opened before this one, in the calendar year of the planned
 * start or, with `takedownYearBasis` = rolling12Months, in the twelve months before it.
 */
function earlierTakedownsQuery({ case: record }: { case: CaseRecord }): Readonly<Record<string, FactsQuery>> {
  const context = contextOf(record);
  const data = (context['data'] ?? {}) as { site?: string; plannedStart?: string };
  const start = data.plannedStart ?? record.openedAt.slice(0, 10);
  const from = context['yearBasis'] === 'rolling12Months' ? yearBefore(start) : `${start.slice(0, 4)}-01-01`;
  return {
    [EARLIER_TAKEDOWNS]: {
      kind: 'count',
      moduleId: 'websites-new-media',
      title: record.title ?? data.site ?? '',
      openedFrom: `${from}T00:00:00+08:00`,
      openedTo: record.openedAt,
    },
  };
}

/** The city disclosure office's answer (经市政府政务公开办同意). */
export const takedownDecidedSchema = z.discriminatedUnion('approved', [
  z.object({ approved: z.literal(true) }),
  z.object({ approved: z.literal(false), reasons: text }),
]);

/** The site is taken offline; the announcement is published on the portal at the same time (同时…发布公告). */
export const siteTakenDownSchema = z.object({ announcementUrl: z.url() });

/** The emergency take-down is filed (报备) in writing through the city office (第十五条第二款). */
export const emergencyFiledSchema = z.object({ filedWith: z.array(text).min(1), reference: text });

/** The competent authority closes a matter that is not pursued (an application withdrawn, an approval not used). */
export const matterClosedSchema = z.object({ reason: text });

/** One level of review of a migration application (逐级审核, 第十二条). */
export const migrationReviewedSchema = z.object({ reviewer: text, approved: z.boolean(), opinion: text });

/** The city disclosure office's decision on a migration (经市政府政务公开办批准). */
export const migrationDecidedSchema = z.discriminatedUnion('approved', [
  z.object({ approved: z.literal(true) }),
  z.object({ approved: z.literal(false), reasons: text }),
]);

/** The migration is started (方可启动: after approval; a start before it is recorded with the breach). */
export const migrationStartedSchema = z.object({ plan: text });

/** 第三十三条's ways of inspecting. */
export const INSPECTION_METHODS = ['thirdPartyAssessment', 'professionalRating', 'publicOpinionSurvey', 'officeInspection'] as const;

/** The quarter's inspection done (第三十二条, by the ways of 第三十三条). */
export const inspectionDoneSchema = z.object({
  methods: z.array(z.enum(INSPECTION_METHODS)).min(1),
  sitesChecked: z.number().int().min(1),
  findings: text,
});

/** The inspection's results published (检查情况及时公开). */
export const inspectionPublishedSchema = z.object({ url: z.url() });

/** The yearly website report table published (第三十五条: 向社会公开), with its main figures. */
export const yearlyTablePublishedSchema = z.object({
  url: z.url(),
  /** 年度信息发布总数 */
  posts: z.number().int().min(0),
  /** 用户总访问量 */
  visits: z.number().int().min(0),
  /** 服务事项数 */
  serviceItems: z.number().int().min(0),
  /** 受理量 */
  serviceRequests: z.number().int().min(0),
  /** 网民留言办理情况 */
  messagesHandled: text,
});

/** The site is back online. */
export const siteRestoredSchema = z.object({});

// ── 迁移/关停公告 (第十三条) ────────────────────────────────────────────────

/** The notice is hung on the site's home page (or the portal) at `location`. */
export const noticePostedSchema = z.object({ location: text });

/** The notice is taken down. */
export const noticeRemovedSchema = z.object({ reason: text });

// ── 政务新媒体账号 (第三十九条) ─────────────────────────────────────────────

/**
 * The account is opened on a platform, approved by the unit's principal leader (主要领导批准),
 * with the three responsible persons 第三十九条第三款 asks for.
 */
export const accountOpenedSchema = z.object({
  approvedBy: text,
  /** 主管负责人、分管负责人和总编辑 */
  responsible: z.object({ principal: text, deputy: text, editorInChief: text }),
});

/** The account is filed with the 网信办 and the disclosure office (备案). */
export const accountFiledSchema = z.object({ filedWith: z.array(text).min(1), reference: text });

/** The account is closed: approved by the principal leader, announced, and deregistered on the platform. */
export const accountClosedSchema = z.object({ approvedBy: text, announcement: text });

/** The closure is filed with the city disclosure office (报市政务公开办备案). */
export const accountClosureFiledSchema = z.object({ reference: text });

// ── 每周发布与三审 (第四十条、第四十一条) ───────────────────────────────────

/** The three review stages of 第四十一条's 三审, in order. */
export const REVIEW_STAGES = ['初审', '复审', '终审'] as const;

/**
 * A post on the account, with the reviews it had. 第四十一条's 三审 ("先审后发") asks for the three
 * stages, each by a different reviewer, and the secrecy review of 第四十一条第(一)项; a post without
 * them is still recorded (it was published) and counted, with the breach (see {@link reviewDefects}).
 */
export const postPublishedSchema = z.object({
  title: text,
  reviews: z
    .array(z.object({ stage: z.enum(REVIEW_STAGES), reviewer: text }))
    .max(3)
    .default([]),
  /** 信息公开保密审查 (第四十一条第(一)项) */
  secrecyReviewed: z.boolean(),
});

/** What a post lacked of 第四十一条's 三审 and secrecy review; empty when it had all. */
export function reviewDefects(post: {
  readonly reviews: readonly { stage: string; reviewer: string }[];
  readonly secrecyReviewed: boolean;
}): string[] {
  const defects: string[] = [];
  const stages = new Set(post.reviews.map((r) => r.stage));
  for (const stage of REVIEW_STAGES) if (!stages.has(stage)) defects.push(`缺少${stage}`);
  if (post.reviews.length === 3 && new Set(post.reviews.map((r) => r.reviewer)).size !== 3) defects.push('三审未由三名不同审核人完成');
  if (!post.secrecyReviewed) defects.push('未经保密审查');
  return defects;
}

/** A post on the account with the reviews it had. (The value `postPublishedSchema` parses to.) */
export type PostPublished = z.output<typeof postPublishedSchema>;

/** The events the module accepts: payload schema, roles allowed to send it, the clause it rests on. */
export const events = {
  'errorReport.forwarded': {
    schema: errorReportForwardedSchema,
    roles: ['portalOperator'],
    label: { zh: '纠错意见转主办单位办理', en: 'error report forwarded to the host unit' },
    clause: '第二十条',
  },
  'errorReport.answered': {
    schema: errorReportAnsweredSchema,
    // The portal operator runs the 互动交流 feedback (第二十条第一款) and may record the answer it relays.
    roles: ['hostUnit', 'portalOperator'],
    label: { zh: '纠错意见处理完毕并回复', en: 'error report handled and answered' },
    clause: '第二十条',
  },
  'opening.applied': {
    schema: openingAppliedSchema,
    roles: ['hostUnit'],
    label: { zh: '提出开设政府网站申请', en: 'application to open a site' },
    clause: '第九条',
  },
  'opening.decided': {
    schema: openingDecidedSchema,
    roles: ['competentAuthority'],
    label: { zh: '主管单位审批', en: 'competent authority decided' },
    clause: '第九条',
  },
  'opening.stepDone': {
    schema: openingStepDoneSchema,
    roles: ['hostUnit'],
    label: { zh: '完成开通前程序一项', en: 'pre-launch procedure done' },
    clause: '第十条',
  },
  'site.launched': {
    schema: siteLaunchedSchema,
    roles: ['hostUnit'],
    label: { zh: '网站开通', en: 'site launched' },
    clause: '第十条',
  },
  'takedown.reviewed': {
    schema: takedownReviewedSchema,
    roles: ['competentAuthority'],
    label: { zh: '临时下线申请逐级审核', en: 'take-down application reviewed' },
    clause: '第十五条',
    facts: earlierTakedownsQuery,
  },
  'takedown.decided': {
    schema: takedownDecidedSchema,
    roles: ['cityOffice'],
    label: { zh: '市政府政务公开办同意或不同意临时下线', en: 'city office decided on the take-down' },
    clause: '第十五条',
  },
  'site.takenDown': {
    schema: siteTakenDownSchema,
    roles: ['hostUnit'],
    label: { zh: '网站临时下线并发布公告', en: 'site taken offline and announced' },
    clause: '第十五条',
  },
  'site.restored': {
    schema: siteRestoredSchema,
    // The competent authority supervises the site (第四条) and may record that it is back online.
    roles: ['hostUnit', 'competentAuthority'],
    label: { zh: '网站恢复上线', en: 'site back online' },
    clause: '第十五条',
  },
  'emergency.filed': {
    schema: emergencyFiledSchema,
    roles: ['hostUnit', 'competentAuthority'],
    label: { zh: '紧急下线书面报备', en: 'emergency take-down filed' },
    clause: '第十五条',
  },
  'migration.reviewed': {
    schema: migrationReviewedSchema,
    roles: ['competentAuthority'],
    label: { zh: '整合迁移申请逐级审核', en: 'migration application reviewed' },
    clause: '第十二条',
  },
  'migration.decided': {
    schema: migrationDecidedSchema,
    roles: ['cityOffice'],
    label: { zh: '市政府政务公开办批准或不批准整合迁移', en: 'city office decided on the migration' },
    clause: '第十二条',
  },
  'migration.started': {
    schema: migrationStartedSchema,
    roles: ['hostUnit', 'competentAuthority'],
    label: { zh: '启动整合迁移', en: 'migration started' },
    clause: '第十二条',
  },
  'inspection.done': {
    schema: inspectionDoneSchema,
    roles: ['competentAuthority'],
    label: { zh: '完成本季度巡查抽检', en: 'quarterly inspection done' },
    clause: '第三十二条',
  },
  'inspection.published': {
    schema: inspectionPublishedSchema,
    roles: ['competentAuthority', 'portalOperator'],
    label: { zh: '公开巡查抽检情况', en: 'inspection results published' },
    clause: '第三十二条',
  },
  'yearlyTable.published': {
    schema: yearlyTablePublishedSchema,
    roles: ['hostUnit'],
    label: { zh: '公开政府网站年度工作报表', en: 'yearly website report table published' },
    clause: '第三十五条',
  },
  'account.sanctioned': {
    schema: z.object({
      measure: z.enum(['interview', 'warning', 'circulatedCriticism', 'closureOrdered']),
      facts: text,
    }),
    roles: ['propagandaOffice'],
    label: { zh: '县网宣办约谈、警告、通报或责令关闭', en: 'account sanctioned by the county internet publicity office' },
    clause: '第四十三条',
  },
  'matter.closed': {
    schema: matterClosedSchema,
    roles: ['competentAuthority', 'portalOperator'],
    label: { zh: '主管单位终结未继续办理的事项', en: 'matter closed by the competent authority' },
    clause: '第四条',
  },
  'notice.posted': {
    schema: noticePostedSchema,
    roles: ['hostUnit'],
    label: { zh: '悬挂迁移/关停公告', en: 'migration notice posted' },
    clause: '第十三条',
  },
  'notice.removed': {
    schema: noticeRemovedSchema,
    roles: ['hostUnit'],
    label: { zh: '撤下迁移/关停公告', en: 'migration notice removed' },
    clause: '第十三条',
  },
  'account.opened': {
    schema: accountOpenedSchema,
    roles: ['newMediaOperator'],
    label: { zh: '政务新媒体账号开设', en: 'new-media account opened' },
    clause: '第三十九条',
  },
  'account.filed': {
    schema: accountFiledSchema,
    roles: ['newMediaOperator', 'competentAuthority'],
    label: { zh: '账号向网信办、政务公开办备案', en: 'account filed' },
    clause: '第三十九条',
  },
  'account.closed': {
    schema: accountClosedSchema,
    roles: ['newMediaOperator'],
    label: { zh: '账号经批准公告并注销', en: 'account closed' },
    clause: '第三十九条',
  },
  'account.closureFiled': {
    schema: accountClosureFiledSchema,
    roles: ['newMediaOperator', 'cityOffice', 'competentAuthority'],
    label: { zh: '账号关闭报市政务公开办备案', en: 'closure filed' },
    clause: '第三十九条',
  },
  'post.published': {
    schema: postPublishedSchema,
    roles: ['newMediaOperator'],
    label: { zh: '政务新媒体发布信息', en: 'post published' },
    clause: '第四十一条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;
