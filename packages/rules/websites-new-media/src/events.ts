import type { EventSpec } from '@zwgk/core';
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

/** The city disclosure office's answer (经市政府政务公开办同意). */
export const takedownDecidedSchema = z.discriminatedUnion('approved', [
  z.object({ approved: z.literal(true) }),
  z.object({ approved: z.literal(false), reasons: text }),
]);

/** The site is taken offline; the announcement is published on the portal at the same time (同时…发布公告). */
export const siteTakenDownSchema = z.object({ announcementUrl: z.url() });

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
 * A post on the account. 第四十一条's 三审 ("先审后发"): the three stages, each by a different
 * reviewer, and the secrecy review 第四十一条第(一)项 requires.
 */
export const postPublishedSchema = z
  .object({
    title: text,
    reviews: z
      .array(z.object({ stage: z.enum(REVIEW_STAGES), reviewer: text }))
      .length(3, '三审制: three reviews (初审、复审、终审) are required'),
    /** 信息公开保密审查 (第四十一条第(一)项) */
    secrecyReviewed: z.literal(true),
  })
  .superRefine((post, ctx) => {
    const stages = new Set(post.reviews.map((r) => r.stage));
    if (stages.size !== 3)
      ctx.addIssue({ code: 'custom', path: ['reviews'], message: '三审制: each of 初审、复审、终审 must be recorded once' });
    const reviewers = new Set(post.reviews.map((r) => r.reviewer));
    if (reviewers.size !== 3)
      ctx.addIssue({ code: 'custom', path: ['reviews'], message: '三审制: the three reviews must be by three different reviewers' });
  });
/** A post on the account. 第四十一条's 三审 ("先审后发"): the three stages, each by a different reviewer, and the secrecy review 第四十一条第(一)项 requires. (The value `postPublishedSchema` parses to.) */
/** A post on the account. 第四十一条's 三审 ("先审后发"): the three stages, each by a different reviewer, and the secrecy review 第四十一条第(一)项 requires. (The value `postPublishedSchema` parses to.) */
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
    roles: ['hostUnit'],
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
    roles: ['hostUnit'],
    label: { zh: '网站恢复上线', en: 'site back online' },
    clause: '第十五条',
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
    roles: ['newMediaOperator', 'cityOffice'],
    label: { zh: '账号关闭报市政务公开办备案', en: 'closure filed' },
    clause: '第三十九条',
  },
  'post.published': {
    schema: postPublishedSchema,
    roles: ['newMediaOperator'],
    label: { zh: '政务新媒体发布信息（经三审）', en: 'post published (after three reviews)' },
    clause: '第四十一条',
  },
} as const satisfies Record<string, EventSpec<Role, ClauseId>>;
