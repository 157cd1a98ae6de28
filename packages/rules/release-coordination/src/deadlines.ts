import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import { MAX_CONSULTED_AGENCIES, type Mode, replyDeadlineName } from './agencies.js';
import type { ClauseId } from './clauses.js';

const letterStart = { zh: '政府政务信息形成或变更之日（立案之时）', en: 'the day the information is formed or changed (the case opening)' };
const receiptStart = {
  zh: '该被征求意见机关收到书面征求意见公文之日（各机关分别计算）',
  en: 'this agency’s receipt of the letter (each agency its own)',
};

/**
 * One reply deadline per consulted agency (第七条, 第八条: each replies within its period from its
 * own receipt; 第十条: its own silence is its consent), up to MAX_CONSULTED_AGENCIES per kind.
 */
function replyDeadlines(
  mode: Mode,
  label: { zh: string; en: string },
  length: number,
  clause: '第七条' | '第八条',
  warnDays: number,
): Record<string, DeadlineSpec<ClauseId>> {
  return Object.fromEntries(
    Array.from({ length: MAX_CONSULTED_AGENCIES }, (_, index) => [
      replyDeadlineName(mode, index),
      {
        label:
          index === 0 ? label : { zh: `${label.zh}（第${index + 1}个被征求意见机关）`, en: `${label.en}, consulted agency ${index + 1}` },
        length,
        unit: 'workingDays' as const,
        startsOn: receiptStart,
        clause,
        warnBefore: { length: warnDays, unit: 'workingDays' as const },
        endsBy: 'deemed' as const, // 第十条: silence past the period is deemed consent, not a missed duty
      },
    ]),
  );
}

/** The periods of 第七条 and 第八条: the letter's, and each consulted agency's reply. */
export const deadlines = {
  receiptPresumed: {
    label: { zh: '推定收到征求意见公文', en: 'receipt of the letter presumed' },
    length: 3, // the parameter presumedReceiptWorkingDays gives the length each case runs with
    unit: 'workingDays',
    startsOn: { zh: '发出书面征求意见公文之时', en: 'the letter is sent' },
    clause: '第十条',
    warnBefore: { length: 1, unit: 'workingDays' },
    endsBy: 'deemed', // receipt is presumed, not a duty missed
  },
  sendProactive: {
    label: { zh: '主动公开信息书面征求意见期限', en: 'consultation letter (proactive information)' },
    length: 5,
    unit: 'workingDays',
    startsOn: letterStart,
    clause: '第七条',
    warnBefore: { length: 1, unit: 'workingDays' },
  },
  ...replyDeadlines('proactive', { zh: '主动公开信息书面函复期限', en: 'written reply (proactive information)' }, 10, '第七条', 2),
  sendApplication: {
    label: { zh: '依申请公开信息书面征求意见期限', en: 'consultation letter (application)' },
    length: 5,
    unit: 'workingDays',
    startsOn: {
      zh: '收到申请之日（立案时给出的 applicationReceivedAt；未给出时为立案之时）',
      en: 'receipt of the application (applicationReceivedAt given at opening; otherwise the case opening)',
    },
    clause: '第八条',
    warnBefore: { length: 1, unit: 'workingDays' },
  },
  ...replyDeadlines('application', { zh: '依申请公开信息书面函复期限', en: 'written reply (application)' }, 5, '第八条', 1),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  letterLateProactive: {
    label: { zh: '未在信息形成或变更之日起5个工作日内书面征求意见', en: 'consultation letter late (proactive information)' },
    clause: '第七条',
  },
  letterLateApplication: {
    label: { zh: '未在收到申请之日起5个工作日内书面征求意见', en: 'consultation letter late (application)' },
    clause: '第八条',
  },
  publishedWithoutApproval: {
    label: { zh: '须报请批准的信息未经批准即发布', en: 'published without the approval the rules require' },
    clause: '第四条',
  },
  unauthorisedRelease: {
    label: { zh: '上一级行政机关协调决定不予发布或拟公开机关撤回后擅自发布', en: 'published after the release was refused or withdrawn' },
    clause: '第十二条',
  },
  prematureRelease: {
    label: { zh: '协调未完成即发布政府政务信息', en: 'published before the consultation was settled' },
    clause: '第十二条',
  },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
