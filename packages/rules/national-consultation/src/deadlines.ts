import { type BreachSpec, type DeadlineSpec, deadline, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

const fromReceipt = {
  zh: '被征求意见方收到征求意见书之日（当面送达、网上发送的为发出之日；邮寄的为签收之日，未登记签收的为推定收到之时）',
  en: 'the party’s receipt of the letter (in person or online: the day sent; by post: the day signed for, or the presumed receipt)',
};

/** The time each kind of party has to answer, counted from its receipt of the letter, and the presumption of receipt. */
export const deadlines = {
  // the parameter presumedReceiptWorkingDays gives the length each case runs with
  receiptPresumed: deadline('第三十二条', workingDays(5), {
    label: { zh: '推定收到征求意见书', en: 'receipt of the letter presumed' },
    startsOn: { zh: '邮寄发出征求意见书之时', en: 'the letter is posted' },
    // a day ahead, so the clerk checks the postal record before receipt is presumed
    warnBefore: workingDays(1),
    endsBy: 'deemed', // receipt is presumed, not a duty missed
  }),
  thirdPartyOpinion: deadline('第三十二条', workingDays(15), {
    label: { zh: '第三方提出意见期限', en: 'third party’s opinion' },
    startsOn: fromReceipt,
  }),
  coMakerOpinion: deadline('第三十四条', workingDays(15), {
    label: { zh: '共同制作机关提出意见期限', en: 'co-making agency’s opinion' },
    startsOn: fromReceipt,
  }),
  agencyOpinion: deadline('第三十三条', workingDays(15), {
    label: { zh: '其他机关提出意见期限', en: 'other agency’s opinion' },
    startsOn: fromReceipt,
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** A consultation records no breach: silence has the consequence the text gives it. */
export const breaches = {} as const satisfies Record<string, BreachSpec<ClauseId>>;
