import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import { PUBLICATION_WARNING_LEAD } from './parameters.js';

/** 第六条: 20 working days from the day the item is formed or changed. */
export const deadlines = {
  publication: deadline('第六条', workingDays(20), {
    label: { zh: '主动公开期限', en: 'proactive publication' },
    startsOn: { zh: '政府政务信息形成或者变更之日（立案之时）', en: 'the day the item is formed or changed (the case opening)' },
    warnBefore: PUBLICATION_WARNING_LEAD,
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  publicationOverdue: breach('第十二条', {
    zh: '未在形成之日起20个工作日内主动公开（第十二条第1项）',
    en: 'not published within 20 working days of forming',
  }),
  updateOverdue: breach('第十二条', {
    zh: '变更后未在20个工作日内更新公开（第十二条第3项）',
    en: 'change not published within 20 working days',
  }),
  dutyNotPerformed: breach('第十二条', {
    zh: '不依法履行主动公开义务（第十二条第1项，经记录）',
    en: 'duty of proactive disclosure not performed (recorded)',
  }),
  improperDisclosure: breach('第十二条', {
    zh: '公开不应当公开的政府政务信息（第十二条第2项）',
    en: 'information disclosed that should not have been',
  }),
  contentNotUpdated: breach('第十二条', {
    zh: '不及时更新公开的政府政务信息内容（第十二条第3项，经记录）',
    en: 'published content not updated in time (recorded)',
  }),
  publishedWithoutApproval: breach('第十条', { zh: '需要批准的政府政务信息未经批准即发布', en: 'published before the approval it needs' }),
  publishedBeforeReview: breach('第八条', { zh: '公开前未经保密审查即发布', en: 'published before the confidentiality review ended' }),
  publishedBeforeCoordination: breach('第十条', {
    zh: '涉及其他行政机关的信息未经沟通、确认即发布',
    en: 'published before the agencies it touches confirmed it',
  }),
  pressConferenceMissing: breach('第十一条', {
    zh: '重大信息未同时以新闻发布会形式公开',
    en: 'major item published without a press conference',
  }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
