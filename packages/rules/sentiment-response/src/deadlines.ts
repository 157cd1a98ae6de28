import type { DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/**
 * Clock hours, nights and holidays included (第三部分 gives hours, not working days).
 * The warning leads are this module's choice, not the text's: a quarter of an hour before the
 * first release, three hours before the press conference, six before the 48-hour response.
 *
 * Every deadline counts from the instant its duty arises: the time the sentiment was found
 * (the case's opening) for a sentiment classified at once, or the instant of the event that
 * classifies it as major (upgrade). See README "Reclassification".
 */
export const sentimentDeadlines = {
  firstRelease: {
    label: { zh: '首次信息发布', en: 'first release of information' },
    length: 1,
    unit: 'hours',
    startsOn: { zh: '发现舆情或定级为重大之时', en: 'the sentiment is found, or classified as major' },
    clause: '三(一)',
    warnBefore: { length: 15, unit: 'minutes' },
  },
  pressConference: {
    label: { zh: '举行新闻发布会', en: 'press conference' },
    length: 24,
    unit: 'hours',
    startsOn: { zh: '发现舆情或定级为重大之时', en: 'the sentiment is found, or classified as major' },
    clause: '三(一)',
    warnBefore: { length: 180, unit: 'minutes' },
  },
  response: {
    label: { zh: '予以回应', en: 'response' },
    length: 48,
    unit: 'hours',
    startsOn: { zh: '发现舆情之时', en: 'the sentiment is found' },
    clause: '三(二)',
    warnBefore: { length: 360, unit: 'minutes' },
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;
