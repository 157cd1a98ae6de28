import { booleanParameter, type ParameterValues } from '@zwgk/core';

/** What the text leaves open, with the reading chosen by default. */
export const sentimentParameters = {
  earlierResponseCountsAsFirstRelease: booleanParameter(true, {
    label: { zh: '升级前已作回应视为首次信息发布', en: 'a response given before an upgrade counts as the first release' },
    why:
      '第三部分第(一)项 requires the first release (首次信息发布) within 1 hour but says nothing of a sentiment upgraded to major after it was answered as 其他政务舆情 under 第(二)项. ' +
      'By default the answer already published is the first release, so the upgrade starts only the 24-hour press conference; set false to require a fresh first release within 1 hour of the upgrade.',
  }),
  majorDeadlinesFromFoundAt: booleanParameter(false, {
    label: {
      zh: '升级为重大后，1小时、24小时期限自发现舆情之时起算',
      en: 'after an upgrade to major, the 1-hour and 24-hour deadlines count from the time found',
    },
    why:
      '第三部分第(一)项 counts its 1 hour and 24 hours without saying from when for an item classified as major only later. ' +
      'By default they count from the upgrade: the duties arise when the item is recognised as major, and an item upgraded days after it was found would otherwise be overdue at once. ' +
      'Set true to count them from the time found (startDeadline from: the deadlines may then fall due at the upgrade, recording the breaches).',
  }),
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type SentimentParameters = ParameterValues<typeof sentimentParameters>;
