import { type BreachSpec, breach, type DeadlineSpec, deadline, hours, minutes } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** When a major sentiment's duties start: the instant found, or the instant it is classified as major (upgrade). */
const foundOrMadeMajor = { zh: '发现舆情或定级为重大之时', en: 'the sentiment is found, or classified as major' } as const;

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
  firstRelease: deadline('三(一)', hours(1), {
    label: { zh: '首次信息发布', en: 'first release of information' },
    startsOn: foundOrMadeMajor,
    warnBefore: minutes(15),
  }),
  pressConference: deadline('三(一)', hours(24), {
    label: { zh: '举行新闻发布会', en: 'press conference' },
    startsOn: foundOrMadeMajor,
    warnBefore: minutes(180),
  }),
  response: deadline('三(二)', hours(48), {
    label: { zh: '予以回应', en: 'response' },
    startsOn: { zh: '发现舆情之时', en: 'the sentiment is found' },
    warnBefore: minutes(360),
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** The module's deadlines (the kit's name for `sentimentDeadlines`). */
export const deadlines = sentimentDeadlines;

/** What the module records when a rule is not kept. */
export const breaches = {
  firstReleaseOverdue: breach('三(一)', { zh: '未在1小时内首次发布信息', en: 'first release not made within 1 hour' }),
  pressConferenceOverdue: breach('三(一)', { zh: '未在24小时内举行新闻发布会', en: 'no press conference within 24 hours' }),
  responseOverdue: breach('三(二)', { zh: '未在48小时内予以回应', en: 'no response within 48 hours' }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
