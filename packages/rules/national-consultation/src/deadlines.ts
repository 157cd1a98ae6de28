import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** The time each kind of party has to answer. */
export const deadlines = {
  thirdPartyOpinion: {
    label: { zh: '第三方提出意见期限', en: 'third party’s opinion' },
    length: 15,
    unit: 'workingDays',
    startsOn: { zh: '征求意见书发出之日（第三方收到之日以发出记录）', en: 'the consultation letter (recorded as sent)' },
    clause: '第三十二条',
  },
  coMakerOpinion: {
    label: { zh: '共同制作机关提出意见期限', en: 'co-making agency’s opinion' },
    length: 15,
    unit: 'workingDays',
    startsOn: { zh: '征求意见书发出之日', en: 'the consultation letter' },
    clause: '第三十四条',
  },
  agencyOpinion: {
    label: { zh: '其他机关提出意见期限', en: 'other agency’s opinion' },
    length: 15,
    unit: 'workingDays',
    startsOn: { zh: '征求意见书发出之日', en: 'the consultation letter' },
    clause: '第三十三条',
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** A consultation records no breach: silence has the consequence the text gives it. */
export const breaches = {} as const satisfies Record<string, BreachSpec<ClauseId>>;
