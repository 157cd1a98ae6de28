import { type BreachSpec, breach, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
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
      deadline(clause, workingDays(length), {
        label:
          index === 0 ? label : { zh: `${label.zh}（第${index + 1}个被征求意见机关）`, en: `${label.en}, consulted agency ${index + 1}` },
        startsOn: receiptStart,
        warnBefore: workingDays(warnDays),
        endsBy: 'deemed', // 第十条: silence past the period is deemed consent, not a missed duty
      }),
    ]),
  );
}

/** The periods of 第七条 and 第八条: the letter's, and each consulted agency's reply. */
export const deadlines = {
  // the parameter presumedReceiptWorkingDays gives the length each case runs with
  receiptPresumed: deadline('第十条', workingDays(3), {
    label: { zh: '推定收到征求意见公文', en: 'receipt of the letter presumed' },
    startsOn: { zh: '发出书面征求意见公文之时', en: 'the letter is sent' },
    warnBefore: workingDays(1),
    endsBy: 'deemed', // receipt is presumed, not a duty missed
  }),
  sendProactive: deadline('第七条', workingDays(5), {
    label: { zh: '主动公开信息书面征求意见期限', en: 'consultation letter (proactive information)' },
    startsOn: letterStart,
    warnBefore: workingDays(1),
  }),
  ...replyDeadlines('proactive', { zh: '主动公开信息书面函复期限', en: 'written reply (proactive information)' }, 10, '第七条', 2),
  sendApplication: deadline('第八条', workingDays(5), {
    label: { zh: '依申请公开信息书面征求意见期限', en: 'consultation letter (application)' },
    startsOn: {
      zh: '收到申请之日（立案时给出的 applicationReceivedAt；未给出时为立案之时）',
      en: 'receipt of the application (applicationReceivedAt given at opening; otherwise the case opening)',
    },
    warnBefore: workingDays(1),
  }),
  ...replyDeadlines('application', { zh: '依申请公开信息书面函复期限', en: 'written reply (application)' }, 5, '第八条', 1),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** What the module records when a rule is not kept. */
export const breaches = {
  letterLateProactive: breach('第七条', {
    zh: '未在信息形成或变更之日起5个工作日内书面征求意见',
    en: 'consultation letter late (proactive information)',
  }),
  letterLateApplication: breach('第八条', {
    zh: '未在收到申请之日起5个工作日内书面征求意见',
    en: 'consultation letter late (application)',
  }),
  publishedWithoutApproval: breach('第四条', {
    zh: '须报请批准的信息未经批准即发布',
    en: 'published without the approval the rules require',
  }),
  unauthorisedRelease: breach('第十二条', {
    zh: '上一级行政机关协调决定不予发布或拟公开机关撤回后擅自发布',
    en: 'published after the release was refused or withdrawn',
  }),
  prematureRelease: breach('第十二条', { zh: '协调未完成即发布政府政务信息', en: 'published before the consultation was settled' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
