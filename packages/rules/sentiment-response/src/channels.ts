import { labelledEnum } from '@zwgk/core';
import { z } from 'zod';

/** The Chinese name of each release channel. */
export const channelLabels = {
  governmentWebsite: '政府网站',
  wechat: '微信',
  weibo: '微博',
  pressConference: '新闻发布会',
  pressBriefing: '记者招待会',
  other: '其他形式',
} as const;
/**
 * The release channels 《西吉县政府政务舆情回应制度》第四部分 lists: 政府网站、微信微博、新闻发布会、
 * 记者招待会「及等多种形式」. `other` stands for those other forms and must be named in `otherChannel`.
 */
export const channelSchema = labelledEnum(channelLabels);
/** The release channels 《西吉县政府政务舆情回应制度》第四部分 lists: 政府网站、微信微博、新闻发布会、 记者招待会「及等多种形式」. `other` stands for those other forms and must be named in `otherChannel`. (The value `channelSchema` parses to.) */
export type Channel = z.infer<typeof channelSchema>;

/** The channels of a release: at least one; `other` needs its name. */
export const channelsSchema = z.array(channelSchema).min(1, 'must list at least one release channel (第四部分)');

/** Fields every release event carries: where it was published and what it said. */
export const releaseFields = {
  channels: channelsSchema,
  /** The name of the `other` channel (e.g. 今日头条号、宁夏新闻网). */
  otherChannel: z.string().trim().min(1).optional(),
  summary: z.string().trim().min(1, 'must say what was released'),
};

/** Refinement shared by release payloads: `other` must be named. */
export function otherChannelNamed(payload: { channels: readonly Channel[]; otherChannel?: string | undefined }): boolean {
  return !payload.channels.includes('other') || payload.otherChannel !== undefined;
}
export const otherChannelIssue = { message: 'must name the other channel when channels include other', path: ['otherChannel'] };
