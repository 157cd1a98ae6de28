import type { KitRole } from '@zwgk/core';

/**
 * The convening unit, the joint-meeting office and the joint meeting itself are the government's
 * (第一条(一), 第一条(三)); member units and the units responsible for a complaint are other agencies.
 */
export const roles = {
  convener: { zh: '联席会议召集单位（县政府办公室）', en: 'convening unit (county government office)', inside: true },
  meetingOffice: { zh: '联席会议办公室（政务公开办公室）', en: 'joint-meeting office (disclosure office)', inside: true },
  memberUnit: { zh: '联席会议成员单位', en: 'member unit', inside: false },
  responsibleUnit: { zh: '投诉事项的责任单位', en: 'unit responsible for a complaint', inside: false },
  jointMeeting: { zh: '联席会议', en: 'the joint meeting', inside: true },
} as const satisfies Record<string, KitRole>;

/** The roles of the module (the keys of `roles`). */
export type Role = keyof typeof roles;
