import type { NoticeSpec } from '@zwgk/core';
import { z } from 'zod';
import { channelsSchema } from './channels.js';
import type { ClauseId } from './clauses.js';

/** What every public release records (第四部分: by which channels, what was said). */
export const publicReleaseNoticeSchema = z.object({
  kind: z.enum(['firstRelease', 'response', 'update', 'pressConference', 'results']),
  channels: channelsSchema,
  otherChannel: z.string().min(1).optional(),
  summary: z.string().min(1),
});

/** What a rumour referral hands over (第二部分: 有关情况和线索). */
export const referralNoticeSchema = z.object({
  endangers: z.array(z.enum(['socialOrder', 'nationalInterest'])).min(1),
  situation: z.string().min(1),
  clues: z.array(z.string().min(1)).min(1),
  subject: z.string().min(1),
});

/** The notices the module sends, each with its recipient, the clause that requires it and its content schema. */
export const sentimentNotices = {
  publicRelease: {
    label: { zh: '权威信息发布记录', en: 'public release record' },
    recipient: 'public',
    clause: '四',
    schema: publicReleaseNoticeSchema,
  },
  policeReferral: {
    label: { zh: '造谣传谣情况和线索移交函（公安机关）', en: 'rumour referral to the public security bureau' },
    recipient: 'publicSecurityBureau',
    clause: '二',
    schema: referralNoticeSchema,
  },
  networkRegulatorReferral: {
    label: { zh: '造谣传谣情况和线索移交函（网络监管部门）', en: 'rumour referral to the network regulator' },
    recipient: 'networkRegulator',
    clause: '二',
    schema: referralNoticeSchema,
  },
} as const satisfies Record<string, NoticeSpec<ClauseId>>;
