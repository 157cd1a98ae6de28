import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import { PUBLICATION_WARNING_LEAD } from './parameters.js';

/** 第六条: 20 working days from the day the item is formed or changed. */
export const deadlines = {
  publication: {
    label: { zh: '主动公开期限', en: 'proactive publication' },
    length: 20,
    unit: 'workingDays',
    startsOn: { zh: '政府政务信息形成或者变更之日（立案之时）', en: 'the day the item is formed or changed (the case opening)' },
    clause: '第六条',
    warnBefore: PUBLICATION_WARNING_LEAD,
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  publicationOverdue: {
    label: { zh: '未在形成之日起20个工作日内主动公开（第十二条第1项）', en: 'not published within 20 working days of forming' },
    clause: '第十二条',
  },
  updateOverdue: {
    label: { zh: '变更后未在20个工作日内更新公开（第十二条第3项）', en: 'change not published within 20 working days' },
    clause: '第十二条',
  },
  dutyNotPerformed: {
    label: { zh: '不依法履行主动公开义务（第十二条第1项，经记录）', en: 'duty of proactive disclosure not performed (recorded)' },
    clause: '第十二条',
  },
  improperDisclosure: {
    label: { zh: '公开不应当公开的政府政务信息（第十二条第2项）', en: 'information disclosed that should not have been' },
    clause: '第十二条',
  },
  contentNotUpdated: {
    label: { zh: '不及时更新公开的政府政务信息内容（第十二条第3项，经记录）', en: 'published content not updated in time (recorded)' },
    clause: '第十二条',
  },
  publishedWithoutApproval: {
    label: { zh: '需要批准的政府政务信息未经批准即发布', en: 'published before the approval it needs' },
    clause: '第十条',
  },
  publishedBeforeReview: {
    label: { zh: '公开前未经保密审查即发布', en: 'published before the confidentiality review ended' },
    clause: '第八条',
  },
  publishedBeforeCoordination: {
    label: { zh: '涉及其他行政机关的信息未经沟通、确认即发布', en: 'published before the agencies it touches confirmed it' },
    clause: '第十条',
  },
  pressConferenceMissing: {
    label: { zh: '重大信息未同时以新闻发布会形式公开', en: 'major item published without a press conference' },
    clause: '第十一条',
  },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
