import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import type { ClauseId } from './clauses.js';

const text = z.string().min(1);

/** The error report as passed to the host unit, with its answer period (第二十条第二款). */
export const errorReportTransferSchema = z.object({
  site: text,
  netizen: text,
  content: text,
  hostUnit: text,
  answerWithinWorkingDays: z.literal(2),
});

/** The answer to the netizen (完成处理并回复). */
export const errorReportReplySchema = z.object({ site: text, netizen: text, handling: text, reply: text });

/** The announcement on the portal when a site goes offline (第十五条: 同时在本级政府门户网站发布公告). */
export const takedownAnnouncementSchema = z.object({
  site: text,
  reason: text,
  offlineFrom: text,
  plannedDays: z.number().int().positive().max(30),
  announcementUrl: z.url(),
});

/** The public announcement of an account's closure (第三十九条第五款: 报本单位主要领导批准后进行公告). */
export const accountClosureAnnouncementSchema = z.object({ accountName: text, platform: text, announcement: text });

/** The county internet publicity office's measure on an account (第四十三条第二款), to the unit running it. */
export const accountSanctionSchema = z.object({
  accountName: text,
  measure: z.enum(['interview', 'warning', 'circulatedCriticism', 'closureOrdered']),
  facts: text,
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const notices = {
  errorReportTransfer: {
    label: { zh: '纠错意见转办单', en: 'error report passed to the host unit' },
    recipient: 'hostUnit',
    clause: '第二十条',
    schema: errorReportTransferSchema,
  },
  errorReportReply: {
    label: { zh: '纠错意见答复', en: 'answer to the netizen' },
    recipient: 'netizen',
    clause: '第二十条',
    schema: errorReportReplySchema,
  },
  takedownAnnouncement: {
    label: { zh: '临时下线公告', en: 'take-down announcement' },
    recipient: 'public',
    clause: '第十五条',
    schema: takedownAnnouncementSchema,
  },
  accountClosureAnnouncement: {
    label: { zh: '政务新媒体账号关闭公告', en: 'account closure announcement' },
    recipient: 'public',
    clause: '第三十九条',
    schema: accountClosureAnnouncementSchema,
  },
  accountSanction: {
    label: { zh: '约谈、警告、通报或责令关闭', en: 'interview, warning, circulated criticism or order to close' },
    recipient: 'newMediaOperator',
    clause: '第四十三条',
    schema: accountSanctionSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
