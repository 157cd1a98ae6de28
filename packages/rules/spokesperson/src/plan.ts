import { z } from 'zod';
import { pressCategorySchema } from './press.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

/**
 * 活动方案 of an application (《西吉县政务公开新闻发言人制度》第五条(四)): 时间、地点、内容、邀请记者范围,
 * and, from 第二条(三), 参加对象 (who attends) as the department spokesperson approved it.
 */
export const eventPlanSchema = z.object({
  /** 新闻发布会 or 记者招待会 (第五条(四)). */
  kind: z.enum(['pressConference', 'pressReception']),
  /** 时间: the Beijing date, and optionally the hour (`HH:MM`). */
  date: isoDate,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')
    .optional(),
  /** 地点. */
  venue: z.string().trim().min(1, 'must give the venue (地点)'),
  /** 内容. */
  content: z.string().trim().min(1, 'must give the content (内容)'),
  /** 邀请记者范围: the kinds of press, and in words which outlets. */
  invitedPress: z.object({
    categories: z.array(pressCategorySchema).min(1, 'must list at least one kind of press (邀请记者范围)'),
    description: z.string().trim().min(1, 'must describe the press invited (邀请记者范围)'),
  }),
  /** 参加对象: the spokesperson and officials who attend (第二条(三)). */
  participants: z.array(z.string().trim().min(1)).default([]),
});
/** 活动方案 of an application (《西吉县政务公开新闻发言人制度》第五条(四)): 时间、地点、内容、邀请记者范围, and, from 第二条(三), 参加对象 (who attends) as the department spokesperson approved it. (The value `eventPlanSchema` parses to.) */
export type EventPlan = z.output<typeof eventPlanSchema>;
